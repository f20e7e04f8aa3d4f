package io.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A valid, normalised article: what one `articles` row holds before deduplication. */
public record Article(
    String articleId,
    String outlet,
    String url,
    String title,
    List<String> authors,
    Instant publishedAt,
    String language,
    String languageSource,
    String excludedReason,
    String text,
    int wordCount,
    String contentHash) {

  public Article {
    authors = List.copyOf(authors);
  }

  public LocalDate publishedDate() {
    return LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
  }
}
