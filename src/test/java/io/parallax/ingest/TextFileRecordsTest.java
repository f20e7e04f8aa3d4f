package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFileRecordsTest {
  private static List<RawRecord> read(InputFormat format, Reader content) {
    return read(format, content, 1 << 20);
  }

  private static List<RawRecord> read(InputFormat format, Reader content, int maxRecordChars) {
    List<RawRecord> records = new ArrayList<>();
    new TextFileRecords("f", format, content, maxRecordChars).forEachRemaining(records::add);
    return records;
  }

  /** A reader of one character repeated, with no newline: what a 2 MB gzip bomb unpacks to. */
  private static Reader endless(long chars) {
    return new Reader() {
      private long left = chars;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, 'A');
        left -= n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private static Reader concat(Reader... parts) {
    return new Reader() {
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        while (at < parts.length) {
          int n = parts[at].read(buffer, offset, length);
          if (n > 0) {
            return n;
          }
          at++;
        }
        return -1;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aLineLongerThanTheLimitIsOneRecordTooLargeAndReadingGoesOn() {
    Reader content =
        concat(
            new StringReader("{\"a\":1}\n"),
            endless(50_000_000L),
            new StringReader("\r\n{\"b\":2}\n"));
    List<RawRecord> records = read(InputFormat.JSONL, content, 1_000);

    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L);
    assertThat(records.get(1).readReasonCode()).isEqualTo(ReasonCode.RECORD_TOO_LARGE);
    assertThat(records.get(1).readError()).contains("50000000 characters");
    assertThat(records.get(1).raw()).isEmpty();
    assertThat(records.get(2).raw()).isEqualTo("{\"b\":2}");
  }

  @Test
  void aNewsPleaseFileLongerThanTheLimitIsOneRecordTooLarge() {
    String pretty = "{\n  \"title\": \"T\",\n  \"maintext\": \"" + "x".repeat(2_000) + "\"\n}\n";
    List<RawRecord> records = read(InputFormat.NEWS_PLEASE, new StringReader(pretty), 1_000);

    assertThat(records).hasSize(1);
    assertThat(records.get(0).readReasonCode()).isEqualTo(ReasonCode.RECORD_TOO_LARGE);
    assertThat(read(InputFormat.NEWS_PLEASE, new StringReader(pretty), 10_000))
        .extracting(RawRecord::readError)
        .containsOnlyNulls();
  }

  @Test
  void aFilePastItsDecompressedLimitEndsWithOneFileTooLargeRecord() {
    byte[] lines =
        "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Reader limited =
        new java.io.InputStreamReader(
            new ByteLimitedInputStream(new java.io.ByteArrayInputStream(lines), 12),
            java.nio.charset.StandardCharsets.UTF_8);
    List<RawRecord> records = read(InputFormat.JSONL, limited, 1_000);

    assertThat(records)
        .last()
        .extracting(RawRecord::readReasonCode)
        .isEqualTo(ReasonCode.FILE_TOO_LARGE);
    assertThat(records.get(records.size() - 1).readError()).contains("12 bytes");
  }

  @Test
  void jsonLinesGiveOneRecordPerNonBlankLineWithItsLineNumber() {
    List<RawRecord> records =
        read(InputFormat.JSONL, new StringReader("\ufeff{\"a\":1}\n\n  \n{\"b\":2}\nnot json\n"));

    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 4L, 5L);
    assertThat(records)
        .extracting(RawRecord::raw)
        .containsExactly("{\"a\":1}", "{\"b\":2}", "not json");
  }

  @Test
  void prettyPrintedNewsPleaseFileIsOneRecord() {
    List<RawRecord> records =
        read(
            InputFormat.NEWS_PLEASE,
            new StringReader("\n{\n  \"title\": \"t\",\n  \"maintext\": \"m\"\n}\n"));

    assertThat(records).hasSize(1);
    assertThat(records.get(0).position()).isEqualTo(2);
    assertThat(records.get(0).raw()).isEqualTo("{\n  \"title\": \"t\",\n  \"maintext\": \"m\"\n}");
  }

  @Test
  void newsPleaseFileWithOneObjectPerLineIsSplit() {
    List<RawRecord> records =
        read(InputFormat.NEWS_PLEASE, new StringReader("{\"title\": \"a\"}\n{\"title\": \"b\"}\n"));

    assertThat(records)
        .extracting(RawRecord::raw)
        .containsExactly("{\"title\": \"a\"}", "{\"title\": \"b\"}");
  }

  @Test
  void aNewsPleaseFileHoldingAnArrayGivesOneRecordPerElement() {
    List<RawRecord> records =
        read(
            InputFormat.NEWS_PLEASE,
            new StringReader("[\n  {\"title\": \"a\"},\n  {\"title\": \"b\"},\n  3\n]\n"));

    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L);
    assertThat(records)
        .extracting(RawRecord::raw)
        .containsExactly("{\"title\": \"a\"}", "{\"title\": \"b\"}", "3");
  }

  @Test
  void aReadErrorEndsTheFileWithOneUnreadableRecord() {
    Reader failing =
        new Reader() {
          private final StringReader first = new StringReader("{\"a\":1}\n{\"b\":2}\n");

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            int n = first.read(buffer, offset, length);
            if (n < 0) {
              throw new IOException("Unexpected end of ZLIB input stream");
            }
            return n;
          }

          @Override
          public void close() {}
        };

    List<RawRecord> records = read(InputFormat.JSONL, failing);

    assertThat(records).hasSize(3);
    assertThat(records.get(2).readError()).contains("line 3", "ZLIB");
    assertThat(records.get(2).position()).isEqualTo(3);
  }

  @Test
  void aNewsPleaseArrayLargerThanTheLimitIsReadElementByElement() {
    StringBuilder array = new StringBuilder("[\n");
    for (int i = 0; i < 20; i++) {
      array
          .append(i == 0 ? "" : ",\n")
          .append("  {\"title\": \"T")
          .append(i)
          .append("\", \"maintext\": \"")
          .append(i == 7 ? "y".repeat(3_000) : "x".repeat(100))
          .append("\"}");
    }
    array.append("\n]\n");
    List<RawRecord> records =
        read(InputFormat.NEWS_PLEASE, new StringReader(array.toString()), 1_000);

    assertThat(records).hasSize(20);
    assertThat(records).extracting(RawRecord::position).startsWith(1L, 2L, 3L).endsWith(20L);
    assertThat(records.get(7).readReasonCode()).isEqualTo(ReasonCode.RECORD_TOO_LARGE);
    assertThat(records.get(8).raw()).contains("\"T8\"");
  }

  @Test
  void anArrayCutOffMidwayKeepsItsElementsAndSaysWhereItBroke() {
    List<RawRecord> records =
        read(
            InputFormat.NEWS_PLEASE,
            new StringReader("[\n  {\"title\": \"A\"},\n  {\"title\": \"B\"},\n  {\"title\": "),
            1_000);

    assertThat(records).hasSize(3);
    assertThat(records.get(1).raw()).contains("\"B\"");
    assertThat(records.get(2).readReasonCode()).isEqualTo(ReasonCode.BAD_JSON);
    assertThat(records.get(2).position()).isEqualTo(3L);
  }

  @Test
  void anArrayOnOneLineAsJsonDumpsWritesItGivesOneRecordPerElement() {
    List<RawRecord> records =
        read(InputFormat.NEWS_PLEASE, new StringReader("[{\"title\": \"a\"}, {\"title\": \"b\"}]"));

    assertThat(records)
        .extracting(RawRecord::raw)
        .containsExactly("{\"title\": \"a\"}", "{\"title\": \"b\"}");
  }

  @Test
  void aOneLineArrayLongerThanTheLimitIsStillReadElementByElement() {
    // json.dumps writes a whole crawl on one line; each element is under the limit.
    StringBuilder line = new StringBuilder("\uFEFF\n  [");
    for (int i = 0; i < 30; i++) {
      line.append(i == 0 ? "" : ", ")
          .append("{\"title\": \"T")
          .append(i)
          .append("\", \"maintext\": \"")
          .append("x".repeat(400))
          .append("\"}");
    }
    line.append("]");
    List<RawRecord> records =
        read(InputFormat.NEWS_PLEASE, new StringReader(line.toString()), 1_000);

    assertThat(records).hasSize(30);
    assertThat(records).allSatisfy(r -> assertThat(r.readError()).isNull());
    assertThat(records.get(29).raw()).contains("\"T29\"");
  }

  @Test
  void arraysOneAfterAnotherAreAllReadAndAnythingElseAfterAnArrayIsSaid() {
    List<RawRecord> two =
        read(
            InputFormat.NEWS_PLEASE,
            new StringReader(
                "[\n {\"title\": \"a\"}\n]\n[]\n[\n {\"title\": \"b\"},\n {\"title\": \"c\"}\n]\n[]\n"));
    assertThat(two)
        .extracting(RawRecord::raw)
        .containsExactly("{\"title\": \"a\"}", "{\"title\": \"b\"}", "{\"title\": \"c\"}");
    assertThat(two).extracting(RawRecord::position).containsExactly(1L, 2L, 3L);

    List<RawRecord> junk =
        read(
            InputFormat.NEWS_PLEASE,
            new StringReader("[\n {\"title\": \"a\"}\n]\n{\"title\": \"b\"}\n"));
    assertThat(junk).hasSize(2);
    assertThat(junk.get(0).raw()).isEqualTo("{\"title\": \"a\"}");
    assertThat(junk.get(1).readReasonCode()).isEqualTo(ReasonCode.BAD_JSON);
    assertThat(junk.get(1).readError()).contains("goes on after its JSON array ends");
  }

  @Test
  void anElementThatBreaksAParserLimitIsOneBadRecordAndTheElementsAfterItAreRead() {
    // Valid JSON all through; element 2 nests deeper, and element 3 holds a longer number, than
    // a parser allows. Each is its own record (bad_json when it is parsed), and element 4 is read.
    String deep = "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500);
    String array =
        "[{\"title\": \"one\"}, "
            + deep
            + ", {\"n\": "
            + "9".repeat(2_000)
            + "}, {\"title\": \"four, with ] and } in it\"}]";
    List<RawRecord> records = read(InputFormat.NEWS_PLEASE, new StringReader(array), 100_000);

    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records.get(1).raw()).isEqualTo(deep);
    assertThat(records.get(3).raw()).isEqualTo("{\"title\": \"four, with ] and } in it\"}");
  }

  @Test
  void anEmptyElementIsOneBadRecordAndReadingGoesOn() {
    List<RawRecord> records =
        read(
            InputFormat.NEWS_PLEASE,
            new StringReader("[{\"title\": \"a\"},, {\"title\": \"b\"},]"));
    assertThat(records)
        .extracting(RawRecord::readReasonCode)
        .containsExactly(null, ReasonCode.BAD_JSON, null, ReasonCode.BAD_JSON);
    assertThat(records.get(2).raw()).contains("\"b\"");
  }

  @Test
  void anArrayAfterAnyNumberOfBlankLinesIsStillReadElementByElement() {
    String array =
        "\n".repeat(70_000) + "[" + "{\"title\": \"x\"}, ".repeat(99) + "{\"title\": \"y\"}]";
    List<RawRecord> records = read(InputFormat.NEWS_PLEASE, new StringReader(array), 1_000);
    assertThat(records).hasSize(100);
    assertThat(records).extracting(RawRecord::readError).containsOnlyNulls();

    // Not an array: the lines keep their numbers.
    List<RawRecord> lines =
        read(
            InputFormat.NEWS_PLEASE,
            new StringReader("\n".repeat(70_000) + "{\"title\": \"z\"}\n"));
    assertThat(lines).extracting(RawRecord::position).containsExactly(70_001L);
  }
}
