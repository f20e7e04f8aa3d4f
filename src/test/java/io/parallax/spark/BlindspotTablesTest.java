package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import io.parallax.site.ReportSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One night of six outlets, three left and three right by the registry: a story only the left
 * covers, one only the right covers, and one both cover. `story_groups` splits each story by side,
 * `blindspots` names the first two (and nothing by country, where all six are one value), and the
 * report lists them.
 */
class BlindspotTablesTest {
  @TempDir Path dir;

  private static String article(String id, String outlet, String text) {
    return String.format(
        "{\"id\": \"%s\", \"outlet\": \"%s\", \"published_at\": \"2023-03-01T08:00:00Z\","
            + " \"text\": \"%s\"}",
        id, outlet, text);
  }

  @Test
  void aStoryOneSideCoversIsTheOtherSidesBlindspot() throws IOException {
    String quarry =
        "Rescuers at the Vexmoor quarry reached the trapped Vexmoor quarry miners after the quarry"
            + " collapse, the Vexmoor mayor said.";
    String bridge =
        "Floodwater closed the Tarnwick bridge and the Tarnwick bridge stays shut while Tarnwick"
            + " engineers inspect the bridge.";
    String orchard =
        "Blight hit the Pellham orchard and Pellham orchard growers lost their crop to the Pellham"
            + " blight.";
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      lines.add(article("q" + i, "Left " + i, quarry + " Report " + i + "."));
      lines.add(article("b" + i, "Right " + i, bridge + " Report " + i + "."));
    }
    lines.add(article("o1", "Left 1", orchard));
    lines.add(article("o2", "Right 1", orchard + " Growers met."));
    Files.createDirectories(dir.resolve("in"));
    Path input = Files.write(dir.resolve("in/night.jsonl"), lines);
    Path registry =
        Files.writeString(
            dir.resolve("outlets.csv"),
            "outlet_id,name,aliases,lean,country\n"
                + "l1,Left 1,,left,US\nl2,Left 2,,left,US\nl3,Left 3,,left,US\n"
                + "r1,Right 1,,right,US\nr2,Right 2,,right,US\nr3,Right 3,,right,US\n");
    Path output = dir.resolve("out");
    RunJob.run(
        SparkTestSession.get(),
        new RunRequest(
            List.of(input.toString()),
            Optional.empty(),
            output.toString(),
            LocalDate.of(2023, 3, 1),
            ParallaxConfig.defaults().withOutletsRegistry(registry.toString())));

    assertThat(
            query(
                    "SELECT g.group_value, g.outlet_count, g.coverage_share FROM "
                        + table(output, "story_groups")
                        + " g JOIN (SELECT DISTINCT story_id FROM "
                        + table(output, "articles")
                        + " WHERE article_id = 'o1') USING (story_id) WHERE group_column = 'lean'"
                        + " ORDER BY 1")
                .toString())
        .isEqualTo("[[left, 1, 0.5], [right, 1, 0.5]]");
    List<List<Object>> blindspots =
        query(
            "SELECT group_column, covering_value, missing_value, covering_outlets, missing_share,"
                + " missing_expected_articles FROM "
                + table(output, "blindspots")
                + " ORDER BY covering_value");
    assertThat(blindspots.toString())
        .isEqualTo("[[lean, left, right, 3, 0.0, 1.5], [lean, right, left, 3, 0.0, 1.5]]");

    Path index = ReportSite.build(output, output.resolve("report"), null);
    Document home = Jsoup.parse(index.toFile(), "UTF-8");
    assertThat(home.select("table#blindspots tbody tr")).hasSize(2);
    assertThat(home.select("table#blindspots tbody tr").first().select("td").eachText())
        .startsWith("lean", "left", "right");
  }
}
