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
 * @param maxRecordMb a longer record (a JSON line, a news-please file), in MiB of characters, is
 *     quarantined unread (`record_too_large`)
 * @param maxFileMb a file is read up to this many MiB once decompressed; the rest is quarantined
 *     (`file_too_large`)
 */
public record IngestSettings(
    boolean trustInputLanguage,
    int maxRawChars,
    List<String> extraStockLinePatterns,
    int maxTextChars,
    int templateMinArticles,
    int templateHistoryDays,
    int maxRecordMb,
    long maxFileMb)
    implements Serializable {

  /**
   * Five articles: a wire background paragraph reused in a running story's follow-ups recurs in two
   * to four, a site's template line in every article.
   */
  public static final int DEFAULT_TEMPLATE_MIN_ARTICLES = 5;

  public static final int DEFAULT_TEMPLATE_HISTORY_DAYS = 30;

  /** The default longest article: 200,000 characters, about 33,000 words, beyond any news story. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

  /** 16 MiB of characters: a hundred times a long article with its HTML. */
  public static final int DEFAULT_MAX_RECORD_MB = 16;

  /** 16 GiB decompressed: a night of a large crawl, and not a compression bomb's 2 TB. */
  public static final long DEFAULT_MAX_FILE_MB = 16_384;

  private static final long MIB = 1024L * 1024L;

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
    if (maxRecordMb < 1 || maxRecordMb > 1024 || maxFileMb < 1) {
      throw new IllegalArgumentException(
          "maxRecordMb must be 1 to 1024 and maxFileMb 1 or more, got "
              + maxRecordMb
              + " and "
              + maxFileMb);
    }
  }

  /** The longest record read, in characters. */
  public int maxRecordChars() {
    return (int) Math.min(Integer.MAX_VALUE - 16, maxRecordMb * MIB);
  }

  /** The most bytes read of one file, decompressed. */
  public long maxFileBytes() {
    return maxFileMb * MIB;
  }

  public IngestSettings(
      boolean trustInputLanguage, int maxRawChars, List<String> extraStockLinePatterns) {
    this(
        trustInputLanguage,
        maxRawChars,
        extraStockLinePatterns,
        DEFAULT_MAX_TEXT_CHARS,
        DEFAULT_TEMPLATE_MIN_ARTICLES,
        DEFAULT_TEMPLATE_HISTORY_DAYS,
        DEFAULT_MAX_RECORD_MB,
        DEFAULT_MAX_FILE_MB);
  }

  public static IngestSettings defaults() {
    return new IngestSettings(true, 65_536, List.of());
  }
}
