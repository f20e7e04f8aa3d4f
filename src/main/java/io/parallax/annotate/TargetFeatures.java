package io.parallax.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Features of one target (an actor's mention) in its sentence, for target-dependent sentiment: the
 * sentence's words with the target masked, the words and word pairs near the target by side, VADER
 * valences summed over the sentence and near the target (weighted by closeness, negation applied),
 * and the target's grammatical cues: the verb right after it (what the target does: "blamed"), the
 * verb right before it (what is done to it: "attacked"), whether it opens the sentence or is a
 * speaker ("X said"). Pure: tokens in, named numeric features out.
 */
public final class TargetFeatures {
  /** Tokens either side of the target that count as near it. */
  static final int WINDOW = 6;

  /** Tokens either side of the target in the text whose embedding is taken. */
  static final int EMBEDDED_WINDOW = 8;

  private static final Set<String> SPEECH_LEMMAS =
      Set.of("say", "tell", "add", "state", "note", "explain", "write", "announce", "insist");

  private TargetFeatures() {}

  /**
   * Features of the target covering characters from..to of the sentence's text; empty when no token
   * overlaps them.
   */
  public static Map<String, Double> ofCharacters(List<Token> tokens, int from, int to) {
    int[] span = tokenSpan(tokens, from, to);
    return span == null ? Map.of() : of(tokens, span[0], span[1]);
  }

  /** The first and last token overlapping characters from..to; null when none does. */
  private static int[] tokenSpan(List<Token> tokens, int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() < to && from < t.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /** A target: characters from..to of the sentence of {@code tokens}. */
  public record Target(List<Token> tokens, int from, int to) {}

  /**
   * Features of each target ({@link #ofCharacters}) and, with {@code embeddings} and unless that is
   * empty, the sentence embeddings of the words around it ({@code ew:0..}), of its sentence with
   * the target in brackets ({@code em:0..}) and of its sentence as it is ({@code es:0..}, shared by
   * every target of the sentence): the words say what is near the target, the embeddings what the
   * sentence says about it in words the training data may not have held. All targets' texts go to
   * the encoder together.
   */
  public static List<Map<String, Double>> ofAll(List<Target> targets, boolean embeddings) {
    List<Map<String, Double>> features = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Target target : targets) {
      int[] span = tokenSpan(target.tokens(), target.from(), target.to());
      if (span == null) {
        features.add(Map.of());
        continue;
      }
      features.add(of(target.tokens(), span[0], span[1]));
      if (embeddings) {
        texts.add(around(target.tokens(), span[0], span[1]));
        texts.add(bracketed(target.tokens(), span[0], span[1]));
        texts.add(sentence(target.tokens()));
      }
    }
    if (!embeddings) {
      return features;
    }
    float[][] encoded = SentenceEmbeddings.of(texts);
    int next = 0;
    for (Map<String, Double> f : features) {
      if (!f.isEmpty()) {
        SentenceEmbeddings.addTo(f, "ew:", encoded[next++]);
        SentenceEmbeddings.addTo(f, "em:", encoded[next++]);
        SentenceEmbeddings.addTo(f, "es:", encoded[next++]);
      }
    }
    return features;
  }

  /** The words within {@value #EMBEDDED_WINDOW} tokens either side of the target, and it. */
  static String around(List<Token> tokens, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (int i = Math.max(0, first - EMBEDDED_WINDOW);
        i <= Math.min(tokens.size() - 1, last + EMBEDDED_WINDOW);
        i++) {
      text.append(i == Math.max(0, first - EMBEDDED_WINDOW) ? "" : " ")
          .append(tokens.get(i).text());
    }
    return text.toString();
  }

  /** The sentence's tokens, space-separated: one text for all the targets it holds. */
  static String sentence(List<Token> tokens) {
    return String.join(" ", tokens.stream().map(Token::text).toList());
  }

  /** The sentence with the target between "[" and "]". */
  static String bracketed(List<Token> tokens, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i == first) {
        text.append(" [");
      }
      text.append(' ').append(tokens.get(i).text());
      if (i == last) {
        text.append(" ]");
      }
    }
    return text.toString().strip();
  }

  /** Features of the target spanning tokens first..last (inclusive) of the sentence. */
  public static Map<String, Double> of(List<Token> tokens, int first, int last) {
    Map<String, Double> features = new LinkedHashMap<>();
    double posAll = 0;
    double negAll = 0;
    double posNear = 0;
    double negNear = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= first && i <= last) {
        continue;
      }
      Token token = tokens.get(i);
      String word = word(token);
      if (word.isEmpty()) {
        continue;
      }
      features.put("u:" + word, 1.0);
      int distance = i < first ? first - i : i - last;
      String side = i < first ? "l" : "r";
      double v = SentimentLexicon.valenceInContext(tokens, i);
      posAll += Math.max(v, 0);
      negAll += Math.max(-v, 0);
      if (distance <= WINDOW) {
        features.put("n" + side + ":" + word, 1.0);
        double weight = 1.0 / distance;
        posNear += weight * Math.max(v, 0);
        negNear += weight * Math.max(-v, 0);
        if (i + 1 < tokens.size() && (i + 1 < first || i > last)) {
          String next = word(tokens.get(i + 1));
          if (!next.isEmpty()) {
            features.put("b" + side + ":" + word + "_" + next, 1.0);
          }
        }
      }
    }
    features.put("lex:pos", posAll);
    features.put("lex:neg", negAll);
    features.put("lex:pos_near", posNear);
    features.put("lex:neg_near", negNear);
    features.put("lex:compound", SentimentLexicon.compound(tokens));
    if (first == 0) {
      features.put("t:opens", 1.0);
    }
    if (tokens.get(first).pos().startsWith("PRP")) {
      features.put("t:pronoun", 1.0);
    }
    for (int i = last + 1; i < Math.min(tokens.size(), last + 4); i++) {
      if (tokens.get(i).isVerb()) {
        String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        features.put("t:does:" + lemma, 1.0);
        if (SPEECH_LEMMAS.contains(lemma)) {
          features.put("t:speaks", 1.0);
        }
        break;
      }
    }
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      if (tokens.get(i).isVerb()) {
        features.put("t:undergoes:" + tokens.get(i).lemma().toLowerCase(Locale.ROOT), 1.0);
        break;
      }
    }
    return features;
  }

  private static String word(Token token) {
    String text = token.text().toLowerCase(Locale.ROOT);
    return text.codePoints().anyMatch(Character::isLetterOrDigit) ? text : "";
  }
}
