package io.parallax.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark settings for a night whose input is small (`run.small-input-mb`): a few thousand rows,
 * where Spark's planning and scheduling, not the data, take the time. Adaptive query execution
 * re-plans every shuffle at run time and is switched off; shuffles get one partition per core
 * rather than several; and queries are interpreted, not compiled: generating and compiling Java for
 * each of a run's forty-odd queries (Janino, which looks every name up along the classpath) was the
 * largest use of CPU in a warm 5-article run, and without it such a run took 9.4 s against 16.0 s
 * (medians of 3, one JVM, 2 cores). `bin/parallax benchmark night` measures the difference in a
 * fresh JVM. A setting the user gave (a spark.* key in the config file, or spark-submit --conf) is
 * never changed.
 *
 * <p>Expression code generation is turned off with {@value #CODEGEN_FACTORY_MODE}, a setting Spark
 * marks internal (its own tests run every expression both ways); {@code SmallInputSettingsTest}
 * writes a small night both ways and compares every table.
 */
final class SmallInputSettings {
  private static final Logger LOG = LoggerFactory.getLogger(SmallInputSettings.class);
  static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
  static final String CODEGEN_FACTORY_MODE = "spark.sql.codegen.factoryMode";
  private static final long MIB = 1024L * 1024L;

  private SmallInputSettings() {}

  /**
   * Whether a night of this many input bytes is small under the setting (0 turns it off). An empty
   * night is not: there adaptive execution skips the empty shuffles, which is faster (the night
   * benchmark's empty night took 29.5 s with these settings, 23.6 s without).
   */
  static boolean isSmall(long inputBytes, int smallInputMb) {
    return smallInputMb > 0 && inputBytes > 0 && inputBytes <= smallInputMb * MIB;
  }

  /**
   * The settings for a small night on a session of this many cores, less those the user set (named
   * in {@code userSettings}).
   */
  static Map<String, String> settings(int cores, Map<String, String> userSettings) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(ADAPTIVE, "false");
    settings.put(SHUFFLE_PARTITIONS, Integer.toString(Math.max(1, cores)));
    settings.put(WHOLE_STAGE_CODEGEN, "false");
    settings.put(CODEGEN_FACTORY_MODE, "NO_CODEGEN");
    settings.keySet().removeAll(userSettings.keySet());
    return settings;
  }

  /** The settings a run applied, undone when the run ends (a session may serve other runs). */
  record Applied(SparkSession spark, Map<String, String> settings, Map<String, String> before)
      implements AutoCloseable {
    @Override
    public void close() {
      for (String key : settings.keySet()) {
        if (before.containsKey(key)) {
          spark.conf().set(key, before.get(key));
        } else {
          spark.conf().unset(key);
        }
      }
    }
  }

  /**
   * Applies the small-night settings to the session when the input is small (none otherwise). The
   * user's settings are the config file's spark.* keys and the spark.* system properties, which is
   * how spark-submit hands its --conf settings to the driver.
   */
  static Applied apply(
      SparkSession spark, long inputBytes, int smallInputMb, Map<String, String> configSettings) {
    if (!isSmall(inputBytes, smallInputMb)) {
      return new Applied(spark, Map.of(), Map.of());
    }
    Map<String, String> user = new LinkedHashMap<>(configSettings);
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith("spark.")) {
        user.put(key, System.getProperty(key));
      }
    }
    Map<String, String> settings = settings(spark.sparkContext().defaultParallelism(), user);
    Map<String, String> before = new LinkedHashMap<>();
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      if (spark.conf().contains(setting.getKey())) {
        before.put(setting.getKey(), spark.conf().get(setting.getKey()));
      }
      spark.conf().set(setting.getKey(), setting.getValue());
    }
    if (!settings.isEmpty()) {
      LOG.info(
          "small input ({} bytes, run.small-input-mb={}): {}", inputBytes, smallInputMb, settings);
    }
    return new Applied(spark, settings, before);
  }
}
