package io.parallax.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the clusters of one run. A cluster holding articles of earlier runs keeps the story id they
 * carry (the earliest article's, when it holds several earlier stories: the others are merged into
 * it and listed); a cluster of new articles only is named by its earliest article: `story-` and 16
 * hex digits of the SHA-256 of that article's id, so the same input gives the same ids.
 */
public final class StoryIds {
  /** An article in the order clustering saw them (earliest first) and its earlier story, if any. */
  public record Member(String articleId, String earlierStoryId) {}

  /** Each article's story id, and for each story the earlier stories merged into it now. */
  public record Named(Map<String, String> storyOf, Map<String, List<String>> merged) {}

  private StoryIds() {}

  /** Names clusters given by {@code label[i]} (any int per cluster) over members in time order. */
  public static Named name(List<Member> members, int[] label) {
    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      clusters.computeIfAbsent(label[i], l -> new ArrayList<>()).add(i);
    }
    Map<String, String> storyOf = new LinkedHashMap<>();
    Map<String, List<String>> merged = new LinkedHashMap<>();
    for (List<Integer> cluster : clusters.values()) {
      Set<String> earlier = new LinkedHashSet<>();
      for (int i : cluster) {
        String old = members.get(i).earlierStoryId();
        if (old != null) {
          earlier.add(old);
        }
      }
      String id =
          earlier.isEmpty()
              ? of(members.get(cluster.get(0)).articleId())
              : earlier.iterator().next();
      if (earlier.size() > 1) {
        merged.put(id, List.copyOf(new ArrayList<>(earlier).subList(1, earlier.size())));
      }
      for (int i : cluster) {
        storyOf.put(members.get(i).articleId(), id);
      }
    }
    return new Named(storyOf, merged);
  }

  /** `story-` and the first 16 hex digits of the SHA-256 of the story's earliest article id. */
  public static String of(String earliestArticleId) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(earliestArticleId.getBytes(StandardCharsets.UTF_8));
      return "story-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Where each merged story lives now: {@code mergedInto} maps a story id to the story it was
   * merged into on some earlier date, and a chain (B into Q, later Q into Z) is followed to its
   * end, so an earlier article is aligned as part of the story it belongs to today, never as a
   * story that has been merged away. A cycle (which no run writes) stops where it would repeat.
   */
  public static Map<String, String> current(Map<String, String> mergedInto) {
    Map<String, String> current = new LinkedHashMap<>();
    for (String story : mergedInto.keySet()) {
      Set<String> seen = new LinkedHashSet<>();
      String at = story;
      while (mergedInto.containsKey(at) && seen.add(at)) {
        at = mergedInto.get(at);
      }
      current.put(story, at);
    }
    return current;
  }
}
