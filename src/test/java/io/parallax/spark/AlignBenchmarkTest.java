package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.align.AlignSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The align benchmark runs end to end on a small real corpus; its timings are not asserted. */
class AlignBenchmarkTest {
  @TempDir Path data;

  @Test
  void timesOneTwoAndFourTimesACorpusOfRealArticles() throws IOException {
    int articles = BasilEvents.copy(data.resolve("basil"), 12);

    List<String> lines = AlignBenchmark.run(SparkTestSession.get(), data, AlignSettings.defaults());

    assertThat(lines.get(0)).startsWith("corpus: " + articles + " real articles");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("1x: " + String.format("%6d", articles / 4)));
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("4x: " + String.format("%6d", articles)));
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "benchmark align n="
                + articles
                + " seconds_1x=\\d+\\.\\d seconds_2x=\\d+\\.\\d seconds_4x=\\d+\\.\\d"
                + " ratio_2x_vs_1x=\\d+\\.\\d\\d ratio_4x_vs_2x=\\d+\\.\\d\\d"
                + " pairs_ratio_4x_vs_2x=\\d+\\.\\d\\d");
  }
}
