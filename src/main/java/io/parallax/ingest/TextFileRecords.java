package io.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

  public TextFileRecords(String sourceFile, InputFormat format, Reader reader, int maxRecordChars) {
    if (format == InputFormat.PARQUET) {
      throw new IllegalArgumentException("Parquet is not a text format: " + sourceFile);
    }
    this.sourceFile = sourceFile;
    this.format = format;
    this.reader = new BoundedLineReader(reader, maxRecordChars);
    this.maxRecordChars = maxRecordChars;
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
        wholeFile = format == InputFormat.NEWS_PLEASE && !isWholeJsonValue(line);
      }
      if (!wholeFile) {
        return RawRecord.of(sourceFile, lineNumber, format, line);
      }
      long firstLine = lineNumber;
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
      String content = whole.toString();
      if (content.stripLeading().startsWith("[")) {
        arrayElements = arrayElements(content);
        if (arrayElements != null) {
          return arrayElements.hasNext() ? arrayElements.next() : finish(null);
        }
      }
      return finish(RawRecord.of(sourceFile, firstLine, format, content));
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

  /** One record per element of a JSON array; null when the content is not a valid array. */
  private Iterator<RawRecord> arrayElements(String content) {
    JsonNode array;
    try {
      array = JSON.readTree(content);
    } catch (IOException e) {
      return null;
    }
    if (array == null || !array.isArray()) {
      return null;
    }
    List<RawRecord> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      elements.add(RawRecord.of(sourceFile, i + 1L, format, array.get(i).toString()));
    }
    return elements.iterator();
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
