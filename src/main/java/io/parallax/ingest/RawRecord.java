package io.parallax.ingest;

import java.io.Serializable;

/**
 * One input record as read, before any interpretation.
 *
 * @param sourceFile the file it came from
 * @param position 1-based line (text formats) or row (Parquet) of the record in its file
 * @param format the reader that produced it ({@link InputFormat#id()})
 * @param raw the record's text: a JSON line, a whole news-please file, or a Parquet row as JSON
 * @param readError set instead of {@code raw} when the record could not be read: the file from this
 *     position on, this one record when it was too large, or (WARC) the bytes up to the next record
 *     that could be found
 * @param readReason the quarantine reason code for {@code readError} (unreadable_file when null)
 */
public record RawRecord(
    String sourceFile,
    long position,
    String format,
    String raw,
    String readError,
    String readReason)
    implements Serializable {

  public static RawRecord of(String sourceFile, long position, InputFormat format, String raw) {
    return new RawRecord(sourceFile, position, format.id(), raw, null, null);
  }

  public static RawRecord unreadable(
      String sourceFile, long position, InputFormat format, String error) {
    return new RawRecord(sourceFile, position, format.id(), "", error, null);
  }

  /** A record that was not read for a reason of its own (record_too_large, file_too_large). */
  public static RawRecord notRead(
      String sourceFile, long position, InputFormat format, ReasonCode reason, String error) {
    return new RawRecord(sourceFile, position, format.id(), "", error, reason.code());
  }

  /** Why the record was not read, when it was not. */
  public ReasonCode readReasonCode() {
    if (readError == null) {
      return null;
    }
    for (ReasonCode code : ReasonCode.values()) {
      if (code.code().equals(readReason)) {
        return code;
      }
    }
    return ReasonCode.UNREADABLE_FILE;
  }
}
