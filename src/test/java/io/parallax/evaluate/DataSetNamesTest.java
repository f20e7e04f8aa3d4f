package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataSetNamesTest {
  @Test
  void aSplitIsNamedWithItsDataSetAndAGenericFileByItsFolder() {
    assertThat(DataSetNames.of(Path.of("data/polnear/dev"))).isEqualTo("polnear-dev");
    assertThat(DataSetNames.of(Path.of("data/persent/dev.csv"))).isEqualTo("persent-dev");
    assertThat(DataSetNames.of(Path.of("data/allsides-neus/stories.jsonl")))
        .isEqualTo("allsides-neus");
    assertThat(DataSetNames.of(Path.of("data/newsmtsc/devtest_mt.jsonl"))).isEqualTo("devtest_mt");
    assertThat(DataSetNames.of(Path.of("data/basil"))).isEqualTo("basil");
  }
}
