package io.parallax.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A decompressing stream whose file may be cut short: where the decompressor fails (gzip's
 * "Unexpected end of ZLIB input stream", a corrupt block), this stream ends instead, after every
 * byte that could be decompressed, and {@link #cutShort()} says why. The readers above it (a
 * charset decoder, a line reader) hold up to several kilobytes each; had the failure passed through
 * them, the complete records in those buffers were lost with it, and a small file lost them all.
 */
public final class CutShortInputStream extends FilterInputStream {
  private String cutShort;

  public CutShortInputStream(InputStream in) {
    super(in);
  }

  /** Why the stream ended early, or null when it ended where the file does. */
  public String cutShort() {
    return cutShort;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (cutShort != null) {
      return -1;
    }
    try {
      return super.read(into, offset, length);
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      cutShort = e.getMessage() == null ? e.toString() : e.getMessage();
      return -1;
    }
  }
}
