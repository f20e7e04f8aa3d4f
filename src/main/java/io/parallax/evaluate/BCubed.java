package io.parallax.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 (Bagga and Baldwin 1998): for each item, the share of its
 * predicted cluster that shares its gold cluster (precision) and the share of its gold cluster that
 * shares its predicted cluster (recall), averaged over items. Items are compared only within their
 * group (an event: the same actor in two events is two gold clusters, and Parallax's one id for it
 * must not be scored across them).
 */
public record BCubed(int items, double precision, double recall) {
  /** One scored item: its group, gold cluster and predicted cluster. */
  public record Item(String group, String gold, String predicted) {}

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  public static BCubed of(List<Item> items) {
    if (items.isEmpty()) {
      return new BCubed(0, 0, 0);
    }
    Map<String, Integer> gold = new HashMap<>();
    Map<String, Integer> predicted = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Item item : items) {
      gold.merge(goldKey(item), 1, Integer::sum);
      predicted.merge(predictedKey(item), 1, Integer::sum);
      both.merge(goldKey(item) + "\u0000" + item.predicted(), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Item item : items) {
      int shared = both.get(goldKey(item) + "\u0000" + item.predicted());
      precision += (double) shared / predicted.get(predictedKey(item));
      recall += (double) shared / gold.get(goldKey(item));
    }
    return new BCubed(items.size(), precision / items.size(), recall / items.size());
  }

  private static String goldKey(Item item) {
    return item.group() + "\u0000" + item.gold();
  }

  private static String predictedKey(Item item) {
    return item.group() + "\u0000" + item.predicted();
  }
}
