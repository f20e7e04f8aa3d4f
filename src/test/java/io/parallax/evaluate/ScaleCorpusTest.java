package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<RealArticles.Article> POOL =
      List.of(
          new RealArticles.Article("a", "Fox News", "Quake hits", "A quake hit."),
          new RealArticles.Article("b", "Reuters", "", "Talks began."),
          new RealArticles.Article("c", "polnear", "Vote", "The vote."));

  @Test
  void theFirstCopyIsTheRealArticlesAndLaterOnesAreRelabelledEditionsAYearOn() throws Exception {
    JsonNode first = JSON.readTree(ScaleCorpus.record(POOL, 0));
    JsonNode edition = JSON.readTree(ScaleCorpus.record(POOL, 3));
    JsonNode third = JSON.readTree(ScaleCorpus.record(POOL, 7));

    assertThat(first.path("id").asText()).isEqualTo("a");
    assertThat(first.path("outlet").asText()).isEqualTo("Fox News");
    assertThat(first.path("published_at").asText()).isEqualTo("2021-01-01");
    assertThat(edition.path("id").asText()).isEqualTo("a#1");
    assertThat(edition.path("outlet").asText()).isEqualTo("Fox News #1");
    assertThat(edition.path("text").asText()).isEqualTo("A quake hit.");
    assertThat(edition.path("published_at").asText()).isEqualTo("2022-01-01");
    // Article 7 is copy 2 of the second pool article, a third of a year into 2023.
    assertThat(third.path("id").asText()).isEqualTo("b#2");
    assertThat(third.path("published_at").asText()).isEqualTo("2023-05-02");
    assertThat(third.has("title")).isFalse();
    assertThat(ScaleCorpus.record(POOL, 7)).isEqualTo(ScaleCorpus.record(POOL, 7));
  }
}
