package io.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
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
 * stopped.
 */
public final class TextFileRecords implements Iterator<RawRecord> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String sourceFile;
  private final InputFormat format;
  private final BufferedReader reader;
  private long lineNumber;
  private boolean wholeFile;
  private boolean started;
  private boolean finished;
  private RawRecord next;
  private Iterator<RawRecord> arrayElements;

  public TextFileRecords(String sourceFile, InputFormat format, BufferedReader reader) {
    if (format == InputFormat.PARQUET) {
      throw new IllegalArgumentException("Parquet is not a text format: " + sourceFile);
    }
    this.sourceFile = sourceFile;
    this.format = format;
    this.reader = reader;
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
      String line = nextNonBlankLine();
      if (line == null) {
        return finish(null);
      }
      if (!started) {
        started = true;
        wholeFile = format == InputFormat.NEWS_PLEASE && !isWholeJsonValue(line);
      }
      if (!wholeFile) {
        return RawRecord.of(sourceFile, lineNumber, format, line);
      }
      long firstLine = lineNumber;
      StringBuilder whole = new StringBuilder(line);
      for (String rest = reader.readLine(); rest != null; rest = reader.readLine()) {
        whole.append('\n').append(rest);
      }
      String content = whole.toString();
      if (content.stripLeading().startsWith("[")) {
        arrayElements = arrayElements(content);
        if (arrayElements != null) {
          return arrayElements.hasNext() ? arrayElements.next() : finish(null);
        }
      }
      return finish(RawRecord.of(sourceFile, firstLine, format, content));
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

  private String nextNonBlankLine() throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        return line;
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
