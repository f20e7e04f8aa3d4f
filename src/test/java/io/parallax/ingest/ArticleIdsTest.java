package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void derivedIdIsStableAndIgnoresLineEndingsAndOutletSpelling() {
    String id =
        ArticleIds.derive(
            "www.Example.com", "https://example.com/a", null, "Line one\r\nLine two\n");

    assertThat(id).matches("h[0-9a-f]{32}");
    assertThat(
            ArticleIds.derive("example.com", "https://example.com/a", null, "Line one\nLine two"))
        .isEqualTo(id);
  }

  @Test
  void derivedIdChangesWithOutletUrlOrText() {
    String id = ArticleIds.derive("example.com", "https://example.com/a", "T", "Text");

    assertThat(ArticleIds.derive("other.com", "https://example.com/a", "T", "Text"))
        .isNotEqualTo(id);
    assertThat(ArticleIds.derive("example.com", "https://example.com/b", "T", "Text"))
        .isNotEqualTo(id);
    assertThat(ArticleIds.derive("example.com", "https://example.com/a", "T", "Text!"))
        .isNotEqualTo(id);
  }

  @Test
  void titleStandsInForAMissingUrl() {
    assertThat(ArticleIds.derive("o", null, "Title A", "Text"))
        .isNotEqualTo(ArticleIds.derive("o", null, "Title B", "Text"));
  }

  @Test
  void contentHashIsSha256Hex() {
    assertThat(ArticleIds.contentHash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
