package io.parallax.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a JSON array (a news-please file of many articles) into its elements' texts without
 * parsing them: only strings and bracket depth are followed. Each element is then parsed on its
 * own, so that one that breaks a parser limit (nesting over 1,000 deep, a 1,000-digit number, a 20
 * M-character string) is one bad record and the elements after it are still read. Jackson's
 * streaming parser cannot read on past such a value: it stops, and every later element was lost.
 * Arrays written one after another are read as one.
 */
final class JsonArraySplitter {
  /** What the next stretch of the array holds. */
  sealed interface Piece permits Element, TooLarge, Empty, Broken {}

  /** An element's text, as written. */
  record Element(String text) implements Piece {}

  /** An element longer than the limit, only counted. */
  record TooLarge(long chars) implements Piece {}

  /** A comma with no element before it ("[1,,2]", "[1,]"). */
  record Empty() implements Piece {}

  /** Where the file stops being an array of elements; nothing after it is read. */
  record Broken(String why) implements Piece {}

  private final Reader in;
  private final int maxChars;
  private int pushedBack = -2;
  private boolean atArrayStart = true;
  private boolean done;

  /** {@code in} is positioned at the array's '['. */
  JsonArraySplitter(Reader in, int maxChars) throws IOException {
    this.in = in;
    this.maxChars = maxChars;
    if (nextNonBlank() != '[') {
      throw new IOException("a news-please file that starts with '[' is no JSON array");
    }
  }

  /** The next piece; null when the array (or the arrays) ended where the file does. */
  Piece next() throws IOException {
    while (!done) {
      int c = nextNonBlank();
      if (c < 0) {
        done = true;
        return new Broken("the file ends inside the JSON array, before its closing ']'");
      }
      if (c == ']' && !atArrayStart) {
        atArrayStart = true; // "[1,]": nothing between the last comma and the end
        pushedBack = ']';
        return new Empty();
      }
      if (c == ']') {
        Piece after = afterArray();
        if (after != null || done) {
          return after;
        }
        continue;
      }
      atArrayStart = false;
      if (c == ',') {
        return new Empty();
      }
      return element(c);
    }
    return null;
  }

  private Piece element(int first) throws IOException {
    StringBuilder text = new StringBuilder();
    long chars = 0;
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int c = first; ; c = in.read()) {
      if (c < 0) {
        done = true;
        return new Broken("the file ends inside an element, before the array's closing ']'");
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ']' || c == '}')) {
        if (c == '}') {
          done = true;
          return new Broken("a '}' closes nothing that was opened");
        }
        if (c == ']') {
          atArrayStart = true; // the next call reads what follows the array
          pushedBack = ']';
        }
        return chars > maxChars ? new TooLarge(chars) : new Element(text.toString().strip());
      }
      chars++;
      if (chars <= maxChars) {
        text.append((char) c);
      } else if (text.length() > 0) {
        text.setLength(0);
        text.trimToSize();
      }
    }
  }

  /** After an array's ']': the end of the file, another array, or a {@link Broken} piece. */
  private Piece afterArray() throws IOException {
    int c = nextNonBlank();
    if (c < 0) {
      done = true;
      return null;
    }
    if (c == '[') {
      atArrayStart = true;
      return null;
    }
    done = true;
    return new Broken("the file goes on after its JSON array ends (at '" + (char) c + "')");
  }

  private int nextNonBlank() throws IOException {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
    } else {
      c = in.read();
    }
    while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      c = in.read();
    }
    return c;
  }
}
