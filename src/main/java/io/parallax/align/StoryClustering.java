package io.parallax.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into stories by average-link agglomerative clustering over scored links: two
 * clusters merge while the mean similarity over all their cross pairs (a pair with no link counts
 * 0) is at least the threshold, best pair first. Unlike single link (connected components), a chain
 * of weak links A–B–C cannot join A and C unless A and C are similar too. Runs per connected
 * component of links at or above the threshold, since average link never joins articles no such
 * link connects.
 */
public final class StoryClustering {
  /** A scored candidate pair, by article index. */
  public record Link(int a, int b, double similarity) {}

  private StoryClustering() {}

  /** A cluster label per article (0..n-1 indexes), each label the smallest index in its cluster. */
  public static int[] cluster(int articles, List<Link> links, double threshold) {
    int[] alone = new int[articles];
    for (int i = 0; i < articles; i++) {
      alone[i] = i;
    }
    return cluster(articles, links, threshold, alone);
  }

  /**
   * As {@link #cluster(int, List, double)}, starting from given groups instead of single articles:
   * articles with the same {@code group[i]} (an earlier run's story) start, and stay, together; new
   * articles (each in a group of its own) join them or each other, and groups may merge.
   */
  public static int[] cluster(int articles, List<Link> links, double threshold, int[] group) {
    int[] parent = new int[articles];
    for (int i = 0; i < articles; i++) {
      parent[i] = i;
    }
    Map<Integer, Integer> firstOfGroup = new HashMap<>();
    for (int i = 0; i < articles; i++) {
      Integer first = firstOfGroup.putIfAbsent(group[i], i);
      if (first != null) {
        union(parent, first, i);
      }
    }
    Map<Long, Double> similarity = new HashMap<>();
    for (Link link : links) {
      if (link.a() == link.b()) {
        continue;
      }
      similarity.merge(key(link.a(), link.b()), link.similarity(), Math::max);
      if (link.similarity() >= threshold) {
        union(parent, link.a(), link.b());
      }
    }
    Map<Integer, List<Integer>> components = new HashMap<>();
    for (int i = 0; i < articles; i++) {
      components.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    int[] label = new int[articles];
    for (List<Integer> component : components.values()) {
      for (List<Integer> cluster : averageLink(component, similarity, threshold, group)) {
        int smallest = cluster.stream().mapToInt(Integer::intValue).min().orElseThrow();
        cluster.forEach(i -> label[i] = smallest);
      }
    }
    return label;
  }

  private static List<List<Integer>> averageLink(
      List<Integer> members, Map<Long, Double> similarity, double threshold, int[] group) {
    Map<Integer, List<Integer>> byGroup = new java.util.LinkedHashMap<>();
    members.forEach(m -> byGroup.computeIfAbsent(group[m], g -> new ArrayList<>()).add(m));
    List<List<Integer>> clusters = new ArrayList<>(byGroup.values());
    if (clusters.size() == 1) {
      return clusters;
    }
    // Sum of link similarities between clusters i and j, kept as clusters merge.
    int n = clusters.size();
    double[][] sum = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int a : clusters.get(i)) {
          for (int b : clusters.get(j)) {
            s += similarity.getOrDefault(key(a, b), 0.0);
          }
        }
        sum[i][j] = s;
        sum[j][i] = s;
      }
    }
    boolean[] alive = new boolean[n];
    java.util.Arrays.fill(alive, true);
    while (true) {
      int bestI = -1;
      int bestJ = -1;
      double best = threshold;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (!alive[j] || sum[i][j] <= 0) {
            continue;
          }
          double mean = sum[i][j] / ((double) clusters.get(i).size() * clusters.get(j).size());
          if (mean >= best) {
            best = mean;
            bestI = i;
            bestJ = j;
          }
        }
      }
      if (bestI < 0) {
        break;
      }
      clusters.get(bestI).addAll(clusters.get(bestJ));
      alive[bestJ] = false;
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bestI) {
          sum[bestI][k] += sum[bestJ][k];
          sum[k][bestI] = sum[bestI][k];
        }
      }
    }
    List<List<Integer>> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        result.add(clusters.get(i));
      }
    }
    return result;
  }

  private static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
