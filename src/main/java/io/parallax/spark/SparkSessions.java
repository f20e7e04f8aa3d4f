package io.parallax.spark;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the Spark session a run uses, locally or on whatever cluster spark-submit named. */
public final class SparkSessions {
  /** The embedded default when neither --master, the config nor spark-submit names a master. */
  public static final String LOCAL_MASTER = "local[*]";

  private SparkSessions() {}

  /**
   * How many tasks a heavy stage (language identification, CoreNLP) of this many units is spread
   * over on this session's cluster ({@link TaskSizing#heavyStage}).
   */
  static int heavyStageTasks(SparkSession spark, long units, long unitsPerTask) {
    return TaskSizing.heavyStage(units, unitsPerTask, spark.sparkContext().defaultParallelism());
  }

  /**
   * The Spark configuration for a run. Master: --master, else {@code spark.master} from the config
   * file, else the one spark-submit set, else {@value #LOCAL_MASTER}. Time zone is UTC so dates and
   * timestamps never depend on the machine; timestamps are written as Parquet TIMESTAMP_MICROS,
   * which every BI tool reads.
   */
  public static SparkConf conf(Optional<String> master, Map<String, String> sparkSettings) {
    SparkConf conf = new SparkConf(true);
    sparkSettings.forEach(conf::set);
    master.ifPresent(m -> conf.set("spark.master", m));
    if (!conf.contains("spark.master")) {
      conf.set("spark.master", LOCAL_MASTER);
    }
    conf.setIfMissing("spark.app.name", "parallax");
    if (conf.get("spark.master").startsWith("local")) {
      // Spark's 200 shuffle partitions are for clusters; on one machine they are mostly scheduling
      // cost.
      int cores = Runtime.getRuntime().availableProcessors();
      conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(Math.max(4, 2 * cores)));
    }
    return applyParallaxDefaults(conf);
  }

  /**
   * A session on every core of this machine, for the commands that run Spark beside the job
   * (training, evaluations, benchmarks); the caller stops it.
   */
  public static SparkSession local() {
    return create(conf(Optional.of(LOCAL_MASTER), Map.of()));
  }

  /** Starts (or joins) the session for the configuration {@link #conf} made. */
  public static SparkSession create(SparkConf conf) {
    try {
      SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
      try {
        spark.sessionState().conf(); // built now: a spark.* value it refuses is the user's error
      } catch (RuntimeException refused) {
        spark.stop(); // not left as the active session for the next builder to find
        throw refused;
      }
      return spark;
    } catch (Exception e) { // Spark throws its checked SparkException here, undeclared
      String message = String.valueOf(e.getMessage());
      if (message.contains("Master URL") || message.contains("master URL")) {
        // `--master bogus://x`: the user's mistake, one line, not Spark's stack.
        throw io.parallax.errors.ParallaxErrors.badMaster(conf.get("spark.master", ""), message);
      }
      String invalid = invalidSettingMessage(e);
      if (invalid != null) {
        // `spark.sql.shuffle.partitions=-1` in --config: one line with Spark's own reason.
        throw io.parallax.errors.ParallaxErrors.badSparkSetting(invalid);
      }
      throw e;
    }
  }

  /** Spark's message when the cause is a setting's value it refuses; null otherwise. */
  static String invalidSettingMessage(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("INVALID_CONF_VALUE")) {
        return message.lines().findFirst().orElse(message).strip();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /** Settings every Parallax session needs, whoever builds it (tests use it too). */
  public static SparkConf applyParallaxDefaults(SparkConf conf) {
    conf.set("spark.sql.session.timeZone", "UTC");
    conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    return conf;
  }
}
