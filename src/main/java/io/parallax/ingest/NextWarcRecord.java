package io.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The next WARC record behind one that could not be parsed: a scan of the bytes that follow it for
 * the next `WARC/` (in a gzipped file, of its decompressed bytes). WARC records carry no index, so
 * this is how a reader resynchronises.
 *
 * @param stream the file from the next record's first byte on
 * @param offset that byte's offset in the file
 * @param skippedOnlyBlankLines whether everything skipped was CR, LF, space or tab (an extra blank
 *     line between records: nothing was lost)
 */
record NextWarcRecord(InputStream stream, long offset, boolean skippedOnlyBlankLines) {
  private static final byte[] RECORD_START = "WARC/".getBytes(StandardCharsets.US_ASCII);

  /**
   * The next record in {@code in}, which starts at the broken record's first byte ({@code brokenAt}
   * in the file); null when none follows. The broken record's own start is never taken again, so
   * each call moves on.
   */
  static NextWarcRecord find(InputStream in, long brokenAt) throws IOException {
    InputStream bytes = new BufferedInputStream(in, 64 * 1024);
    int first = bytes.read();
    if (first < 0) {
      bytes.close();
      return null;
    }
    // Not closed when no record is found: a gzip break may have ended the stream for a while.
    return scan(bytes, brokenAt + 1, isBlank(first));
  }

  /** How far a broken record's header is looked through for its Content-Length. */
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  /**
   * Where a broken record ends by its own Content-Length when a `WARC/` starts there (after blank
   * lines), read from {@code in}, the file from the record's first byte ({@code brokenAt}); -1 when
   * it is not a record (junk), its header names no length, or no record starts where it ends. The
   * stream is closed.
   */
  static long endByContentLength(InputStream in, long brokenAt) throws IOException {
    try (InputStream bytes = new BufferedInputStream(in, 64 * 1024)) {
      byte[] head = bytes.readNBytes(MAX_HEADER_BYTES);
      String text = new String(head, StandardCharsets.ISO_8859_1);
      int headerEnd = text.indexOf("\r\n\r\n");
      if (!text.startsWith("WARC/") || headerEnd < 0 || text.lastIndexOf("WARC/", headerEnd) > 0) {
        return -1; // junk, not a record's header: its bytes say nothing of where it ends
      }
      long end = endOfRecordAt(head, 0);
      if (end < 0) {
        return -1;
      }
      long skip = end - head.length;
      if (skip > 0 && bytes.skip(skip) != skip) {
        return -1;
      }
      byte[] after =
          skip >= 0
              ? bytes.readNBytes(64)
              : java.util.Arrays.copyOfRange(
                  head, (int) end, (int) Math.min(head.length, end + 64));
      int i = 0;
      while (i < after.length && isBlank(after[i])) {
        i++;
      }
      boolean record =
          after.length - i >= RECORD_START.length
              && java.util.Arrays.equals(
                  after, i, i + RECORD_START.length, RECORD_START, 0, RECORD_START.length);
      return record ? brokenAt + end + i : -1;
    }
  }

  /**
   * The first record in {@code in} at or after its first byte ({@code at} in the file), whose
   * stream ends for a while (a gzip break); null when none is found before the stream ends. The
   * stream is neither closed nor read through a buffer, so that it can be read on behind the break.
   */
  static NextWarcRecord atOrAfter(InputStream in, long at) throws IOException {
    return scan(in, at, true);
  }

  /**
   * Scans {@code bytes}, the file from {@code offset} on, for the next `WARC/`; {@code blank}:
   * whether what was skipped before them was blank.
   */
  private static NextWarcRecord scan(InputStream bytes, long offset, boolean blank)
      throws IOException {
    // Anything but blank bytes before the next record was lost; a record may follow junk that
    // ends without a line break ("junkWARC/1.0"), so the marker is looked for anywhere.
    int matched = 0;
    for (int b = bytes.read(); b >= 0; b = bytes.read(), offset++) {
      if (b == (RECORD_START[matched] & 0xff)) {
        matched++;
      } else {
        for (int i = 0; i < matched; i++) {
          blank &= isBlank(RECORD_START[i]);
        }
        matched = b == (RECORD_START[0] & 0xff) ? 1 : 0;
        blank &= matched == 1 || isBlank(b);
      }
      if (matched == RECORD_START.length) {
        long start = offset - RECORD_START.length + 1;
        // Put back, not a SequenceInputStream: that one closes the stream at its end and reads
        // no further, and a gzip break ends it only for a while.
        PushbackInputStream stream = new PushbackInputStream(bytes, RECORD_START.length);
        stream.unread(RECORD_START);
        return new NextWarcRecord(stream, start, blank);
      }
    }
    return null;
  }

  private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * Where the record whose header starts at {@code at} ends by its Content-Length: after its block,
   * before the blank lines that close it (the end may lie past {@code bytes}); -1 when its header
   * does not end in {@code bytes} or names no length.
   */
  static long endOfRecordAt(byte[] bytes, int at) {
    int headerEnd = indexOf(bytes, HEADER_END, at);
    if (headerEnd < 0) {
      return -1;
    }
    long length = contentLength(new String(bytes, at, headerEnd - at, StandardCharsets.ISO_8859_1));
    return length < 0 ? -1 : headerEnd + 4L + length;
  }

  /** A WARC header's Content-Length ({@link #lengthValue}); -1 when it names none. */
  static long contentLength(String header) {
    for (String line : header.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).stripTrailing().equalsIgnoreCase("Content-Length")) {
        return lengthValue(line.substring(colon + 1));
      }
    }
    return -1;
  }

  /** A Content-Length value: 1 to 18 digits (spaces around them aside); -1 for anything else. */
  static long lengthValue(String value) {
    String digits = value.strip();
    return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : -1;
  }

  static int indexOf(byte[] bytes, byte[] needle, int from) {
    for (int i = from; i + needle.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  /** A byte of a blank line: CR, LF, space or tab. */
  static boolean isBlank(int b) {
    return b == '\r' || b == '\n' || b == ' ' || b == '\t';
  }

  /** A byte copy tools and tape blocks pad with: a blank one or NUL. */
  static boolean isPadding(int b) {
    return isBlank(b) || b == 0;
  }
}
