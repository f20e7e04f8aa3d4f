package io.parallax.ingest;

/**
 * What became of one raw record: an article, or a quarantine reason with a message. The raw text
 * travels with both, cut to the configured length, because a later check (duplicate ids) may still
 * quarantine an article.
 */
public record Outcome(
    RawRecord source,
    Article article,
    ReasonCode reason,
    String message,
    String articleId,
    String outlet,
    String rawExcerpt) {

  static Outcome accepted(RawRecord source, Article article, String rawExcerpt) {
    return new Outcome(
        source, article, null, null, article.articleId(), article.outlet(), rawExcerpt);
  }

  static Outcome rejected(
      RawRecord source,
      ReasonCode reason,
      String message,
      String articleId,
      String outlet,
      String rawExcerpt) {
    return new Outcome(source, null, reason, message, articleId, outlet, rawExcerpt);
  }

  public boolean isArticle() {
    return article != null;
  }

  /** Length of the whole raw record, before it was cut to {@link #rawExcerpt()}. */
  public long rawChars() {
    return source.raw().length();
  }
}
