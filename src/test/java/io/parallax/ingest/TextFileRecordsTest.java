package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFileRecordsTest {
  private static List<RawRecord> read(InputFormat format, Reader content) {
    List<RawRecord> records = new ArrayList<>();
    new TextFileRecords("f", format, new BufferedReader(content)).forEachRemaining(records::add);
    return records;
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
        .containsExactly("{\"title\":\"a\"}", "{\"title\":\"b\"}", "3");
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
}
