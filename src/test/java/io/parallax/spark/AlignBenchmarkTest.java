package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.align.AlignSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The align benchmark runs end to end on a small real corpus; its timings are not asserted. */
class AlignBenchmarkTest {
  @TempDir Path data;

  @Test
  void timesOneTwoAndFourTimesACorpusOfRealArticles() throws IOException {
    Path basil = Path.of("../shared/data/basil/articles");
    Assumptions.assumeTrue(
        Files.isDirectory(basil), "../shared/data/basil is not here (a plain clone): skipped");
    Path articles = Files.createDirectories(data.resolve("basil").resolve("articles"));
    try (Stream<Path> files = Files.list(basil)) {
      for (Path file : files.sorted().limit(40).toList()) {
        Files.copy(file, articles.resolve(file.getFileName()));
      }
    }

    List<String> lines = AlignBenchmark.run(SparkTestSession.get(), data, AlignSettings.defaults());

    assertThat(lines.get(0)).startsWith("corpus: 40 real articles");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1x:     10 articles"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("4x:     40 articles"));
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "benchmark align n=40 seconds_1x=\\d+\\.\\d seconds_2x=\\d+\\.\\d seconds_4x=\\d+\\.\\d"
                + " ratio_2x_vs_1x=\\d+\\.\\d\\d ratio_4x_vs_2x=\\d+\\.\\d\\d"
                + " pairs_ratio_4x_vs_2x=\\d+\\.\\d\\d");
  }
}
