package io.parallax.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one session the Spark tests share: 2 cores, a failed task tried twice (as on a cluster), UI
 * off, UTC, few shuffle partitions.
 */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (spark == null || spark.sparkContext().isStopped()) {
      SparkConf conf =
          new SparkConf()
              .setMaster("local[2,2]")
              .setAppName("parallax-tests")
              .set("spark.ui.enabled", "false")
              .set("spark.sql.shuffle.partitions", "4");
      spark =
          SparkSession.builder().config(SparkSessions.applyParallaxDefaults(conf)).getOrCreate();
    }
    return spark;
  }
}
