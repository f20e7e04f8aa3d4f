package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CutShortInputStreamTest {
  @Test
  void aGzippedFileCutShortKeepsEveryCompleteLineAndSaysItWasCut() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append("word ".repeat(20));
      lines.append("\"}\n");
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = zipped.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 12); // the checksum and a little
    CutShortInputStream stream =
        new CutShortInputStream(new GZIPInputStream(new ByteArrayInputStream(cut)));

    List<RawRecord> records = new ArrayList<>();
    new TextFileRecords(
            "f.jsonl.gz",
            InputFormat.JSONL,
            new InputStreamReader(stream, StandardCharsets.UTF_8),
            1 << 20)
        .forEachRemaining(records::add);

    // All but the last line or so decompress; none of them is lost in a reader's buffer.
    assertThat(records.size()).isGreaterThanOrEqualTo(39);
    assertThat(records.subList(0, 39)).extracting(RawRecord::readError).containsOnlyNulls();
    assertThat(stream.cutShort()).contains("Unexpected end");
  }
}
