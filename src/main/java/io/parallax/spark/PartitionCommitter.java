package io.parallax.spark;

import io.parallax.errors.ParallaxErrors;
import io.parallax.report.OutputTables;
import io.parallax.report.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a run's tables so that readers never see half a run. Each table is first written in full
 * under {@code <output>/_staging/<run_id>/}; only when every table is staged does {@link #commit()}
 * swap each staged {@code run_date=D} directory in place of the old one (old moved aside, new
 * renamed in, old deleted). Other dates' directories are never opened. A run that fails before the
 * commit leaves the previous partitions as they were and its staging directory is removed.
 *
 * <p>Directory renames are atomic on HDFS and local disks. On object stores (S3, GCS) a rename is a
 * copy, so a reader may see a partition mid-swap; schedule readers after the run there.
 */
final class PartitionCommitter {
  private final SparkSession spark;
  private final Path outputRoot;
  private final String partition;
  private final String runId;
  private final FileSystem fs;
  private final Path staging;
  private final Map<TableSchema, Path> staged = new LinkedHashMap<>();

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
  void commit() {
    Path trash = new Path(outputRoot, "_trash/" + runId);
    try {
      for (Map.Entry<TableSchema, Path> entry : staged.entrySet()) {
        Path target = new Path(outputRoot, entry.getKey().name() + "/" + partition);
        fs.mkdirs(target.getParent());
        if (fs.exists(target)) {
          Path aside = new Path(trash, entry.getKey().name());
          fs.mkdirs(trash);
          rename(target, aside);
        }
        rename(entry.getValue(), target);
      }
      fs.delete(trash, true);
      cleanUp();
    } catch (IOException e) {
      throw new UncheckedIOException("committing run " + runId + " under " + outputRoot, e);
    }
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
