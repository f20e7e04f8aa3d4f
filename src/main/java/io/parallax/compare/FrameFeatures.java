package io.parallax.compare;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features of an article for the five generic news frames (Semetko and Valkenburg 2000): its words,
 * lower-cased, stop words and words under three letters aside, weighted 1 + ln(count) and scaled to
 * unit length, so long articles do not outweigh short ones.
 */
public final class FrameFeatures {
  /** The frames, in the order models and tables list them. */
  public static final java.util.List<String> FRAMES =
      java.util.List.of("resolution", "human_interest", "conflict", "moral", "economic");

  /** A word: letters, with inner apostrophes and hyphens. */
  static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private FrameFeatures() {}

  /**
   * The frame with the highest score, or null when none reaches 0.5 (the model finds no frame
   * present). Ties go to the frame listed first in {@link #FRAMES}.
   */
  public static String mainFrame(Map<String, Double> scores) {
    String best = null;
    double bestScore = 0.5;
    for (String frame : FRAMES) {
      Double score = scores.get(frame);
      if (score != null && score >= bestScore && (best == null || score > bestScore)) {
        best = frame;
        bestScore = score;
      }
    }
    return best;
  }

  public static Map<String, Double> of(String text, Set<String> stopWords) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (word.length() >= 3 && !stopWords.contains(word)) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return unitLength(counts);
  }

  /** Counts weighted 1 + ln(count) and scaled to unit length, in the counts' order. */
  static Map<String, Double> unitLength(Map<String, Integer> counts) {
    Map<String, Double> features = new LinkedHashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double w = 1 + Math.log(e.getValue());
      features.put(e.getKey(), w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    features.replaceAll((word, w) -> w / length);
    return features;
  }
}
