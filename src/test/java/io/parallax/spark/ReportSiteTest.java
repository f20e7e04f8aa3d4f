package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parallax.config.ParallaxConfig;
import io.parallax.site.ReportSite;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report built from a sample run: what a newcomer clicks through, checked in the HTML and, in
 * headless Chromium (installed by CI; skipped locally when absent), as a browser draws it.
 */
class ReportSiteTest {
  private static final LocalDate RUN_DATE = LocalDate.of(2022, 1, 10);

  @TempDir static Path output;
  private static Path index;

  @BeforeAll
  static void runAndReport() {
    RunJob.run(
        SparkTestSession.get(),
        new RunRequest(
            List.of("src/sample/corpus"),
            Optional.empty(),
            output.toString(),
            RUN_DATE,
            ParallaxConfig.defaults().withOutletsRegistry("src/sample/outlets.csv")));
    index = ReportSite.build(output, output.resolve("report"), null);
  }

  @Test
  void theIndexLinksEveryPageAndEveryLinkResolves() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(index.getParent())) {
      pages = files.filter(f -> f.toString().endsWith(".html")).toList();
    }
    Document home = Jsoup.parse(index.toFile(), "UTF-8");

    assertThat(home.select("table#stories tbody tr")).hasSizeGreaterThan(30);
    assertThat(home.select("a[href^=story/]")).isNotEmpty();
    for (Path page : pages) {
      for (Element link :
          Jsoup.parse(page.toFile(), "UTF-8").select("a[href], script[src], link[href]")) {
        String target = link.hasAttr("src") ? link.attr("src") : link.attr("href");
        if (!target.startsWith("http")) {
          assertThat(page.getParent().resolve(target)).as("%s → %s", page, target).exists();
        }
      }
    }
  }

  @Test
  void theSeedStoryPageSetsBothOutletsSideBySideWithTheirOmissions() throws IOException {
    Path story = seedStoryPage();
    Document page = Jsoup.parse(story.toFile(), "UTF-8");

    assertThat(page.select("table.side thead th").eachText())
        .containsExactly("Al Mayadeen", "Unnamed Cambodian outlet");
    String omissions = page.select("table.omissions").text();
    assertThat(omissions).contains("100,000 troops", "gun to the head", "tensest point");
    assertThat(omissions).contains("Brussels", "Vienna", "businesslike");
    // A claim row shows the model's confidence and the omitting outlet's closest sentence.
    assertThat(page.select("table.omissions thead").first().text())
        .contains("confidence", "closest sentence of this outlet");
    assertThat(omissions).containsPattern("0\\.\\d+ .*of its words\\)");
    // At most 15 facts per outlet; the rest are counted, not silently cut.
    for (Element table : page.select("table.omissions")) {
      assertThat(table.select("tbody tr").size())
          .isLessThanOrEqualTo(ReportSite.OMISSIONS_SHOWN_PER_OUTLET);
    }
    assertThat(page.select("p.more").eachText())
        .allSatisfy(more -> assertThat(more).containsPattern("^\\d+ more omissions of "));
    // Coverage by lean and by country, then quoted sides and frames.
    assertThat(page.select("div.chart")).hasSize(4);
    assertThat(page.select("select.group-select option").eachText())
        .containsExactly("lean", "country");
    assertThat(page.select("div.group-chart[data-group=country] p.who").text())
        .isEqualTo("Cambodia: Unnamed Cambodian outlet (50 %) Lebanon: Al Mayadeen (50 %)");
    // Without a bias model the comparison has no row for one.
    assertThat(page.select("table.side").text())
        .contains("loaded words")
        .doesNotContain("bias model");
  }

  @Test
  void theIndexListsTheBlindspotsAndAnOutletPageItsGroups() throws IOException {
    Document home = Jsoup.parse(index.toFile(), "UTF-8");
    // The sample's roundups have one outlet per side, and its few British outlets are not
    // expected in any three-article story: no blindspots, and the page says so.
    assertThat(home.select("h2:contains(Blindspots) + p").text())
        .startsWith("No story that outlets of one group cover well");
    assertThat(home.select("table#stories td").eachText()).anyMatch(t -> t.startsWith("lean: "));
    Element bbc = home.select("ul.outlets a:contains(BBC News)").first();
    Document outlet = Jsoup.parse(index.getParent().resolve(bbc.attr("href")).toFile(), "UTF-8");
    assertThat(outlet.select("table.profile tr").eachText()).contains("country UK", "lean center");
  }

  @Test
  void chromiumDrawsTheChartsWithoutConsoleErrors() throws Exception {
    String chromium = chromium();
    boolean ci = "true".equals(System.getenv("CI"));
    if (ci) {
      assertThat(chromium).as("CI installs Debian's chromium (.ci/run)").isNotNull();
    }
    assumeTrue(chromium != null, "chromium is not installed");
    Path shots = Files.createDirectories(Path.of("target/report-screenshots"));
    for (Path page : List.of(index, seedStoryPage())) {
      String url = page.toUri().toString();
      Browser dom = browse(chromium, "--dump-dom", url);
      assertThat(dom.exitCode()).as(dom.log()).isZero();
      Document drawn = Jsoup.parse(dom.out());
      for (Element chart : drawn.select("div.chart")) {
        assertThat(chart.select("svg path, svg rect").size()).as(chart.id()).isPositive();
      }
      assertThat(dom.log())
          .doesNotContain("Uncaught")
          .doesNotContain(":ERROR:CONSOLE")
          .doesNotContain("Content Security Policy");
      if (page.getParent().getFileName().toString().equals("story")) {
        // As the browser shows it: both outlets, and what each leaves out.
        assertThat(drawn.select("table.side thead th").eachText())
            .containsExactly("Al Mayadeen", "Unnamed Cambodian outlet");
        assertThat(drawn.select("table.omissions").text())
            .contains("100,000 troops", "gun to the head", "businesslike", "Vienna");
      }
      String name = page.getFileName().toString().replace(".html", ".png");
      Browser shot = browse(chromium, "--screenshot=" + shots.resolve(name).toAbsolutePath(), url);
      assertThat(shot.exitCode()).as(shot.log()).isZero();
      assertThat(shots.resolve(name)).isNotEmptyFile();
    }
  }

  private record Browser(int exitCode, String out, String log) {}

  private static Browser browse(String chromium, String action, String url) throws Exception {
    Path out = Files.createTempFile(output, "dom", ".html");
    Path log = Files.createTempFile(output, "chromium", ".log");
    Process process =
        new ProcessBuilder(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=1300,1800",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + output.resolve("chromium-profile"),
                action,
                url)
            .redirectOutput(out.toFile())
            .redirectError(log.toFile())
            .start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new Browser(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }

  private static Path seedStoryPage() throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(index.getParent().resolve("story"))) {
      for (Path f : files.toList()) {
        if (Files.readString(f).contains("Al Mayadeen")) {
          found.add(f);
        }
      }
    }
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
