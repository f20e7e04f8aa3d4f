package io.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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
    String contentHash,
    String publishedAtSource,
    Map<String, Integer> boilerplateRemoved) {

  /** Where `published_at` came from: the record's own field, the page, the URL, or the crawl. */
  public static final String DATE_FROM_INPUT = "input";

  public Article {
    authors = List.copyOf(authors);
    boilerplateRemoved = Map.copyOf(boilerplateRemoved);
  }

  public LocalDate publishedDate() {
    return LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
  }
}
