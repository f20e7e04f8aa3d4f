package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallInputSettingsTest {
  private static final long MIB = 1024L * 1024L;

  @Test
  void aNightUpToTheSettingIsSmallAndZeroTurnsItOff() {
    assertThat(SmallInputSettings.isSmall(1, 64)).isTrue();
    assertThat(SmallInputSettings.isSmall(0, 64)).as("an empty night").isFalse();
    assertThat(SmallInputSettings.isSmall(64 * MIB, 64)).isTrue();
    assertThat(SmallInputSettings.isSmall(64 * MIB + 1, 64)).isFalse();
    assertThat(SmallInputSettings.isSmall(1, 0)).isFalse();
  }

  @Test
  void aSmallNightTurnsAdaptiveExecutionOffAndUsesAShufflePartitionPerCore() {
    assertThat(SmallInputSettings.settings(2, Map.of()))
        .containsEntry("spark.sql.adaptive.enabled", "false")
        .containsEntry("spark.sql.shuffle.partitions", "2");
  }

  @Test
  void aSettingTheUserGaveIsNeverChanged() {
    assertThat(SmallInputSettings.settings(8, Map.of("spark.sql.adaptive.enabled", "true")))
        .doesNotContainKey("spark.sql.adaptive.enabled")
        .containsEntry("spark.sql.shuffle.partitions", "8");
  }

  @Test
  void theSessionGetsTheSettingsForTheRunAndItsOwnBackAfterIt() {
    SparkSession spark = SparkTestSession.get();
    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    boolean adaptiveWasSet = spark.conf().contains("spark.sql.adaptive.enabled");
    try (SmallInputSettings.Applied applied =
        SmallInputSettings.apply(spark, 5_000, 64, Map.of())) {
      assertThat(applied.settings()).hasSize(4);
      assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("false");
      assertThat(spark.conf().get("spark.sql.codegen.wholeStage")).isEqualTo("false");
      assertThat(spark.conf().get("spark.sql.codegen.factoryMode")).isEqualTo("NO_CODEGEN");
      assertThat(spark.conf().get("spark.sql.shuffle.partitions"))
          .isEqualTo(Integer.toString(spark.sparkContext().defaultParallelism()));
    }
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo(partitions);
    assertThat(spark.conf().contains("spark.sql.adaptive.enabled")).isEqualTo(adaptiveWasSet);
    assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("true");
    assertThat(spark.conf().get("spark.sql.codegen.factoryMode")).isEqualTo("FALLBACK");
    assertThat(spark.conf().get("spark.sql.codegen.wholeStage")).isEqualTo("true");
  }

  /**
   * The small-night settings change how Spark plans and runs the queries (interpreted, not
   * compiled; no adaptive execution; fewer partitions), never what they give: every table of a
   * small night equals the one Spark's own settings write.
   */
  @Test
  void aSmallNightWritesTheTablesSparksOwnSettingsWrite(@TempDir Path dir) throws IOException {
    List<String> lines =
        new ArrayList<>(Files.readAllLines(Path.of("src/sample/corpus/seeds.jsonl")));
    lines.addAll(Files.readAllLines(Path.of("src/sample/corpus/allsides.jsonl")).subList(0, 3));
    Path input = Files.write(dir.resolve("night.jsonl"), lines);
    Path small = dir.resolve("small");
    Path sparkDefaults = dir.resolve("spark-defaults");

    RunJob.run(SparkTestSession.get(), request(input, small, ParallaxConfig.defaults()));
    RunJob.run(
        SparkTestSession.get(),
        request(
            input,
            sparkDefaults,
            ParallaxConfig.load(
                Files.writeString(
                    dir.resolve("spark-defaults.properties"), "run.small-input-mb=0\n"))));

    assertThat(
            query(
                "SELECT DISTINCT config['spark.sql.codegen.factoryMode'] FROM "
                    + table(small, "run_summary")))
        .containsExactly(List.of("NO_CODEGEN"));
    // The other run applied none of them: its queries were compiled, as Spark does by default.
    assertThat(
            query(
                "SELECT config['spark.sql.codegen.factoryMode'] IS NULL FROM "
                    + table(sparkDefaults, "run_summary")))
        .containsExactly(List.of(true));
    assertThat(query("SELECT count(*) FROM " + table(small, "omissions")).get(0).get(0))
        .isNotEqualTo(0L);
    DuckDb.assertSameTablesButRunSummary(small, sparkDefaults);
  }

  private static RunRequest request(Path input, Path output, ParallaxConfig config) {
    return new RunRequest(
        List.of(input.toString()),
        Optional.empty(),
        output.toString(),
        LocalDate.of(2022, 1, 10),
        config);
  }

  @Test
  void aLargeNightKeepsSparksSettings() {
    SparkSession spark = SparkTestSession.get();
    try (SmallInputSettings.Applied applied =
        SmallInputSettings.apply(spark, 65 * MIB, 64, Map.of())) {
      assertThat(applied.settings()).isEmpty();
      assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("true");
    }
  }
}
