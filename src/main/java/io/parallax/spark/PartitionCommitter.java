package io.parallax.spark;

import io.parallax.errors.ParallaxErrors;
import io.parallax.report.OutputTables;
import io.parallax.report.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's tables so that readers never see half a run. Each table is first written in full
 * under {@code <output>/_staging/<run_id>/}; only when every table is staged does {@link #commit()}
 * swap each staged {@code run_date=D} directory in place of the old one (old moved aside, new
 * renamed in, old deleted). Other dates' directories are never opened. A run that fails before the
 * commit leaves the previous partitions as they were and its staging directory is removed.
 *
 * <p>One run per output and date holds the date's {@link RunLock} from the start to the end. A run
 * killed before its commit (SIGKILL, a lost driver) leaves only its staging directory, which the
 * next run of that date deletes; one killed during the swap leaves a {@value #COMMITTING} marker in
 * its staging directory, and the next run of that date finishes the swap first (every table was
 * staged in full before the marker was written), so the date is never left half old, half new after
 * a run completes.
 *
 * <p>Directory renames are atomic on HDFS and local disks. On object stores (S3, GCS) a rename is a
 * copy, so a reader may see a partition mid-swap; schedule readers after the run there.
 */
final class PartitionCommitter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PartitionCommitter.class);

  /** Written into the staging directory once every table is staged, before the first swap. */
  static final String COMMITTING = "_COMMITTING";

  private final SparkSession spark;
  private final Path outputRoot;
  private final String partition;
  private final String runId;
  private final FileSystem fs;
  private final Path staging;
  private final Map<TableSchema, Path> staged = new LinkedHashMap<>();
  private final RunLock lock;

  PartitionCommitter(SparkSession spark, String output, LocalDate runDate, String runId) {
    this.spark = spark;
    this.outputRoot = new Path(output);
    this.partition = OutputTables.PARTITION_COLUMN + "=" + runDate;
    this.runId = runId;
    this.staging = new Path(outputRoot, "_staging/" + runId);
    try {
      this.fs = outputRoot.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(outputRoot) && !fs.getFileStatus(outputRoot).isDirectory()) {
        throw ParallaxErrors.outputNotWritable(output, "it is a file, not a directory");
      }
      this.lock = RunLock.acquire(fs, outputRoot, runDate, runId);
      recoverEarlierRuns();
      if (!fs.mkdirs(staging)) {
        throw ParallaxErrors.outputNotWritable(output, "could not create " + staging);
      }
    } catch (IOException e) {
      throw ParallaxErrors.outputNotWritable(output, e.getMessage());
    }
  }

  /** Writes the table's rows for this run into staging; returns the staged directory. */
  Path stage(TableSchema table, Dataset<Row> rows) {
    Path dir = new Path(staging, table.name() + "/" + partition);
    rows.write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
    staged.put(table, dir);
    return dir;
  }

  /** Reads a staged table back, as written. */
  Dataset<Row> readStaged(TableSchema table) {
    return spark.read().parquet(staged.get(table).toString());
  }

  /** Swaps every staged table in, in the order staged; run_summary should be staged last. */
  void commit(RunJob.StepHook hook) {
    if (!lock.stillHeld()) {
      throw new IllegalStateException(
          "run "
              + runId
              + " no longer holds the lock of "
              + partition
              + " (another run took it over while this one was paused); nothing was committed");
    }
    try {
      try (var marker = fs.create(new Path(staging, COMMITTING), false)) {
        marker.write(partition.getBytes(StandardCharsets.UTF_8));
      }
      hook.reached("committing");
      for (TableSchema table : staged.keySet()) {
        swapIn(staging, table.name());
        hook.reached("swapped " + table.name());
      }
      fs.delete(new Path(outputRoot, "_trash/" + runId), true);
      cleanUp();
    } catch (IOException e) {
      throw new UncheckedIOException("committing run " + runId + " under " + outputRoot, e);
    }
  }

  /**
   * Moves the table's partition staged under {@code runStaging} in place of the current one (old
   * one aside to {@code _trash/<run>/<table>}); a no-op when it was swapped in already. Safe to
   * repeat after a crash at any point.
   */
  private void swapIn(Path runStaging, String table) throws IOException {
    Path stagedPartition = new Path(runStaging, table + "/" + partition);
    if (!fs.exists(stagedPartition)) {
      return;
    }
    Path target = new Path(outputRoot, table + "/" + partition);
    Path aside = new Path(outputRoot, "_trash/" + runStaging.getName() + "/" + table);
    fs.mkdirs(target.getParent());
    if (fs.exists(target)) {
      if (fs.exists(aside)) {
        fs.delete(aside, true);
      }
      fs.mkdirs(aside.getParent());
      rename(target, aside);
    }
    rename(stagedPartition, target);
  }

  /**
   * Finishes or discards what earlier runs of this date left behind: a staging directory with the
   * {@value #COMMITTING} marker is swapped in (its run died mid-swap), one without is deleted (its
   * run died before the commit). Staging directories of other dates belong to other runs and are
   * left alone.
   */
  private void recoverEarlierRuns() throws IOException {
    Path stagingRoot = staging.getParent();
    if (!fs.exists(stagingRoot)) {
      return;
    }
    for (FileStatus run : fs.listStatus(stagingRoot)) {
      Path runStaging = run.getPath();
      List<String> tables = new ArrayList<>();
      for (FileStatus table : fs.listStatus(runStaging)) {
        if (table.isDirectory() && fs.exists(new Path(table.getPath(), partition))) {
          tables.add(table.getPath().getName());
        }
      }
      String committing = committingPartition(runStaging);
      boolean ours = !tables.isEmpty() || partition.equals(committing);
      if (!ours) {
        continue;
      }
      if (committing != null) {
        LOG.warn(
            "run {} died while committing {}: finishing its swap", runStaging.getName(), partition);
        for (TableSchema table : OutputTables.ALL) {
          swapIn(runStaging, table.name());
        }
      } else {
        LOG.warn(
            "run {} died before committing {}: removing its staging",
            runStaging.getName(),
            partition);
      }
      fs.delete(runStaging, true);
      fs.delete(new Path(outputRoot, "_trash/" + runStaging.getName()), true);
    }
  }

  /** The partition a staging directory's commit marker names, or null when it has none. */
  private String committingPartition(Path runStaging) throws IOException {
    Path marker = new Path(runStaging, COMMITTING);
    if (!fs.exists(marker)) {
      return null;
    }
    try (var in = fs.open(marker)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Releases the run date's lock. */
  @Override
  public void close() {
    lock.close();
  }

  /** Drops everything staged; the output is left as it was before the run. */
  void abort() {
    try {
      cleanUp();
    } catch (IOException e) {
      throw new UncheckedIOException("removing staging directory " + staging, e);
    }
  }

  private void cleanUp() throws IOException {
    fs.delete(staging, true);
    Path stagingRoot = staging.getParent();
    if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) {
      fs.delete(stagingRoot, false);
    }
    Path trashRoot = new Path(outputRoot, "_trash");
    if (fs.exists(trashRoot) && fs.listStatus(trashRoot).length == 0) {
      fs.delete(trashRoot, false);
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }
}
