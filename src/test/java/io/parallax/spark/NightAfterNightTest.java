package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five nights in a row, as a scheduler runs them, with stories that merge: a new article joining
 * two earlier stories, one joining three, and a story carried on night after night. Each night must
 * commit and balance, and every later night re-opens the merged stories.
 */
class NightAfterNightTest {
  private static final LocalDate START = LocalDate.of(2023, 3, 1);

  @TempDir Path output;
  @TempDir Path inputs;

  private static String article(
      String id, String outlet, LocalDate date, String title, String text) {
    return String.format(
        "{\"id\": \"%s\", \"outlet\": \"%s\", \"published_at\": \"%sT08:00:00Z\", \"title\":"
            + " \"%s\", \"text\": \"%s\"}",
        id, outlet, date, title, text);
  }

  private static final String QUARRY =
      "Rescuers at the Vexmoor quarry reached the trapped quarry miners after the Vexmoor quarry"
          + " collapse.";
  private static final String BRIDGE =
      "Floodwater closed the Tarnwick bridge and the Tarnwick bridge stays shut to lorries.";
  private static final String ORCHARD =
      "Blight hit the Pellham orchard and Pellham orchard growers lost their pear crop.";
  private static final String CHOIR =
      "The Dunlowe choir sang at the Dunlowe cathedral and the Dunlowe choir toured.";
  private static final String FERRY =
      "The Kestrin ferry ran aground and Kestrin ferry passengers waited for tugs.";

  private static final String LANTERN =
      "Crowds filled Orvale for the Orvale lantern festival and its lantern parade.";

  private RunReport night(int n, String... lines) throws IOException {
    LocalDate date = START.plusDays(n - 1);
    Path input = inputs.resolve("night-" + n + ".jsonl");
    Files.write(input, List.of(lines));
    RunReport report =
        RunJob.run(
            SparkTestSession.get(),
            new RunRequest(
                List.of(input.toString()),
                Optional.empty(),
                output.toString(),
                date,
                ParallaxConfig.defaults()));
    assertThat(report.balanced()).as("night %d balances", n).isTrue();
    assertThat(report.articlesWritten()).as("night %d articles", n).isEqualTo(lines.length);
    return report;
  }

  /**
   * Each article's story as an analyst reads it today: the id in its own partition, followed
   * through every later date's `stories.merged_story_ids`.
   */
  private Map<String, String> storyOfEachArticle() {
    Map<String, String> mergedInto = new HashMap<>();
    for (List<Object> row :
        query(
            "SELECT story_id, unnest(merged_story_ids) FROM "
                + table(output, "stories")
                + " ORDER BY run_date")) {
      mergedInto.put((String) row.get(1), (String) row.get(0));
    }
    Map<String, String> story = new HashMap<>();
    for (List<Object> row :
        query("SELECT article_id, story_id FROM " + table(output, "articles"))) {
      String at = (String) row.get(1);
      for (int hops = 0; mergedInto.containsKey(at) && hops < 10; hops++) {
        at = mergedInto.get(at);
      }
      story.put((String) row.get(0), at);
    }
    return story;
  }

  private List<List<Object>> mergedOn(LocalDate date) {
    return query(
        "SELECT story_id, list_sort(merged_story_ids) FROM "
            + table(output, "stories")
            + " WHERE run_date = DATE '"
            + date
            + "' AND len(merged_story_ids) > 0");
  }

  @Test
  void storiesMergeAcrossNightsAndEveryLaterNightReopensThem() throws IOException {
    LocalDate d1 = START;
    LocalDate d2 = START.plusDays(1);
    LocalDate d3 = START.plusDays(2);
    LocalDate d4 = START.plusDays(3);
    LocalDate d5 = START.plusDays(4);
    // Night 1: five unrelated stories.
    night(
        1,
        article("quarry-1", "Wire A", d1, "Vexmoor quarry collapse traps miners", QUARRY),
        article("bridge-1", "Wire B", d1, "Tarnwick bridge shut by floodwater", BRIDGE),
        article("orchard-1", "Wire C", d1, "Pellham orchard blight ruins pears", ORCHARD),
        article("choir-1", "Wire D", d1, "Dunlowe choir sings at Dunlowe cathedral", CHOIR),
        article("ferry-1", "Wire F", d1, "Kestrin ferry aground", FERRY));
    Map<String, String> first = storyOfEachArticle();
    assertThat(first.values()).doesNotHaveDuplicates();

    // Night 2: one article joins three earlier stories (the orchard, the choir, the ferry).
    RunReport two =
        night(
            2,
            article(
                "three-2",
                "Wire G",
                d2,
                "Pellham orchard, Dunlowe choir and Kestrin ferry",
                ORCHARD + " " + CHOIR + " " + FERRY));
    Map<String, String> second = storyOfEachArticle();
    String three = second.get("three-2");
    assertThat(List.of(second.get("orchard-1"), second.get("choir-1"), second.get("ferry-1")))
        .containsOnly(three);
    assertThat(two.storiesMerged()).isEqualTo(2);
    assertThat(mergedOn(d2))
        .singleElement()
        .satisfies(row -> assertThat(row.get(0)).isEqualTo(three));

    // Night 3: one article joins the quarry and the bridge stories; another starts its own.
    RunReport thirdNight =
        night(
            3,
            article(
                "both-3",
                "Wire E",
                d3,
                "Vexmoor quarry miners and Tarnwick bridge floodwater",
                QUARRY + " " + BRIDGE),
            article("lantern-3", "Wire J", d3, "Orvale lantern festival", LANTERN));
    Map<String, String> third = storyOfEachArticle();
    String quarryAndBridge = third.get("both-3");
    assertThat(quarryAndBridge)
        .isIn(first.get("quarry-1"), first.get("bridge-1"))
        .isEqualTo(third.get("quarry-1"))
        .isEqualTo(third.get("bridge-1"))
        .isNotEqualTo(three);
    assertThat(thirdNight.storiesMerged()).isEqualTo(1);
    assertThat(third.get("lantern-3")).isNotIn(quarryAndBridge, three);

    // Nights 4 and 5: the merged stories go on (a chain across nights, each night re-opening the
    // stories merged before it), and nothing merged away comes back as a story of its own.
    night(4, article("bridge-4", "Wire H", d4, "Tarnwick bridge reopens after floodwater", BRIDGE));
    night(
        5,
        article("quarry-5", "Wire I", d5, "Vexmoor quarry inquiry opens", QUARRY),
        article("choir-5", "Wire D", d5, "Dunlowe choir returns to Dunlowe cathedral", CHOIR));
    Map<String, String> fifth = storyOfEachArticle();
    assertThat(List.of(fifth.get("bridge-4"), fifth.get("quarry-5"), fifth.get("bridge-1")))
        .containsOnly(quarryAndBridge);
    assertThat(mergedOn(d4)).isEmpty();
    assertThat(mergedOn(d5)).isEmpty();
    assertThat(
            query(
                "SELECT DISTINCT story_id FROM "
                    + table(output, "stories")
                    + " WHERE run_date >= DATE '"
                    + d4
                    + "'"))
        .extracting(row -> row.get(0))
        .doesNotContain(
            first.get("bridge-1").equals(quarryAndBridge)
                ? first.get("quarry-1")
                : first.get("bridge-1"));

    // One run summary per night, each balanced, and no staging left behind.
    assertThat(
            query("SELECT count(*), count(DISTINCT run_date) FROM " + table(output, "run_summary")))
        .containsExactly(List.of(5L, 5L));
    assertThat(output.resolve("_staging")).doesNotExist();
    // Small nights, each run with the small-input settings, which run_summary.config records.
    assertThat(
            query(
                "SELECT DISTINCT config['spark.sql.adaptive.enabled'] FROM "
                    + table(output, "run_summary")))
        .containsExactly(List.of("false"));
  }
}
