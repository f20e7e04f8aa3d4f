package io.parallax.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in text by their marks, whatever the style: “…”, "…", «…», „…“, ‘…’, and
 * mixed pairs such as a straight " closed by a curly ” (seed 002 does this; CoreNLP's quote
 * annotator then finds nothing). A quotation never crosses a line break, except by the news
 * convention that a quote running on over paragraphs opens each paragraph and closes only at its
 * end: a quotation opened at the start of a line and not closed on it runs to the line's end. An
 * opening mark never closed elsewhere on a line is ignored. A ’ between letters is an apostrophe
 * ("don’t"), not a closing mark.
 */
public final class QuoteMarks {
  /** A quotation: offsets of its words inside the marks (end exclusive). */
  public record Span(int begin, int end) {}

  private QuoteMarks() {}

  public static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      findInLine(text, lineStart, lineEnd, spans);
      lineStart = lineEnd + 1;
    }
    return spans;
  }

  private static void findInLine(String text, int from, int to, List<Span> spans) {
    int open = -1;
    char openMark = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (opensDouble(c) || (c == '‘' && opensSingle(text, i, from))) {
          open = i;
          openMark = c;
        }
      } else if (closes(openMark, c, text, i, to)) {
        addSpan(text, open + 1, i, spans);
        open = -1;
      }
    }
    if (open >= 0 && firstNonSpace(text, from, to) == open) {
      addSpan(text, open + 1, to, spans);
    }
  }

  private static boolean opensDouble(char c) {
    return c == '“' || c == '"' || c == '«' || c == '„';
  }

  private static boolean opensSingle(String text, int i, int lineStart) {
    return i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static boolean closes(char openMark, char c, String text, int i, int lineEnd) {
    if (openMark == '‘') {
      boolean letterAfter = i + 1 < lineEnd && Character.isLetter(text.charAt(i + 1));
      return (c == '’' || c == '\'') && !letterAfter;
    }
    return c == '”' || c == '"' || c == '»' || (openMark == '„' && c == '“');
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void addSpan(String text, int begin, int end, List<Span> spans) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      spans.add(new Span(begin, end));
    }
  }
}
