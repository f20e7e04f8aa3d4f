package io.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
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
    // Anything but blank bytes before the next record was lost; a record may follow junk that
    // ends without a line break ("junkWARC/1.0"), so the marker is looked for anywhere.
    boolean blank = isBlank(first);
    long offset = brokenAt + 1;
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
        return new NextWarcRecord(
            new SequenceInputStream(new ByteArrayInputStream(RECORD_START), bytes), start, blank);
      }
    }
    bytes.close();
    return null;
  }

  private static boolean isBlank(int b) {
    return b == '\r' || b == '\n' || b == ' ' || b == '\t';
  }
}
