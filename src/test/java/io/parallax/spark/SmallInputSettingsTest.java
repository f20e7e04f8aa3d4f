package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

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
      assertThat(applied.settings()).hasSize(2);
      assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("false");
      assertThat(spark.conf().get("spark.sql.shuffle.partitions"))
          .isEqualTo(Integer.toString(spark.sparkContext().defaultParallelism()));
    }
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo(partitions);
    assertThat(spark.conf().contains("spark.sql.adaptive.enabled")).isEqualTo(adaptiveWasSet);
    assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("true");
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
