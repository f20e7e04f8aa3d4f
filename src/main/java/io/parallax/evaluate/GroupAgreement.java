package io.parallax.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores coverage by group against AllSides roundups: which sides cover each roundup's story (from
 * `story_groups`), and whether the sides a story lacks are its blindspots (from `blindspots`), each
 * beside the trivial baseline (every side covers every story; every side is every story's
 * blindspot).
 */
public final class GroupAgreement {
  private GroupAgreement() {}

  /**
   * One roundup story.
   *
   * @param present the sides whose articles of the story were in the run
   * @param covering the sides `story_groups` gives the story the job put most of them in
   * @param flagged the sides `blindspots` names as missing that story
   */
  public record Story(Set<String> present, Set<String> covering, Set<String> flagged) {
    public Story {
      present = Set.copyOf(present);
      covering = Set.copyOf(covering);
      flagged = Set.copyOf(flagged);
    }
  }

  /** The figures, to print. */
  public static List<String> lines(List<Story> stories, Set<String> sides, String name) {
    int exact = 0;
    int baselineExact = 0;
    int cells = 0;
    int cellsRight = 0;
    int baselineCellsRight = 0;
    int truePositives = 0;
    int flags = 0;
    int positives = 0;
    for (Story story : stories) {
      exact += story.covering().equals(story.present()) ? 1 : 0;
      baselineExact += story.present().equals(sides) ? 1 : 0;
      for (String side : new TreeSet<>(sides)) {
        cells++;
        boolean present = story.present().contains(side);
        cellsRight += story.covering().contains(side) == present ? 1 : 0;
        baselineCellsRight += present ? 1 : 0;
        boolean missing = !present;
        boolean flagged = story.flagged().contains(side);
        positives += missing ? 1 : 0;
        flags += flagged ? 1 : 0;
        truePositives += missing && flagged ? 1 : 0;
      }
    }
    int n = Math.max(1, stories.size());
    double precision = flags == 0 ? 0 : truePositives / (double) flags;
    double recall = positives == 0 ? 0 : truePositives / (double) positives;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double allPrecision = cells == 0 ? 0 : positives / (double) cells;
    double allF1 = allPrecision == 0 ? 0 : 2 * allPrecision / (allPrecision + 1);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "coverage: stories whose covering sides are exactly those present %.3f (every side"
                + " covers every story: %.3f); story x side cells right %.3f (baseline %.3f)",
            exact / (double) n,
            baselineExact / (double) n,
            cellsRight / (double) Math.max(1, cells),
            baselineCellsRight / (double) Math.max(1, cells)));
    lines.add(
        String.format(
            Locale.ROOT,
            "blindspots: %d missing story x side cells, %d flagged, %d right: precision %.3f,"
                + " recall %.3f, F1 %.3f (flag every side of every story: precision %.3f, recall"
                + " 1.000, F1 %.3f)",
            positives,
            flags,
            truePositives,
            precision,
            recall,
            f1,
            allPrecision,
            allF1));
    lines.add(
        String.format(
            Locale.ROOT,
            "groups %s n=%d coverage_exact=%.3f baseline_exact=%.3f blindspot_f1=%.3f"
                + " baseline_f1=%.3f",
            name,
            stories.size(),
            exact / (double) n,
            baselineExact / (double) n,
            f1,
            allF1));
    return lines;
  }
}
