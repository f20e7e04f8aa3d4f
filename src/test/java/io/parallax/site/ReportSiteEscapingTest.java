package io.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What article text, titles, outlet names and URLs become on a report page. */
class ReportSiteEscapingTest {
  @Test
  void onlyHttpAndHttpsAddressesBecomeLinks() {
    assertThat(ReportSite.articleLink("https://example.com/a?b=1&c=2", "Talks"))
        .isEqualTo(
            "<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\">"
                + "Talks</a>");
    assertThat(ReportSite.articleLink("HTTP://example.com/", "Talks")).startsWith("<a href=");
    for (String hostile :
        List.of(
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "java\tscript:alert(1)")) {
      String shown = ReportSite.articleLink(hostile, "Talks");
      assertThat(shown).as(hostile).doesNotContain("<a ").doesNotContain("<script");
      assertThat(shown).startsWith("Talks <span class=\"url\">");
    }
  }

  @Test
  void embeddedChartDataCannotEndItsScriptElementOrOpenAComment() throws Exception {
    Map<String, Object> option =
        Map.of(
            "yAxis", Map.of("data", List.of("<!--<script>", "</script><script>alert(1)", "A&B")));
    String json = ReportSite.scriptSafeJson(option);
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(new ObjectMapper().readValue(json, Map.class)).isEqualTo(option);
  }

  @Test
  void aMissingTitleIsShownAsUntitled() {
    assertThat(ReportSite.titleOf(null)).isEqualTo("(untitled)");
    assertThat(ReportSite.titleOf(" ")).isEqualTo("(untitled)");
    assertThat(ReportSite.titleOf("Talks")).isEqualTo("Talks");
  }

  @Test
  void outletPageNamesAreShortSafeAndDistinct() {
    String long300 = "Outlet ".repeat(45);
    Map<String, String> names =
        PageNames.forOutlets(
            List.of(
                "Fox News", "FOx ##NeWS", "fox news", "../../etc/passwd", "<!--<script>", long300));
    assertThat(names.values()).doesNotHaveDuplicates();
    assertThat(names.values())
        .allSatisfy(
            name -> {
              assertThat(name).matches("[a-z0-9-]+");
              assertThat(name.length()).isLessThanOrEqualTo(PageNames.MAX_READABLE + 16);
            });
    assertThat(names.get("Fox News")).startsWith("fox-news-");
    assertThat(names.get("<!--<script>")).startsWith("script-");
  }
}
