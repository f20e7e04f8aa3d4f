package io.parallax.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering: over all pairs of items in one group, how many
 * of the pairs put together are together in the gold (precision) and how many gold pairs are put
 * together (recall). Counted from cluster sizes, not by listing pairs.
 */
public record PairwiseF1(long truePairs, long predictedPairs, long goldPairs) {
  public double precision() {
    return predictedPairs == 0 ? 0 : (double) truePairs / predictedPairs;
  }

  public double recall() {
    return goldPairs == 0 ? 0 : (double) truePairs / goldPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public static PairwiseF1 of(List<BCubed.Item> items) {
    Map<String, Long> gold = new HashMap<>();
    Map<String, Long> predicted = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (BCubed.Item item : items) {
      gold.merge(item.group() + "\u0000" + item.gold(), 1L, Long::sum);
      predicted.merge(item.group() + "\u0000" + item.predicted(), 1L, Long::sum);
      both.merge(
          item.group() + "\u0000" + item.gold() + "\u0000" + item.predicted(), 1L, Long::sum);
    }
    return new PairwiseF1(pairs(both), pairs(predicted), pairs(gold));
  }

  private static long pairs(Map<String, Long> sizes) {
    return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }
}
