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
  void theOutletIsTheHostWithoutWww() {
    assertThat(WarcArticles.outletOf("https://www.BBC.co.uk/news/x")).isEqualTo("bbc.co.uk");
    assertThat(WarcArticles.outletOf("http://apnews.com/a")).isEqualTo("apnews.com");
  }
}
