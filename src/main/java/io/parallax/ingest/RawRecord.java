package io.parallax.ingest;

import java.io.Serializable;

/**
 * One input record as read, before any interpretation.
 *
 * @param sourceFile the file it came from
 * @param position 1-based line (text formats) or row (Parquet) of the record in its file
 * @param format the reader that produced it ({@link InputFormat#id()})
 * @param raw the record's text: a JSON line, a whole news-please file, or a Parquet row as JSON
 * @param readError set instead of {@code raw} when the file could not be read from this position on
 */
public record RawRecord(
    String sourceFile, long position, String format, String raw, String readError)
    implements Serializable {

  public static RawRecord of(String sourceFile, long position, InputFormat format, String raw) {
    return new RawRecord(sourceFile, position, format.id(), raw, null);
  }

  public static RawRecord unreadable(
      String sourceFile, long position, InputFormat format, String error) {
    return new RawRecord(sourceFile, position, format.id(), "", error);
  }
}
