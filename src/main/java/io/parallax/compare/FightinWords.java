package io.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that set one outlet's telling apart from the others': the log-odds ratio with an
 * informative Dirichlet prior, and its z-score (Monroe, Colaresi and Quinn 2008, "Fightin' Words",
 * Political Analysis 16(4), eq. 16 and 20). The prior gives each word pseudo-counts in proportion
 * to its frequency in a background corpus (the run's articles), totalling {@code priorTotal}, so a
 * word both sides use at their usual rate scores near 0 and frequent words do not win by volume.
 */
public final class FightinWords {
  private FightinWords() {}

  /** A word and its z-score: positive when the focus uses it more than the rest. */
  public record Scored(String word, double z) {}

  /**
   * Z-scores of the words the focus or the rest use, for focus counts against rest counts, with a
   * prior from background counts.
   */
  public static Map<String, Double> zScores(
      Map<String, Long> focus,
      Map<String, Long> rest,
      Map<String, Long> background,
      double priorTotal) {
    double backgroundTotal = background.values().stream().mapToLong(Long::longValue).sum();
    double nFocus = focus.values().stream().mapToLong(Long::longValue).sum();
    double nRest = rest.values().stream().mapToLong(Long::longValue).sum();
    Set<String> words = new HashSet<>(focus.keySet());
    words.addAll(rest.keySet());
    Map<String, Double> z = new LinkedHashMap<>();
    for (String word : words) {
      // A word the background lacks still gets half a pseudo-count, so it stays defined.
      double alpha =
          Math.max(
              0.5, priorTotal * background.getOrDefault(word, 0L) / Math.max(1, backgroundTotal));
      double yi = focus.getOrDefault(word, 0L);
      double yj = rest.getOrDefault(word, 0L);
      double delta =
          Math.log((yi + alpha) / (nFocus + priorTotal - yi - alpha))
              - Math.log((yj + alpha) / (nRest + priorTotal - yj - alpha));
      double variance = 1 / (yi + alpha) + 1 / (yj + alpha);
      z.put(word, delta / Math.sqrt(variance));
    }
    return z;
  }

  /**
   * The same z-scores for the words the focus uses only, with the rest given as the whole minus the
   * focus: for many outlets over one large vocabulary (an outlet profile against every other outlet
   * of the day) without a copy of the rest per outlet, so the cost is the focus's own vocabulary.
   * Words the focus never uses are left out: they are never its distinctive words.
   */
  public static Map<String, Double> zScoresOfOwnWords(
      Map<String, Long> focus, Map<String, Long> whole, Background background) {
    double nFocus = focus.values().stream().mapToLong(Long::longValue).sum();
    double nRest = background.wholeTotal(whole) - nFocus;
    Map<String, Double> z = new LinkedHashMap<>();
    for (Map.Entry<String, Long> word : focus.entrySet()) {
      double yi = word.getValue();
      double yj = whole.getOrDefault(word.getKey(), 0L) - yi;
      double alpha = background.alpha(word.getKey());
      double delta =
          Math.log((yi + alpha) / (nFocus + background.priorTotal() - yi - alpha))
              - Math.log((yj + alpha) / (nRest + background.priorTotal() - yj - alpha));
      z.put(word.getKey(), delta / Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha)));
    }
    return z;
  }

  /** The prior's counts with their total summed once, for many {@link #zScoresOfOwnWords} calls. */
  public static final class Background {
    private final Map<String, Long> counts;
    private final double total;
    private final double priorTotal;
    private final Map<Map<String, Long>, Double> wholeTotals = new java.util.IdentityHashMap<>();

    public Background(Map<String, Long> counts, double priorTotal) {
      this.counts = counts;
      this.total = counts.values().stream().mapToLong(Long::longValue).sum();
      this.priorTotal = priorTotal;
    }

    double priorTotal() {
      return priorTotal;
    }

    /** A word's pseudo-count: its share of the prior, at least one half (as in zScores). */
    double alpha(String word) {
      return Math.max(0.5, priorTotal * counts.getOrDefault(word, 0L) / Math.max(1, total));
    }

    double wholeTotal(Map<String, Long> whole) {
      return wholeTotals.computeIfAbsent(
          whole, w -> (double) w.values().stream().mapToLong(Long::longValue).sum());
    }
  }

  /** The {@code k} words with the highest z-scores at or above {@code minZ}, highest first. */
  public static List<Scored> top(Map<String, Double> zScores, int k, double minZ) {
    List<Scored> scored = new ArrayList<>();
    zScores.forEach(
        (word, z) -> {
          if (z >= minZ) {
            scored.add(new Scored(word, z));
          }
        });
    scored.sort(
        (a, b) -> a.z() != b.z() ? Double.compare(b.z(), a.z()) : a.word().compareTo(b.word()));
    return scored.subList(0, Math.min(k, scored.size()));
  }
}
