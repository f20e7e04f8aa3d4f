package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticlesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void eachResponseIsOneRecordAndTheArticleKeepsOnlyItsStory() throws Exception {
    Path warc = WarcFixtures.write(dir.resolve("cc-news.warc.gz"));
    List<RawRecord> records = new ArrayList<>();
    try (InputStream in = Files.newInputStream(warc)) {
      new WarcArticles(warc.toString(), in).forEachRemaining(records::add);
    }

    // Four responses; the requests beside them are no candidates.
    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records).extracting(RawRecord::format).containsOnly("warc");
    JsonNode article = JSON.readTree(records.get(0).raw());
    assertThat(article.path("outlet").asText()).isEqualTo("example-news.com");
    assertThat(article.path("url").asText()).isEqualTo(WarcFixtures.ARTICLE_URL);
    assertThat(article.path("title").asText()).isEqualTo(WarcFixtures.ARTICLE_TITLE);
    assertThat(article.path("published_at").asText()).isEqualTo("2022-01-10T08:30:00Z");
    assertThat(article.path("language").asText()).isEqualTo("en");
    assertThat(article.path("text").asText())
        .contains("Senior diplomats from the United States and Russia", "businesslike", "Vienna")
        .doesNotContain("Subscribe to our newsletter", "Copyright 2022", "Storm hits the coast");
    assertThat(article.path("text").asText().lines()).hasSize(3);

    assertThat(JSON.readTree(records.get(1).raw()).path("not_an_article").asText())
        .isEqualTo("HTTP status 404");
    assertThat(JSON.readTree(records.get(2).raw()).path("not_an_article").asText())
        .isEqualTo("content type image/jpeg, not HTML");
    assertThat(JSON.readTree(records.get(3).raw()).path("not_an_article").asText())
        .startsWith("no main text");
  }

  @Test
  void aPageNestedTwentyThousandDeepIsNoArticleAndEndsNothing() throws Exception {
    String nested = "<div>".repeat(20_000) + BODY + "</div>".repeat(20_000);
    JsonNode record = page("https://example.org/deep", "<title>Deep</title>", nested);
    assertThat(record.path(RecordNormaliser.NOT_AN_ARTICLE_FIELD).asText())
        .startsWith("elements nested 2000");
    // A page of ordinary depth is read as before.
    JsonNode shallow =
        page("https://example.org/ok", "<title>Ok</title>", "<div>".repeat(50) + BODY);
    assertThat(shallow.path("text").asText()).contains("harbour board of Brindleford");
  }

  @Test
  void theOutletIsTheHostWithoutWww() {
    assertThat(WarcArticles.outletOf("https://www.BBC.co.uk/news/x")).isEqualTo("bbc.co.uk");
    assertThat(WarcArticles.outletOf("http://apnews.com/a")).isEqualTo("apnews.com");
  }

  private static final String BODY =
      "<article><p>"
          + "The harbour board of Brindleford voted on Tuesday to widen the northern channel, a plan"
          + " that fishermen have opposed for two years because of the dredging it needs. "
          + "</p><p>The board's chair said the work would start in the spring and end before the"
          + " summer season, and that the town would pay a third of its cost from the port fees."
          + "</p></article>";

  private static JsonNode page(String url, String head, String body) throws Exception {
    return JSON.readTree(
        WarcArticles.fromHtml(
            url,
            "<html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>",
            "2020-01-15T12:00:00Z"));
  }

  @Test
  void aPageDateInJsonLdGraphIsReadNotTheCrawlTime() throws Exception {
    JsonNode record =
        page(
            "https://example-news.com/harbour",
            "<title>Harbour vote</title><script type=\"application/ld+json\">{\"@context\":"
                + " \"https://schema.org\", \"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\":"
                + " \"NewsArticle\", \"headline\": \"Harbour vote\", \"datePublished\":"
                + " \"2019-11-19T19:47:00-05:00\"}]}</script>",
            BODY);
    assertThat(record.path("published_at").asText()).isEqualTo("2019-11-20T00:47:00Z");
    assertThat(record.path("published_at_source").asText()).isEqualTo("page");
    assertThat(record.path("title").asText()).isEqualTo("Harbour vote");
  }

  @Test
  void aFreeFormDateMetaTagsTimeAndTheUrlAreReadInTurnAndTheCrawlTimeIsTheLastResort()
      throws Exception {
    assertThat(
            page(
                    "https://example-news.com/harbour",
                    "<meta property=\"article:published_time\" content=\"not a date\">",
                    "<time>November 19, 2019, 07:47 PM EST</time>" + BODY)
                .path("published_at")
                .asText())
        .isEqualTo("2019-11-20T00:47:00Z");
    assertThat(
            page("https://example-news.com/2019/11/18/harbour-vote", "", BODY)
                .path("published_at_source")
                .asText())
        .isEqualTo("url");
    JsonNode undated = page("https://example-news.com/harbour", "", BODY);
    assertThat(undated.path("published_at").asText()).isEqualTo("2020-01-15T12:00:00Z");
    assertThat(undated.path("published_at_source").asText()).isEqualTo("crawl");
  }

  @Test
  void whenReadabilityFindsOnlyTheTitleTheArticlesOwnParagraphsAreTaken() throws Exception {
    // Paragraphs inside a div soup Readability scores low; the article element still holds them.
    String body =
        "<div class=\"sidebar\"><a href=\"/a\">One</a> <a href=\"/b\">Two</a></div>"
            + BODY.replace("<p>", "<p class=\"x\">");
    JsonNode record = page("https://example-news.com/harbour", "<title>Harbour vote</title>", body);
    assertThat(record.has("not_an_article")).isFalse();
    assertThat(record.path("text").asText()).contains("northern channel", "port fees");
  }

  @Test
  void aPageInAScriptWithoutSpacesIsAnArticleByItsCharacters() throws Exception {
    String japanese =
        "<article><p>"
            + "港湾委員会は火曜日、北側の航路を広げる計画を可決した。漁業者は二年間、浚渫が必要になるとして反対してきた。"
            + "委員長は、工事は春に始まり夏の観光シーズン前に終わると述べ、費用の三分の一を港の使用料から町が負担すると説明した。"
            + "</p></article>";
    JsonNode record = page("https://example-news.jp/kouwan", "", japanese);
    assertThat(record.has("not_an_article")).isFalse();
  }

  @Test
  void captionsRelatedStoriesAndShareBarsInsideTheArticleAreNotItsText() throws Exception {
    String body =
        "<article class=\"story-body\"><p>"
            + "The harbour board of Brindleford voted on Tuesday to widen the northern channel, a plan"
            + " that fishermen have opposed for two years because of the dredging it needs.</p>"
            + "<div class=\"article__caption\"><em>The best new dredger of the year.</em></div>"
            + "<div class=\"social-share\">Share on Facebook Share on Twitter</div>"
            + "<p>The board's chair said the work would start in the spring and end before the"
            + " summer season, and that the town would pay a third of its cost from the port fees.</p>"
            + "<aside id=\"related_stories\"><p>You might also like: Dredging in pictures, the"
            + " harbour through the years and more stories from the coast</p></aside>"
            + "</article>";

    String text =
        page("https://news.example.com/2020/01/15/harbour", "", body).path("text").asText();

    assertThat(text)
        .contains("voted on Tuesday", "port fees")
        .doesNotContain("dredger of the year", "Share on", "You might also like");
  }

  @Test
  void furnitureIsNamedByAWholePartOfAClassNotByAnyLettersInIt() {
    assertThat(WarcArticles.namesFurniture("related-stories")).isTrue();
    assertThat(WarcArticles.namesFurniture("story-body ad_slot")).isTrue();
    assertThat(WarcArticles.namesFurniture("header shared-content loaded")).isFalse();
    assertThat(WarcArticles.namesFurniture("")).isFalse();
  }
}
