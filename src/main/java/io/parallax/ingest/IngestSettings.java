package io.parallax.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * The ingest stage's configuration.
 *
 * @param trustInputLanguage use a record's own two-letter `language` instead of detecting one
 * @param maxRawChars quarantine keeps at most this many characters of a raw record
 * @param extraStockLinePatterns more whole-line regular expressions for boilerplate lines to drop
 * @param maxTextChars an article whose clean text is longer is quarantined (`text_too_long`)
 * @param templateMinArticles a line found in this many articles of one outlet is its template
 * @param templateHistoryDays earlier runs' articles of this many days back count toward that
 */
public record IngestSettings(
    boolean trustInputLanguage,
    int maxRawChars,
    List<String> extraStockLinePatterns,
    int maxTextChars,
    int templateMinArticles,
    int templateHistoryDays)
    implements Serializable {

  /**
   * Five articles: a wire background paragraph reused in a running story's follow-ups recurs in two
   * to four, a site's template line in every article.
   */
  public static final int DEFAULT_TEMPLATE_MIN_ARTICLES = 5;

  public static final int DEFAULT_TEMPLATE_HISTORY_DAYS = 30;

  /** The default longest article: 200,000 characters, about 33,000 words, beyond any news story. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

  public IngestSettings {
    extraStockLinePatterns = List.copyOf(extraStockLinePatterns);
    if (maxRawChars < 256) {
      throw new IllegalArgumentException("maxRawChars must be at least 256, got " + maxRawChars);
    }
    if (templateMinArticles < 2 || templateHistoryDays < 0) {
      throw new IllegalArgumentException(
          "templateMinArticles must be 2 or more and templateHistoryDays 0 or more");
    }
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be 1 or more, got " + maxTextChars);
    }
  }

  public IngestSettings(
      boolean trustInputLanguage, int maxRawChars, List<String> extraStockLinePatterns) {
    this(
        trustInputLanguage,
        maxRawChars,
        extraStockLinePatterns,
        DEFAULT_MAX_TEXT_CHARS,
        DEFAULT_TEMPLATE_MIN_ARTICLES,
        DEFAULT_TEMPLATE_HISTORY_DAYS);
  }

  public static IngestSettings defaults() {
    return new IngestSettings(true, 65_536, List.of());
  }
}
