package io.parallax.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of text (ended by \n, \r or \r\n, as {@link java.io.BufferedReader#readLine} does)
 * without ever holding more than {@code maxChars} of one line: a longer line is read to its end
 * without being kept and comes back as its length, so that one giant line (a file of one character
 * repeated, with no newline) costs time but no memory.
 */
public final class BoundedLineReader {
  /** A line as read: its text, or only its length when it is too long. */
  public sealed interface Line permits Text, TooLong {}

  public record Text(String text) implements Line {}

  public record TooLong(long chars) implements Line {}

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean skipLineFeed;

  public BoundedLineReader(Reader in, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be 1 or more, got " + maxChars);
    }
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  public Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? line(text, length) : null;
        }
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      int run = position - start;
      if (length + run <= maxChars) {
        text.append(buffer, start, run);
      } else if (length < maxChars) {
        text.setLength(0); // too long: from here on only its length is kept
        text.trimToSize();
      }
      length += run;
      if (position < limit) {
        skipLineFeed = buffer[position] == '\r';
        position++;
        return line(text, length);
      }
    }
  }

  private Line line(StringBuilder text, long length) {
    return length > maxChars ? new TooLong(length) : new Text(text.toString());
  }

  /**
   * The rest of the input as characters, with no line limit: for a reader that bounds what it keeps
   * itself (a JSON array read element by element).
   */
  public Reader rest() {
    return new Reader() {
      @Override
      public int read(char[] into, int offset, int length) throws IOException {
        if (position < limit) {
          int n = Math.min(length, limit - position);
          System.arraycopy(buffer, position, into, offset, n);
          position += n;
          return n;
        }
        return in.read(into, offset, length);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  public void close() throws IOException {
    in.close();
  }
}
