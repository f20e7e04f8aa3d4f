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
    // Nearest-neighbour chain (Murtagh 1983): average link is reducible, so merging reciprocal
    // nearest neighbours as the chain finds them gives the same clusters as always merging the best
    // pair overall, in O(n^2) instead of O(n^3): a story of thousands of articles stays cheap. A
    // cluster whose best mean similarity is below the threshold can never reach it (a merge of
    // others only averages its similarities), so it leaves the chain as a finished story.
    int[] size = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = clusters.get(i).size();
      alive[i] = true;
    }
    int[] chain = new int[n];
    int top = 0;
    int active = n;
    int next = 0;
    while (active > 1) {
      if (top == 0) {
        while (!alive[next]) {
          next++;
        }
        chain[top++] = next;
      }
      int a = chain[top - 1];
      int previous = top >= 2 ? chain[top - 2] : -1;
      int b = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        if (!alive[k] || k == a) {
          continue;
        }
        double mean = sum[a][k] / ((double) size[a] * size[k]);
        if (mean > best || (mean == best && k == previous)) {
          best = mean;
          b = k;
        }
      }
      if (b < 0 || best < threshold || sum[a][b] <= 0) {
        alive[a] = false; // finished: nothing it could still join
        active--;
        top--;
      } else if (b == previous) {
        top -= 2;
        int keep = Math.min(a, b);
        int gone = Math.max(a, b);
        clusters.get(keep).addAll(clusters.get(gone));
        clusters.set(gone, null);
        size[keep] += size[gone];
        alive[gone] = false;
        active--;
        for (int k = 0; k < n; k++) {
          if (k != keep) {
            sum[keep][k] += sum[gone][k];
            sum[k][keep] = sum[keep][k];
          }
        }
      } else {
        chain[top++] = b;
      }
    }
    List<List<Integer>> result = new ArrayList<>();
    for (List<Integer> cluster : clusters) {
      if (cluster != null) {
        result.add(cluster);
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
