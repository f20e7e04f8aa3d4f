package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nightly run attaches its articles to the stories of earlier nights that are still open. */
class IncrementalStoriesTest {
  @TempDir Path output;
  @TempDir Path inputs;

  private static String article(String id, String outlet, String date, String title, String text) {
    return String.format(
        "{\"id\": \"%s\", \"outlet\": \"%s\", \"published_at\": \"%s\", \"title\": \"%s\","
            + " \"text\": \"%s\"}",
        id, outlet, date, title, text);
  }

  private void run(String file, LocalDate date, String... lines) throws IOException {
    Path input = inputs.resolve(file);
    Files.write(input, List.of(lines));
    RunJob.run(
        SparkTestSession.get(),
        new RunRequest(
            List.of(input.toString()),
            Optional.empty(),
            output.toString(),
            date,
            ParallaxConfig.defaults()));
  }

  @Test
  void aNextDayReportJoinsYesterdaysStoryAndAnUnrelatedOneStartsItsOwn() throws IOException {
    run(
        "day1.jsonl",
        LocalDate.of(2022, 1, 9),
        article(
            "geneva-1",
            "Wire A",
            "2022-01-09",
            "Ryabkov and Sherman open Geneva security talks",
            "Russian Deputy Foreign Minister Sergei Ryabkov met US Deputy Secretary of State Wendy"
                + " Sherman in Geneva for security talks on Ukraine and NATO."));
    run(
        "day2.jsonl",
        LocalDate.of(2022, 1, 10),
        article(
            "geneva-2",
            "Wire B",
            "2022-01-10",
            "Geneva security talks: Ryabkov calls talks with Sherman businesslike",
            "Sergey Ryabkov said the Geneva talks with Wendy Sherman on Ukraine and NATO were"
                + " difficult but businesslike."),
        article(
            "harvest-1",
            "Farm Daily",
            "2022-01-10",
            "Wheat harvest in Kansas hits a record",
            "Farmers in Kansas brought in a record wheat harvest as prices for grain rose."));

    Map<String, String> storyOf =
        query("SELECT article_id, story_id FROM " + table(output, "articles")).stream()
            .collect(Collectors.toMap(r -> (String) r.get(0), r -> (String) r.get(1)));
    assertThat(storyOf.get("geneva-2")).isEqualTo(storyOf.get("geneva-1"));
    assertThat(storyOf.get("harvest-1")).isNotEqualTo(storyOf.get("geneva-1"));
    // Day two's stories partition: the continued story (one article of that date) and the new one.
    assertThat(
            query(
                "SELECT story_id, article_count, len(merged_story_ids) FROM "
                    + table(output, "stories")
                    + " WHERE run_date = DATE '2022-01-10' ORDER BY story_id"))
        .containsExactlyInAnyOrder(
            List.of(storyOf.get("geneva-1"), 1, 0L), List.of(storyOf.get("harvest-1"), 1, 0L));
  }
}
