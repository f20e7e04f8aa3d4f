package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real crawls do to a feed, in small synthetic fixtures: one outlet spelled several ways, and
 * a site's template line in every article, night after night.
 */
class RealFeedIngestTest {
  private static final LocalDate NIGHT_ONE = LocalDate.of(2019, 11, 19);

  @TempDir Path output;
  @TempDir Path inputs;

  private RunReport run(String file, LocalDate date, List<String> lines) throws IOException {
    Path input = inputs.resolve(file);
    Files.write(input, lines);
    return RunJob.run(
        SparkTestSession.get(),
        new RunRequest(
            List.of(input.toString()),
            Optional.empty(),
            output.toString(),
            date,
            ParallaxConfig.defaults()));
  }

  private static String record(String outletField, String outlet, String id, String text) {
    return String.format(
        "{\"id\": \"%s\", \"%s\": \"%s\", \"published_at\": \"2019-11-19\", \"text\": \"%s\"}",
        id, outletField, outlet, text);
  }

  @Test
  void oneOutletSpelledFourWaysIsOneOutletAndANameIsKeyedWithoutCase() throws IOException {
    run(
        "spellings.jsonl",
        NIGHT_ONE,
        List.of(
            record("source_domain", "www.example-times.com", "a", "The port reopened on Monday."),
            record("outlet", "example-times.com", "b", "Ferries ran again on Tuesday."),
            record("outlet", "https://m.example-times.com/", "c", "Traders welcomed the news."),
            record("outlet", "EXAMPLE-TIMES.COM", "d", "The mayor thanked the crews."),
            record("outlet", "Example Wire", "e", "A storm closed the port on Sunday."),
            record("outlet", "example  wire", "f", "Crews cleared the quay overnight.")));

    assertThat(
            query(
                "SELECT outlet_key, count(DISTINCT outlet), count(*) FROM "
                    + table(output, "articles")
                    + " GROUP BY 1 ORDER BY 1"))
        .containsExactly(List.of("example wire", 1L, 2L), List.of("example-times.com", 1L, 4L));
  }

  @Test
  void aLineInEveryArticleOfAnOutletIsItsTemplateAndStaysKnownOnASmallLaterNight()
      throws IOException {
    String template = "Support our journalism and subscribe for one dollar a week.";
    List<String> first = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      first.add(
          record(
              "outlet",
              "Example Gazette",
              "g" + i,
              "Story number " + i + " about the harbour board vote.\\n" + template));
    }
    // Another outlet that quotes the same words once keeps them: the rule is per outlet.
    first.add(record("outlet", "Other Post", "o1", "The council met.\\n" + template));
    // One article delivered five times (new ids, its text updated): one article, no template.
    for (int i = 1; i <= 5; i++) {
      first.add(
          String.format(
              "{\"id\": \"r%d\", \"outlet\": \"Other Post\", \"title\": \"Harbour vote\","
                  + " \"published_at\": \"2019-11-19\", \"text\": \"The board voted on the"
                  + " channel.\\nThe count was %d to 2.\"}",
              i, i));
    }
    RunReport one = run("night-1.jsonl", NIGHT_ONE, first);

    assertThat(one.boilerplateLinesRemoved()).containsEntry("outlet_template", 6L);
    assertThat(
            query(
                "SELECT count(*) FROM "
                    + table(output, "articles")
                    + " WHERE outlet = 'Example Gazette' AND text NOT LIKE '%subscribe%'"
                    + " AND len(boilerplate_removed) = 1"))
        .containsExactly(List.of(6L));
    assertThat(
            query(
                "SELECT count(*) FROM "
                    + table(output, "articles")
                    + " WHERE article_id LIKE 'r%' AND text LIKE 'The board voted on the channel.%'"))
        .containsExactly(List.of(5L));
    assertThat(
            query(
                "SELECT boilerplate_lines_removed['outlet_template'] FROM "
                    + table(output, "run_summary")))
        .containsExactly(List.of(6L));

    // A night of one article: the template is known from the earlier night.
    RunReport two =
        run(
            "night-2.jsonl",
            NIGHT_ONE.plusDays(1),
            List.of(
                record(
                    "outlet",
                    "example gazette",
                    "g7",
                    "The harbour board met again on Wednesday.\\n" + template)));
    assertThat(two.boilerplateLinesRemoved()).containsEntry("outlet_template", 1L);
    assertThat(query("SELECT text FROM " + table(output, "articles") + " WHERE article_id = 'g7'"))
        .containsExactly(List.of("The harbour board met again on Wednesday."));
    assertThat(
            query("SELECT text FROM " + table(output, "articles") + " WHERE article_id = 'o1'")
                .get(0)
                .get(0))
        .asString()
        .contains("subscribe");
  }
}
