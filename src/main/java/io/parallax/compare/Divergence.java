package io.parallax.compare;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** How far apart two outlets' tellings are: pure measures over their counts and sets. */
public final class Divergence {
  private Divergence() {}

  /**
   * Jensen–Shannon divergence, base 2 (0: the same distribution, 1: nothing in common), of two
   * word-count distributions (Lin 1991).
   */
  public static double jensenShannon(Map<String, Long> a, Map<String, Long> b) {
    return jensenShannonOfWeights(a, b);
  }

  /**
   * Jensen–Shannon divergence, base 2, of two distributions given as non-negative weights that need
   * not sum to 1 (a story × outlet's mean frame scores).
   */
  public static double jensenShannonOfWeights(
      Map<String, ? extends Number> a, Map<String, ? extends Number> b) {
    double totalA = a.values().stream().mapToDouble(Number::doubleValue).sum();
    double totalB = b.values().stream().mapToDouble(Number::doubleValue).sum();
    if (totalA == 0 || totalB == 0) {
      return totalA == totalB ? 0 : 1;
    }
    Set<String> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    double divergence = 0;
    for (String key : keys) {
      Number inA = a.get(key);
      Number inB = b.get(key);
      double p = inA == null ? 0 : inA.doubleValue() / totalA;
      double q = inB == null ? 0 : inB.doubleValue() / totalB;
      double m = (p + q) / 2;
      if (p > 0) {
        divergence += 0.5 * p * Math.log(p / m);
      }
      if (q > 0) {
        divergence += 0.5 * q * Math.log(q / m);
      }
    }
    return divergence / Math.log(2);
  }

  /** Jaccard overlap of two sets (1 when both are empty: nothing differs). */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }
}
