package io.parallax.spark;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, every few seconds while a stage runs, its name, Spark tasks done out of total, records
 * processed so far and the rate. Records are counted by an accumulator the stage's functions add
 * to; Spark merges those counts as tasks finish.
 */
final class ProgressReporter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.parallax.progress");

  private final SparkSession spark;
  private final ScheduledExecutorService timer;
  private volatile String stage = "starting";
  private volatile LongAccumulator records;
  private volatile long stageStartNanos = System.nanoTime();

  ProgressReporter(SparkSession spark, int intervalSeconds) {
    this.spark = spark;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "parallax-progress");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(this::report, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /**
   * Starts counting a new stage; the accumulator is the one its functions add processed records to.
   */
  LongAccumulator stage(String name) {
    LongAccumulator counter = spark.sparkContext().longAccumulator(name + " records");
    this.records = counter;
    this.stage = name;
    this.stageStartNanos = System.nanoTime();
    LOG.info("{}: started", name);
    return counter;
  }

  /** Logs the end of the current stage with its record count and rate. */
  void finished(String what, long count) {
    double seconds = secondsSince(stageStartNanos);
    LOG.info(
        "{}: done, {} {} in {} s ({} /s)",
        stage,
        String.format(Locale.ROOT, "%,d", count),
        what,
        String.format(Locale.ROOT, "%.1f", seconds),
        String.format(Locale.ROOT, "%,.0f", count / Math.max(seconds, 1e-3)));
  }

  private void report() {
    try {
      SparkStatusTracker tracker = spark.sparkContext().statusTracker();
      int tasks = 0;
      int done = 0;
      for (int stageId : tracker.getActiveStageIds()) {
        SparkStageInfo info = tracker.getStageInfo(stageId).getOrElse(() -> null);
        if (info != null) {
          tasks += info.numTasks();
          done += info.numCompletedTasks();
        }
      }
      if (tasks == 0) {
        return;
      }
      LongAccumulator counter = records;
      long count = counter == null ? 0 : counter.value();
      double seconds = secondsSince(stageStartNanos);
      if (count == 0) {
        LOG.info("{}: {}/{} tasks done", stage, done, tasks);
        return;
      }
      LOG.info(
          "{}: {}/{} tasks done, {} records, {} records/s",
          stage,
          done,
          tasks,
          String.format(Locale.ROOT, "%,d", count),
          String.format(Locale.ROOT, "%,.0f", count / Math.max(seconds, 1e-3)));
    } catch (RuntimeException e) {
      LOG.debug("progress report failed", e);
    }
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
