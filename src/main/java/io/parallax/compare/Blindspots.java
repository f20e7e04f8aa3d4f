package io.parallax.compare;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Stories one group of outlets covers and another leaves alone, after Ground News' "blindspots" and
 * AllSides' coverage split by side: for a grouping column of the outlet registry ({@code lean},
 * {@code country}, ...), a story is a blindspot of value B when outlets of value A cover it well
 * (at least {@link Thresholds#minCoveringOutlets} outlets and {@link Thresholds#minCoveringShare}
 * of the story's articles) and B's outlets give it at most {@link Thresholds#maxMissingShare} of
 * them. Only values with articles in the run count as missing: a value no outlet of the night has
 * leaves nothing out that night.
 */
public final class Blindspots {
  private Blindspots() {}

  /**
   * What "covers well" and "covers little" mean; {@code conf/parallax.properties} explains each.
   */
  public record Thresholds(
      int minCoveringOutlets,
      double minCoveringShare,
      double maxMissingShare,
      double minExpectedArticles)
      implements Serializable {
    public Thresholds {
      if (minCoveringOutlets < 1
          || !(minCoveringShare > 0 && minCoveringShare <= 1)
          || !(maxMissingShare >= 0 && maxMissingShare < minCoveringShare)
          || !(minExpectedArticles >= 0)) {
        throw new IllegalArgumentException(
            "need minCoveringOutlets >= 1, 0 < minCoveringShare <= 1, 0 <= maxMissingShare <"
                + " minCoveringShare and minExpectedArticles >= 0");
      }
    }

    public static Thresholds defaults() {
      return new Thresholds(2, 0.5, 0.1, 1.0);
    }
  }

  /** A group value's presence in the whole run: its outlets and its share of the run's articles. */
  public record InRun(int outlets, double articleShare) implements Serializable {}

  /** The outlets and articles of one group value in one story. */
  public record Coverage(int outlets, int articles) implements Serializable {}

  /** One blindspot: {@code covering} covers the story, {@code missing} leaves it (nearly) alone. */
  public record Blindspot(
      String covering, Coverage covered, String missing, Coverage missed, double missingExpected)
      implements Serializable {}

  /**
   * The blindspots of one story under one grouping column.
   *
   * @param byValue the story's coverage per value of the column (values without articles absent)
   * @param storyArticles all the story's articles, those of outlets without a value included
   * @param inRun per value of the column, its outlets and share of articles in the run's stories
   */
  public static List<Blindspot> of(
      Map<String, Coverage> byValue,
      int storyArticles,
      SortedMap<String, InRun> inRun,
      Thresholds thresholds) {
    List<Blindspot> found = new ArrayList<>();
    if (storyArticles == 0) {
      return found;
    }
    for (String covering : inRun.keySet()) {
      Coverage covered = byValue.get(covering);
      if (covered == null
          || covered.outlets() < thresholds.minCoveringOutlets()
          || share(covered, storyArticles) < thresholds.minCoveringShare()) {
        continue;
      }
      for (Map.Entry<String, InRun> value : inRun.entrySet()) {
        String missing = value.getKey();
        Coverage missed = byValue.getOrDefault(missing, new Coverage(0, 0));
        double expected = storyArticles * value.getValue().articleShare();
        if (!missing.equals(covering)
            && value.getValue().outlets() >= thresholds.minCoveringOutlets()
            && expected >= thresholds.minExpectedArticles()
            && share(missed, storyArticles) <= thresholds.maxMissingShare()) {
          found.add(new Blindspot(covering, covered, missing, missed, expected));
        }
      }
    }
    return found;
  }

  public static double share(Coverage coverage, int storyArticles) {
    return storyArticles == 0 ? 0 : coverage.articles() / (double) storyArticles;
  }
}
