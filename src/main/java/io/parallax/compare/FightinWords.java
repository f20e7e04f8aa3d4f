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
    Prior prior = new Prior(background, priorTotal);
    double nFocus = total(focus);
    double nRest = total(rest);
    Set<String> words = new HashSet<>(focus.keySet());
    words.addAll(rest.keySet());
    Map<String, Double> z = new LinkedHashMap<>();
    for (String word : words) {
      z.put(
          word,
          prior.z(word, focus.getOrDefault(word, 0L), nFocus, rest.getOrDefault(word, 0L), nRest));
    }
    return z;
  }

  /**
   * Many foci against the rest of one whole (an outlet profile against every other outlet of the
   * day): the rest is the whole minus the focus, so no copy of it is made per focus, and only the
   * words the focus uses are scored, so the cost is the focus's own vocabulary. Words the focus
   * never uses are never its distinctive words.
   */
  public static final class AgainstTheRest {
    private final Map<String, Long> whole;
    private final double wholeTotal;
    private final Prior prior;

    public AgainstTheRest(
        Map<String, Long> whole, Map<String, Long> background, double priorTotal) {
      this.whole = whole;
      this.wholeTotal = total(whole);
      this.prior = new Prior(background, priorTotal);
    }

    /** The {@link #zScores} of the words the focus uses, against the whole minus the focus. */
    public Map<String, Double> zScoresOfOwnWords(Map<String, Long> focus) {
      double nFocus = total(focus);
      Map<String, Double> z = new LinkedHashMap<>();
      for (Map.Entry<String, Long> word : focus.entrySet()) {
        double yi = word.getValue();
        double yj = whole.getOrDefault(word.getKey(), 0L) - yi;
        z.put(word.getKey(), prior.z(word.getKey(), yi, nFocus, yj, wholeTotal - nFocus));
      }
      return z;
    }
  }

  /** The informative prior: background counts, their total, and the pseudo-counts' total. */
  private static final class Prior {
    private final Map<String, Long> background;
    private final double backgroundTotal;
    private final double priorTotal;

    Prior(Map<String, Long> background, double priorTotal) {
      this.background = background;
      this.backgroundTotal = total(background);
      this.priorTotal = priorTotal;
    }

    /** Eq. 16 and 20: the z-score of a word used yi of nFocus times and yj of nRest times. */
    double z(String word, double yi, double nFocus, double yj, double nRest) {
      // A word the background lacks still gets half a pseudo-count, so it stays defined.
      double alpha =
          Math.max(
              0.5, priorTotal * background.getOrDefault(word, 0L) / Math.max(1, backgroundTotal));
      double delta =
          Math.log((yi + alpha) / (nFocus + priorTotal - yi - alpha))
              - Math.log((yj + alpha) / (nRest + priorTotal - yj - alpha));
      return delta / Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha));
    }
  }

  private static double total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
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
