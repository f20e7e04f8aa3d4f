package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import io.parallax.site.ReportSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report built from articles an attacker or bad luck wrote: no titles, script URLs, outlet
 * names that are markup or longer than a file name may be. The report must build, and no page may
 * link to a script URL, run inline script or break out of its chart data.
 */
class HostileReportTest {
  @TempDir Path output;
  @TempDir Path inputs;

  private static final String LONG_OUTLET = "The Very Long Name Gazette ".repeat(11).strip();

  private static String article(String id, String outlet, String url, String text) {
    return String.format(
        "{\"id\": \"%s\", \"outlet\": \"%s\", \"url\": \"%s\", \"published_at\":"
            + " \"2023-03-01T08:00:00Z\", \"text\": \"%s\"}",
        id, outlet, url, text);
  }

  @Test
  void hostileTitlesUrlsAndOutletNamesNeitherBreakNorScriptTheReport() throws IOException {
    String quarry =
        "Rescuers at the Vexmoor quarry reached the trapped Vexmoor quarry miners after the quarry"
            + " collapse, the Vexmoor mayor said.";
    Path input = inputs.resolve("night.jsonl");
    Files.write(
        input,
        List.of(
            article("a1", "<!--<script>", "javascript:alert(1)", quarry),
            article(
                "a2",
                LONG_OUTLET,
                "data:text/html,<script>alert(2)</script>",
                quarry + " Families waited at the Vexmoor quarry gate."),
            article(
                "a3",
                "Fox News",
                "https://fox.example/quarry",
                quarry + " The Vexmoor quarry owner declined to comment."),
            // Other news of the night, so that the quarry's words are rare enough to link on.
            article(
                "b1",
                "Wire B",
                "https://b.example/bridge",
                "Floodwater closed the Tarnwick bridge and the Tarnwick bridge stays shut."),
            article(
                "c1",
                "Wire C",
                "https://c.example/orchard",
                "Blight hit the Pellham orchard and Pellham orchard growers lost their crop.")));
    // Group values are the user's text too: markup in them stays text on every page.
    Path registry =
        Files.writeString(
            inputs.resolve("outlets.csv"),
            "outlet_id,name,aliases,lean\n"
                + "fox,Fox News,,\"<img src=x onerror=alert(3)>\"\n"
                + "script,<!--<script>,,\"</script><script>alert(4)</script>\"\n");
    RunJob.run(
        SparkTestSession.get(),
        new RunRequest(
            List.of(input.toString()),
            Optional.empty(),
            output.toString(),
            LocalDate.of(2023, 3, 1),
            ParallaxConfig.defaults().withOutletsRegistry(registry.toString())));

    Path index = ReportSite.build(output, output.resolve("report"), null);

    List<Path> pages;
    try (Stream<Path> files = Files.walk(index.getParent())) {
      pages = files.filter(f -> f.toString().endsWith(".html")).toList();
    }
    assertThat(pages.stream().filter(p -> p.getParent().endsWith("story"))).hasSize(1);
    assertThat(pages.stream().filter(p -> p.getParent().endsWith("outlet"))).hasSize(5);
    for (Path page : pages) {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .as(page.toString())
          .contains("script-src 'self';")
          .doesNotContain("script-src 'self' 'unsafe-inline'")
          .doesNotContain("unsafe-eval");
      for (Element script : html.select("script")) {
        assertThat(script.hasAttr("src") || script.attr("type").equals("application/json"))
            .as("%s: %s", page, script.outerHtml())
            .isTrue();
        assertThat(script.data()).doesNotContain("<");
      }
      for (Element link : html.select("a[href]")) {
        assertThat(link.attr("href").toLowerCase())
            .as(page.toString())
            .doesNotStartWith("javascript:")
            .doesNotStartWith("data:");
      }
      assertThat(html.select("h1").text()).isNotBlank();
    }
    Path story = pages.stream().filter(p -> p.getParent().endsWith("story")).findFirst().get();
    Document storyPage = Jsoup.parse(story.toFile(), "UTF-8");
    assertThat(storyPage.select("h1").text()).isEqualTo("(untitled)");
    assertThat(storyPage.select("table.side thead th").eachText())
        .contains("<!--<script>", LONG_OUTLET, "Fox News");
    assertThat(storyPage.text()).contains("javascript:alert(1)");
    assertThat(storyPage.select("div.group-chart p.who").text())
        .contains("<img src=x onerror=alert(3)>: Fox News");
    assertThat(storyPage.select("img")).isEmpty();
  }

  @Test
  void aStoryIdFromEditedTablesBecomesNeitherAPathNorMarkup() {
    assertThat(ReportSite.storyFile("story-0caecb4bb988eca5")).isEqualTo("story-0caecb4bb988eca5");
    for (String id :
        List.of("../../../../tmp/ESCAPED", "\"><script>alert(99)</script>", "a/b", "")) {
      assertThat(ReportSite.storyFile(id)).as(id).matches("story-[0-9a-f]{32}");
    }
  }
}
