package io.parallax.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word valences from the VADER lexicon (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model
 * for Sentiment Analysis of Social Media Text", ICWSM 2014; MIT), read once per JVM from the
 * `vader-sentiment-analyzer` jar, and VADER's sentence score: valences summed, a valence after a
 * negation within three words scaled by -0.74, the sum normalised to -1..1 by x / sqrt(x² + 15).
 * Only the lexicon and those two constants come from VADER; its capitalisation, degree-word and
 * "but" rules are not reproduced.
 */
public final class SentimentLexicon {
  private static final String RESOURCE = "vader_sentiment_lexicon.txt";
  private static final double NEGATION_SCALAR = -0.74;
  private static final double NORMALISATION_ALPHA = 15;
  private static final Set<String> NEGATIONS =
      Set.of(
          "not", "n't", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere",
          "cannot", "without", "hardly", "barely");

  private static final Map<String, Double> VALENCES = load();

  private SentimentLexicon() {}

  /** The valence of a word (-4..4), 0 when the lexicon does not hold it. */
  public static double valence(String word) {
    return VALENCES.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
  }

  /** A valence at least this strong (of VADER's 4) makes a word loaded. */
  public static final double LOADED = 2.0;

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /**
   * The loaded words of a text, in order: those whose valence is at least {@link #LOADED} either
   * way ("egomaniac", "slammed", "brilliant"), word-choice that colours a report.
   */
  public static List<String> loadedWords(String text) {
    List<String> loaded = new java.util.ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      if (Math.abs(valence(m.group().replace('’', '\''))) >= LOADED) {
        loaded.add(m.group());
      }
    }
    return loaded;
  }

  /** The valence of token i in context: negated when a negation word is among the three before. */
  static double valenceInContext(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    double v = valence(token.text());
    if (v == 0 && !token.lemma().equalsIgnoreCase(token.text())) {
      v = valence(token.lemma());
    }
    if (v == 0) {
      return 0;
    }
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (NEGATIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return v * NEGATION_SCALAR;
      }
    }
    return v;
  }

  /** VADER's compound score of a sentence, -1 (negative) to 1 (positive). */
  public static double compound(List<Token> tokens) {
    double sum = 0;
    for (int i = 0; i < tokens.size(); i++) {
      sum += valenceInContext(tokens, i);
    }
    return sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA);
  }

  static boolean isNegation(String word) {
    return NEGATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Double> load() {
    Map<String, Double> valences = new HashMap<>();
    InputStream in = SentimentLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE + " is not on the classpath: the vader-sentiment-analyzer jar is missing");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split("\t");
        if (fields.length >= 2) {
          valences.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(valences);
  }
}
