package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Articles of earlier run dates, read back from the output root: those whose stories a new date's
 * articles may still join (published within the align window before the run date), and those that
 * count in its document frequencies. Null when there are none (a first run, or output written
 * before stories were).
 */
final class EarlierStories {
  private EarlierStories() {}

  static Dataset<Row> open(SparkSession spark, String output, LocalDate runDate, int windowDays) {
    Dataset<Row> written = earlierArticles(spark, output, runDate, windowDays);
    return written == null
        ? null
        : AlignRunner.input(written).join(written.select("article_id", "story_id"), "article_id");
  }

  /**
   * The align input of earlier runs' articles published up to {@code idfDays} before the run date:
   * they count in document frequencies only.
   */
  static Dataset<Row> background(
      SparkSession spark, String output, LocalDate runDate, int idfDays) {
    Dataset<Row> written = earlierArticles(spark, output, runDate, idfDays);
    return written == null ? null : AlignRunner.input(written);
  }

  private static Dataset<Row> earlierArticles(
      SparkSession spark, String output, LocalDate runDate, int days) {
    Path articles = new Path(output, "articles");
    try {
      FileSystem fs = articles.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(articles)) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Dataset<Row> written = spark.read().parquet(articles.toString());
    if (!Arrays.asList(written.columns()).contains("story_id")) {
      return null;
    }
    return written
        .where(col("run_date").lt(lit(runDate.toString()).cast("date")))
        .where(col("story_id").isNotNull())
        .where(col("published_date").geq(lit(runDate.minusDays(days).toString()).cast("date")));
  }
}
