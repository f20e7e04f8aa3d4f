package io.parallax.evaluate;

import edu.stanford.nlp.process.PTBTokenizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads NewsWCL50's `NewsWCL50.conll`: one document per `#begin document E/-/E_OUTLET` block, one
 * token per line (document, sentence, token index, token, concept brackets), a blank line between
 * sentences. Concept brackets follow the CoNLL coreference convention, several on one token joined
 * by `|`: `(C` opens a mention of concept C, `C)` closes it, `(C)` is a one-token mention. Concept
 * ids end with their code type (`0_USA_Trump_ACTOR`, `0_PRK_COUNTRY`) and are per event.
 *
 * <p>The text is rebuilt with CoreNLP's own detokenizer ({@link PTBTokenizer#ptb2Text(List)}), a
 * line per sentence; `\n` tokens (paragraph marks) and blank tokens are dropped from the text.
 */
public final class NewsWcl50 {
  /** One article: its event, outlet code, rebuilt text and concept mentions. */
  public record Document(String id, String event, String outlet, String text, List<Concept> gold) {
    public Document {
      gold = List.copyOf(gold);
    }
  }

  /** One labelled mention: its concept id, code type, and span in the rebuilt text. */
  public record Concept(String conceptId, String codeType, int charBegin, int charEnd) {}

  private NewsWcl50() {}

  public static List<Document> parse(List<String> lines) {
    List<Document> documents = new ArrayList<>();
    DocumentBuilder current = null;
    List<String[]> sentence = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("#begin document")) {
        String id = line.substring("#begin document".length()).split(";")[0].strip();
        current = new DocumentBuilder(id);
      } else if (line.startsWith("#end document")) {
        if (current != null) {
          current.addSentence(sentence);
          documents.add(current.build());
        }
        sentence = new ArrayList<>();
        current = null;
      } else if (line.isBlank()) {
        if (current != null) {
          current.addSentence(sentence);
        }
        sentence = new ArrayList<>();
      } else if (current != null) {
        String[] fields = line.split("\t", -1);
        if (fields.length >= 5) {
          sentence.add(fields);
        }
      }
    }
    if (current != null) {
      current.addSentence(sentence);
      documents.add(current.build());
    }
    return documents;
  }

  /** `0_USA_Trump_ACTOR` → `ACTOR`; `9_Reaction_to_I` → `ACTOR-I`, as Annotations.csv names it. */
  static String codeType(String conceptId) {
    String last = conceptId.substring(conceptId.lastIndexOf('_') + 1);
    return last.equals("I") ? "ACTOR-I" : last;
  }

  private static boolean inText(String token) {
    return !token.isBlank() && !token.equals("\\n");
  }

  private static final class DocumentBuilder {
    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final List<Concept> gold = new ArrayList<>();

    DocumentBuilder(String id) {
      this.id = id;
    }

    void addSentence(List<String[]> rows) {
      List<String> words = new ArrayList<>();
      for (String[] row : rows) {
        if (inText(row[3])) {
          words.add(row[3]);
        }
      }
      if (words.isEmpty()) {
        return;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      int base = text.length();
      String line = PTBTokenizer.ptb2Text(words);
      text.append(line);
      int cursor = 0;
      int[] begins = new int[rows.size()];
      int[] ends = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        String token = rows.get(i)[3];
        int at = inText(token) ? line.indexOf(token, cursor) : -1;
        if (at < 0 || at > cursor + 3) {
          begins[i] = base + cursor; // detokenizer changed or dropped it: an empty span here
          ends[i] = base + cursor;
        } else {
          begins[i] = base + at;
          ends[i] = base + at + token.length();
          cursor = at + token.length();
        }
      }
      Map<String, Deque<Integer>> open = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        for (String bracket : rows.get(i)[4].split("\\|")) {
          String b = bracket.strip();
          if (b.isEmpty() || b.equals("-")) {
            continue;
          }
          boolean opens = b.startsWith("(");
          boolean closes = b.endsWith(")");
          String concept = b.substring(opens ? 1 : 0, b.length() - (closes ? 1 : 0));
          if (opens) {
            open.computeIfAbsent(concept, c -> new ArrayDeque<>()).push(i);
          }
          if (closes) {
            Deque<Integer> starts = open.get(concept);
            if (starts != null && !starts.isEmpty()) {
              int first = starts.pop();
              gold.add(new Concept(concept, codeType(concept), begins[first], ends[i]));
            }
          }
        }
      }
    }

    Document build() {
      String name = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1) : id;
      String event = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
      String outlet = name.contains("_") ? name.substring(name.indexOf('_') + 1) : "";
      return new Document(name, event, outlet, text.toString(), gold);
    }
  }
}
