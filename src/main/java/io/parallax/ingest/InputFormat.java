package io.parallax.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input layouts Parallax reads, and how a file's name tells which one it is. */
public enum InputFormat {
  /** One JSON object per line, contract or news-please field names. */
  JSONL("jsonl", ".jsonl", ".ndjson"),
  /** news-please output: one object per file (possibly pretty-printed), or one object per line. */
  NEWS_PLEASE("news-please", ".json"),
  /** Parquet with the contract's (or news-please's) column names. */
  PARQUET("parquet", ".parquet"),
  /** WARC files of HTTP responses (CC-NEWS), optionally gzipped per record (.warc.gz). */
  WARC("warc", ".warc");

  private static final String[] COMPRESSION_SUFFIXES = {
    ".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy"
  };

  private final String id;
  private final String[] suffixes;

  InputFormat(String id, String... suffixes) {
    this.id = id;
    this.suffixes = suffixes;
  }

  /** The name used on the command line and in `quarantine.source_format`. */
  public String id() {
    return id;
  }

  /** Parses a --format value; empty for "auto". */
  public static Optional<InputFormat> fromFlag(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    if (wanted.equals("auto")) {
      return Optional.empty();
    }
    for (InputFormat format : values()) {
      if (format.id.equals(wanted)) {
        return Optional.of(format);
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + value + "'; use auto, jsonl, news-please, parquet or warc");
  }

  /**
   * The format a file name implies (compression suffixes such as .gz are looked through), if any.
   */
  public static Optional<InputFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String compression : COMPRESSION_SUFFIXES) {
      if (name.endsWith(compression)) {
        name = name.substring(0, name.length() - compression.length());
        break;
      }
    }
    for (InputFormat format : values()) {
      for (String suffix : format.suffixes) {
        if (name.endsWith(suffix)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }
}
