package io.parallax.compare;

import io.parallax.annotate.SentimentLexicon;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Features of a sentence for word-choice bias: its words and two-word phrases (lower-case, stop
 * words aside), weighted as {@link FrameFeatures#unitLength}, plus three lexicon features from
 * VADER's valences, which mark loaded words ("egomaniac", "slammed", "radical"): the strongest
 * valence in the sentence, the share of its words that carry one, and how many are strong (|v| ≥
 * {@value #STRONG}).
 */
public final class BiasFeatures {
  /** A valence at least this strong (of VADER's 4) makes a word loaded. */
  public static final double STRONG = SentimentLexicon.LOADED;

  private BiasFeatures() {}

  public static Map<String, Double> of(String text, Set<String> stopWords) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = FrameFeatures.WORD.matcher(text == null ? "" : text);
    String previous = null;
    int words = 0;
    int valenced = 0;
    int strong = 0;
    double strongest = 0;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      words++;
      double valence = Math.abs(SentimentLexicon.valence(word));
      if (valence > 0) {
        valenced++;
        strongest = Math.max(strongest, valence);
        strong += valence >= STRONG ? 1 : 0;
      }
      if (word.length() < 2 || stopWords.contains(word)) {
        previous = null;
        continue;
      }
      counts.merge(word, 1, Integer::sum);
      if (previous != null) {
        counts.merge(previous + " " + word, 1, Integer::sum);
      }
      previous = word;
    }
    Map<String, Double> features = FrameFeatures.unitLength(counts);
    features.put("#strongest", strongest / 4);
    features.put("#valenced", words == 0 ? 0 : (double) valenced / words);
    features.put("#strong", Math.min(strong, 3) / 3.0);
    return features;
  }

  /**
   * The lexicon rule alone, with nothing learnt from labelled bias: a sentence is loaded when it
   * holds a word of strong valence ({@link SentimentLexicon#loadedWords}).
   */
  public static boolean loaded(String text) {
    return !SentimentLexicon.loadedWords(text).isEmpty();
  }
}
