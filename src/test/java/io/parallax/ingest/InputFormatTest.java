package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputFormatTest {
  @Test
  void fileNamesTellTheFormatThroughCompression() {
    assertThat(InputFormat.fromFileName("day.jsonl")).contains(InputFormat.JSONL);
    assertThat(InputFormat.fromFileName("day.NDJSON.gz")).contains(InputFormat.JSONL);
    assertThat(InputFormat.fromFileName("article.json")).contains(InputFormat.NEWS_PLEASE);
    assertThat(InputFormat.fromFileName("part-0.snappy.parquet")).contains(InputFormat.PARQUET);
    assertThat(InputFormat.fromFileName("README.txt")).isEmpty();
  }

  @Test
  void flagValues() {
    assertThat(InputFormat.fromFlag("auto")).isEmpty();
    assertThat(InputFormat.fromFlag("News-Please")).contains(InputFormat.NEWS_PLEASE);
    assertThatThrownBy(() -> InputFormat.fromFlag("csv")).hasMessageContaining("csv");
  }
}
