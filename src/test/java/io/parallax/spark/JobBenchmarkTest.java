package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobBenchmarkTest {
  @Test
  void costPerDoublingIsTwoWhenCostGrowsLinearlyWhateverTheStep() {
    assertThat(JobBenchmark.perDoubling(1_000, 10, 2_000, 20)).isCloseTo(2.0, within(1e-9));
    assertThat(JobBenchmark.perDoubling(1_000, 10, 4_000, 40)).isCloseTo(2.0, within(1e-9));
    assertThat(JobBenchmark.perDoubling(1_000, 10, 4_000, 160)).isCloseTo(4.0, within(1e-9));
    assertThat(JobBenchmark.perDoubling(5_000, 100, 10_000, 130)).isCloseTo(1.3, within(1e-9));
  }

  @Test
  void aDoublingLineGivesTheWholeJobAndEachStageThatTookLongEnoughToTime() {
    Map<String, Double> small = new LinkedHashMap<>();
    small.put("ingest", 2.0);
    small.put("annotate", 100.0);
    small.put("write", 0.2);
    Map<String, Double> large = new LinkedHashMap<>();
    large.put("ingest", 3.0);
    large.put("annotate", 210.0);
    large.put("write", 0.4);
    JobBenchmark.Measured smaller = new JobBenchmark.Measured(1_000, 110, small, 0, 0, 0, 0);
    JobBenchmark.Measured larger = new JobBenchmark.Measured(2_000, 220, large, 0, 0, 0, 0);

    assertThat(JobBenchmark.doublingLine(smaller, larger))
        .isEqualTo("1,000 -> 2,000 articles: cost per doubling 2.00, ingest 1.50, annotate 2.10");
    assertThat(JobBenchmark.sizeLine(larger))
        .startsWith(
            "  2,000 articles:   220.0 s,    9.1 articles/s (ingest 3.0 s, annotate 210.0 s");
  }
}
