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
 * The articles of earlier run dates whose stories a new date's articles may still join: those
 * already written under the output root, of run dates before this one, published within the align
 * window before it. Null when there are none (a first run, or output written before stories were).
 */
final class EarlierStories {
  private EarlierStories() {}

  static Dataset<Row> open(SparkSession spark, String output, LocalDate runDate, int windowDays) {
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
    Dataset<Row> open =
        written
            .where(col("run_date").lt(lit(runDate.toString()).cast("date")))
            .where(col("story_id").isNotNull())
            .where(
                col("published_date")
                    .geq(lit(runDate.minusDays(windowDays).toString()).cast("date")));
    return AlignRunner.input(open).join(open.select("article_id", "story_id"), "article_id");
  }
}
