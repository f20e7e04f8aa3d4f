package io.parallax.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a text file into raw records, lazily. JSON Lines: one record per non-blank line.
 * news-please: when the first non-blank line is a whole JSON value the file is read as JSON Lines,
 * otherwise the whole file is one record (the usual pretty-printed news-please file), or, when the
 * file holds a JSON array, one record per element (position: the element's 1-based index). An I/O
 * error ends the file with one {@link RawRecord#unreadable} record at the position where reading
 * stopped. A line (or news-please file) longer than the record limit becomes one `record_too_large`
 * record with its size and reading goes on at the next line; a file that passes its decompressed
 * size limit ends with one `file_too_large` record ({@link ByteLimitedInputStream}).
 */
public final class TextFileRecords implements Iterator<RawRecord> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String sourceFile;
  private final InputFormat format;
  private final BoundedLineReader reader;
  private final int maxRecordChars;
  private long lineNumber;
  private boolean wholeFile;
  private boolean started;
  private boolean finished;
  private RawRecord next;
  private Iterator<RawRecord> arrayElements;

  /** The file's reader when it starts with '[' (news-please): read as one streamed array. */
  private final Reader arrayFromStart;

  public TextFileRecords(String sourceFile, InputFormat format, Reader reader, int maxRecordChars) {
    if (format == InputFormat.PARQUET) {
      throw new IllegalArgumentException("Parquet is not a text format: " + sourceFile);
    }
    this.sourceFile = sourceFile;
    this.format = format;
    this.maxRecordChars = maxRecordChars;
    if (format == InputFormat.NEWS_PLEASE) {
      java.io.BufferedReader buffered = new java.io.BufferedReader(reader, 64 * 1024);
      this.arrayFromStart = startsWithArray(buffered) ? buffered : null;
      this.reader = new BoundedLineReader(buffered, maxRecordChars);
    } else {
      this.arrayFromStart = null;
      this.reader = new BoundedLineReader(reader, maxRecordChars);
    }
  }

  /**
   * Whether the file's first character (after blanks, however many, and a byte-order mark) opens a
   * JSON array; the reader is left at that character, and {@link #lineNumber} at the line before
   * it. An array on one line longer than the record limit is then still read element by element,
   * which a first line read whole could not be.
   */
  private boolean startsWithArray(java.io.BufferedReader in) {
    try {
      while (true) {
        in.mark(1);
        int c = in.read();
        if (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c))) {
          if (c == '\n') {
            lineNumber++;
          }
          continue;
        }
        in.reset();
        return c == '[';
      }
    } catch (IOException e) {
      return false; // read as lines, where the error surfaces as this file's row
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord record = next;
    next = null;
    return record;
  }

  private RawRecord readNext() {
    if (arrayElements != null) {
      return arrayElements.hasNext() ? arrayElements.next() : finish(null);
    }
    try {
      if (arrayFromStart != null && !started) {
        started = true;
        wholeFile = true;
        arrayElements = new StreamedArray(arrayFromStart);
        return arrayElements.hasNext() ? arrayElements.next() : finish(null);
      }
      BoundedLineReader.Line read = nextNonBlankLine();
      if (read == null) {
        return finish(null);
      }
      if (read instanceof BoundedLineReader.TooLong tooLong) {
        // A file whose first line is too long is read as lines: a news-please file's is "{".
        started = true;
        return tooLarge(lineNumber, tooLong.chars(), "line");
      }
      String line = ((BoundedLineReader.Text) read).text();
      if (!started) {
        started = true;
        // A news-please file is one article, or an array of them: on many lines, or on one (as
        // json.dumps writes it), when each element is still one record.
        wholeFile =
            format == InputFormat.NEWS_PLEASE
                && (!isWholeJsonValue(line) || line.stripLeading().startsWith("["));
      }
      if (!wholeFile) {
        return RawRecord.of(sourceFile, lineNumber, format, line);
      }
      long firstLine = lineNumber;
      if (line.stripLeading().startsWith("[")) {
        // Many articles in one JSON array: read element by element, each under the record limit.
        Reader rest = reader.rest();
        arrayElements =
            new StreamedArray(
                new Reader() {
                  private final java.io.StringReader first = new java.io.StringReader(line + "\n");
                  private boolean firstDone;

                  @Override
                  public int read(char[] into, int offset, int length) throws IOException {
                    if (!firstDone) {
                      int n = first.read(into, offset, length);
                      if (n > 0) {
                        return n;
                      }
                      firstDone = true;
                    }
                    return rest.read(into, offset, length);
                  }

                  @Override
                  public void close() throws IOException {
                    rest.close();
                  }
                });
        return arrayElements.hasNext() ? arrayElements.next() : finish(null);
      }
      StringBuilder whole = new StringBuilder(line);
      long wholeChars = line.length();
      for (BoundedLineReader.Line rest = reader.next(); rest != null; rest = reader.next()) {
        wholeChars += 1 + length(rest);
        if (whole != null && wholeChars <= maxRecordChars) {
          whole.append('\n').append(((BoundedLineReader.Text) rest).text());
        } else {
          whole = null; // too large: the rest is only counted
        }
      }
      if (whole == null) {
        return finish(tooLarge(firstLine, wholeChars, "file"));
      }
      return finish(RawRecord.of(sourceFile, firstLine, format, whole.toString()));
    } catch (ByteLimitedInputStream.LimitReached e) {
      return finish(
          RawRecord.notRead(
              sourceFile,
              lineNumber + 1,
              format,
              ReasonCode.FILE_TOO_LARGE,
              "the file passed "
                  + e.maxBytes()
                  + " bytes once decompressed (ingest.max-file-mb) at line "
                  + (lineNumber + 1)
                  + "; the lines before it were read, the rest of the file was not"));
    } catch (IOException | UncheckedIOException e) {
      return finish(
          RawRecord.unreadable(
              sourceFile,
              lineNumber + 1,
              format,
              "reading stopped at line "
                  + (lineNumber + 1)
                  + ": "
                  + e.getMessage()
                  + "; records after this point in the file were not read"));
    }
  }

  private RawRecord finish(RawRecord last) {
    finished = true;
    try {
      reader.close();
    } catch (IOException ignored) {
      // Nothing more is read from it; a failed close loses no record.
    }
    return last;
  }

  private static long length(BoundedLineReader.Line line) {
    return line instanceof BoundedLineReader.TooLong tooLong
        ? tooLong.chars()
        : ((BoundedLineReader.Text) line).text().length();
  }

  private RawRecord tooLarge(long position, long chars, String what) {
    return RawRecord.notRead(
        sourceFile,
        position,
        format,
        ReasonCode.RECORD_TOO_LARGE,
        "the record's "
            + what
            + " is "
            + chars
            + " characters long, more than ingest.max-record-mb allows ("
            + maxRecordChars
            + " characters)"
            + (what.equals("line") ? "; reading went on at the next line" : ""));
  }

  private BoundedLineReader.Line nextNonBlankLine() throws IOException {
    for (BoundedLineReader.Line read = reader.next(); read != null; read = reader.next()) {
      lineNumber++;
      if (read instanceof BoundedLineReader.TooLong) {
        return read;
      }
      String line = ((BoundedLineReader.Text) read).text();
      if (lineNumber == 1 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        return new BoundedLineReader.Text(line);
      }
    }
    return null;
  }

  /**
   * The elements of a JSON array, one record each (position: the element's 1-based index), split by
   * {@link JsonArraySplitter} and parsed later one by one: an element that is no valid JSON, or
   * breaks a parser limit, is one `bad_json` record and the elements after it are read. An element
   * longer than the record limit is one `record_too_large` record. Where the file stops being an
   * array, one `bad_json` record says where, and reading ends.
   */
  private final class StreamedArray implements Iterator<RawRecord> {
    private final JsonArraySplitter splitter;
    private long index;
    private RawRecord next;
    private boolean done;

    StreamedArray(Reader content) throws IOException {
      this.splitter = new JsonArraySplitter(content, maxRecordChars);
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = readElement();
      }
      return next != null;
    }

    @Override
    public RawRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RawRecord element = next;
      next = null;
      return element;
    }

    private RawRecord readElement() {
      index++;
      try {
        JsonArraySplitter.Piece piece = splitter.next();
        if (piece == null) {
          done = true;
          return null;
        }
        if (piece instanceof JsonArraySplitter.Element element) {
          return RawRecord.of(sourceFile, index, format, element.text());
        }
        if (piece instanceof JsonArraySplitter.TooLarge tooLarge) {
          return tooLarge(index, tooLarge.chars(), "array element");
        }
        if (piece instanceof JsonArraySplitter.Broken broken) {
          done = true;
          return RawRecord.notRead(
              sourceFile,
              index,
              format,
              ReasonCode.BAD_JSON,
              broken.why()
                  + " (at element "
                  + index
                  + "); the elements before it were read, what follows was not");
        }
        return RawRecord.notRead(
            sourceFile,
            index,
            format,
            ReasonCode.BAD_JSON,
            "array element " + index + " is empty (a comma with no value before it)");
      } catch (ByteLimitedInputStream.LimitReached e) {
        done = true;
        return RawRecord.notRead(
            sourceFile,
            index,
            format,
            ReasonCode.FILE_TOO_LARGE,
            "the file passed "
                + e.maxBytes()
                + " bytes once decompressed (ingest.max-file-mb) in array element "
                + index
                + "; the elements before it were read, the rest of the file was not");
      } catch (IOException e) {
        done = true;
        return RawRecord.unreadable(
            sourceFile,
            index,
            format,
            "reading stopped in array element "
                + index
                + ": "
                + e.getMessage()
                + "; the elements before it were read, the rest of the file was not");
      }
    }
  }

  private static boolean isWholeJsonValue(String line) {
    try {
      JSON.readTree(line);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
