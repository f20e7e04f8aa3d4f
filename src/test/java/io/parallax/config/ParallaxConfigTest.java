package io.parallax.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.errors.UserException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallaxConfigTest {
  @TempDir Path dir;

  @Test
  void confFileStatesExactlyTheBuiltInDefaults() throws IOException {
    Properties conf = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of("conf/parallax.properties"))) {
      conf.load(reader);
    }

    assertThat(conf.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(ParallaxConfig.DEFAULTS.keySet());
    ParallaxConfig.DEFAULTS.forEach(
        (key, value) -> assertThat(conf.getProperty(key)).as(key).isEqualTo(value));
  }

  @Test
  void fileOverridesDefaultsAndPassesSparkKeys() throws IOException {
    Path file = dir.resolve("p.properties");
    Files.writeString(
        file,
        "run.output=/tmp/x\ningest.quarantine.max-raw-chars=1000\nspark.sql.shuffle.partitions=3\n");

    ParallaxConfig config = ParallaxConfig.load(file);

    assertThat(config.run().output()).isEqualTo("/tmp/x");
    assertThat(config.run().input()).containsExactly("src/sample/corpus");
    assertThat(config.ingest().maxRawChars()).isEqualTo(1000);
    assertThat(config.spark()).containsEntry("spark.sql.shuffle.partitions", "3");
    assertThat(config.asMap())
        .containsEntry("run.output", "/tmp/x")
        .containsEntry("spark.sql.shuffle.partitions", "3");
  }

  @Test
  void unknownKeysAreRejectedByName() throws IOException {
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "run.ouptut=/tmp/x\n");

    assertThatThrownBy(() -> ParallaxConfig.load(file))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("run.ouptut")
        .hasMessageContaining("run.output");
  }

  @Test
  void badValuesSayWhatWasExpected() throws IOException {
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "progress.interval-seconds=often\n");

    assertThatThrownBy(() -> ParallaxConfig.load(file))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("'often'")
        .hasMessageContaining("whole number");
  }

  @Test
  void undatedDaysMayBeZeroButNotNegative() throws IOException {
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "align.undated-days=0\n");
    assertThat(ParallaxConfig.load(file).align().undatedDays()).isZero();

    Files.writeString(file, "align.undated-days=-1\n");
    assertThatThrownBy(() -> ParallaxConfig.load(file))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("align.undated-days")
        .hasMessageContaining("0 or more");
  }

  @Test
  void missingFileIsAUserError() {
    assertThatThrownBy(() -> ParallaxConfig.load(dir.resolve("nope.properties")))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("nope.properties");
  }

  @Test
  void aRegistryThatIsAPipeOrAFolderIsOneErrorNotAHang() throws Exception {
    Path fifo = dir.resolve("outlets.fifo");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    for (Path registry : List.of(fifo, dir)) {
      assertThatThrownBy(() -> ParallaxConfig.defaults().withOutletsRegistry(registry.toString()))
          .isInstanceOf(UserException.class)
          .hasMessageContaining("is not a regular file");
    }
  }

  @Test
  void aFolderOrDeviceIsNotAConfigFileAndIsNotCalledMissing() {
    assertThatThrownBy(() -> ParallaxConfig.load(dir))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("is not a regular file")
        .hasMessageNotContaining("does not exist");
  }

  @Test
  void aBiasModelThatIsNotThereFailsWhenTheConfigIsRead() throws IOException {
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "compare.bias.model=" + dir.resolve("no-model.tsv") + "\n");

    assertThatThrownBy(() -> ParallaxConfig.load(file))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("compare.bias.model")
        .hasMessageContaining("train bias-sentences")
        .hasMessageContaining("no such file");
    assertThat(ParallaxConfig.defaults().biasModel()).isEmpty();
  }
}
