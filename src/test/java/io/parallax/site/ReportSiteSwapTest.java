package io.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt report replaces its pages whole (ninth probe: another date's pages stayed). */
class ReportSiteSwapTest {
  @TempDir Path dir;

  @Test
  void aRebuildLeavesNoPageOfTheBuildBeforeAndNothingElseIsTouched() throws Exception {
    Path site = dir.resolve("report");
    Files.createDirectories(site.resolve("story"));
    Files.writeString(site.resolve("story/yesterday.html"), "old story");
    Files.writeString(site.resolve("index.html"), "old index");
    Files.writeString(site.resolve("notes.txt"), "the analyst's own file");
    Path building = site.resolve(".building-1");
    Files.createDirectories(building.resolve("story"));
    Files.writeString(building.resolve("story/today.html"), "new story");
    Files.writeString(building.resolve("index.html"), "new index");

    ReportSite.swapIn(building, site);

    try (var pages = Files.list(site.resolve("story"))) {
      assertThat(pages.map(p -> p.getFileName().toString())).containsExactly("today.html");
    }
    assertThat(site.resolve("index.html")).hasContent("new index");
    assertThat(site.resolve("notes.txt")).hasContent("the analyst's own file");
    try (var left = Files.list(site)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("story", "index.html", "notes.txt", ".building-1");
    }
  }
}
