package io.parallax.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import io.parallax.align.StoryIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Articles of earlier run dates, read back from the output root: those whose stories a new date's
 * articles may still join (published within the align window before the run date), and those that
 * count in its document frequencies. Null when there are none (a first run, or output written
 * before stories were).
 */
final class EarlierStories {
  private EarlierStories() {}

  static Dataset<Row> open(
      SparkSession spark,
      EarlierArticles earlier,
      String output,
      LocalDate runDate,
      int windowDays) {
    Dataset<Row> written = earlierArticles(earlier, runDate, windowDays);
    if (written == null) {
      return null;
    }
    Dataset<Row> withCurrentStory = currentStories(spark, output, runDate, written);
    return AlignRunner.input(written)
        .join(withCurrentStory.select("article_id", "story_id"), "article_id");
  }

  /**
   * Earlier articles with the story each belongs to now: an article whose story a later date merged
   * into another carries its old id in its own partition, and here gets the one it was merged into
   * ({@link StoryIds#current}).
   */
  private static Dataset<Row> currentStories(
      SparkSession spark, String output, LocalDate runDate, Dataset<Row> written) {
    Map<String, String> mergedInto = new HashMap<>();
    Path stories = new Path(output, "stories");
    if (!exists(spark, stories)) {
      return written;
    }
    // Earliest date first, so that a later date's record of the same story wins.
    List<Row> merges =
        EarlierArticles.readingAgainWhenFilesMove(
            spark,
            stories.toString(),
            "reading the stories of earlier dates",
            storyRows ->
                storyRows
                    .where(col("run_date").lt(lit(runDate.toString()).cast("date")))
                    .where(size(col("merged_story_ids")).gt(0))
                    .select(
                        col("run_date"),
                        col("story_id"),
                        explode(col("merged_story_ids")).as("from"))
                    .orderBy("run_date")
                    .collectAsList());
    for (Row row : merges) {
      mergedInto.put(row.getString(2), row.getString(1));
    }
    if (mergedInto.isEmpty()) {
      return written;
    }
    List<Row> pairs = new ArrayList<>();
    StoryIds.current(mergedInto).forEach((from, to) -> pairs.add(RowFactory.create(from, to)));
    Dataset<Row> moves =
        spark.createDataFrame(
            pairs,
            new StructType()
                .add("_from", DataTypes.StringType, false)
                .add("_to", DataTypes.StringType, false));
    return written
        .join(moves, col("story_id").equalTo(col("_from")), "left")
        .withColumn("story_id", coalesce(col("_to"), col("story_id")))
        .drop("_from", "_to");
  }

  /**
   * The align input of earlier runs' articles published up to {@code idfDays} before the run date:
   * they count in document frequencies only.
   */
  static Dataset<Row> background(EarlierArticles earlier, LocalDate runDate, int idfDays) {
    Dataset<Row> written = earlierArticles(earlier, runDate, idfDays);
    return written == null ? null : AlignRunner.input(written);
  }

  private static Dataset<Row> earlierArticles(
      EarlierArticles earlier, LocalDate runDate, int days) {
    Dataset<Row> written = earlier.rows();
    if (written == null || !Arrays.asList(written.columns()).contains("story_id")) {
      return null;
    }
    return written
        .where(col("story_id").isNotNull())
        .where(col("published_date").geq(lit(runDate.minusDays(days).toString()).cast("date")));
  }

  /** Whether an earlier run wrote {@code path} (a table's folder under the output root). */
  static boolean exists(SparkSession spark, Path path) {
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
