package io.parallax.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails with {@link LimitReached} once more than {@code maxBytes} have been
 * read from it: the bound on a file's decompressed size (a 2 MB gzip can hold 2 GB).
 */
public final class ByteLimitedInputStream extends FilterInputStream {
  /** Thrown when the stream passes its limit. */
  public static final class LimitReached extends IOException {
    private final long maxBytes;

    LimitReached(long maxBytes) {
      super("the file is larger than " + maxBytes + " bytes once decompressed");
      this.maxBytes = maxBytes;
    }

    public long maxBytes() {
      return maxBytes;
    }
  }

  private final long maxBytes;
  private long count;

  public ByteLimitedInputStream(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    int n = super.read(bytes, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws LimitReached {
    count += n;
    if (count > maxBytes) {
      throw new LimitReached(maxBytes);
    }
  }
}
