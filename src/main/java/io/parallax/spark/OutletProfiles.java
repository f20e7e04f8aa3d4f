package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.parallax.report.OutputTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The `outlet_profiles` table: per outlet of the run date, what an analyst reads first: how much of
 * what others cover it covers, and, over all its articles of the date, its tone, whose voices it
 * quotes (by speaker and by side), its tone toward the date's most mentioned actors, its frame mix
 * and the words that set it apart from all other outlets. The per-outlet numbers are the
 * `story_outlets` ones with the whole date as one story; over time, analysts read them across
 * `run_date` partitions.
 */
final class OutletProfiles {
  /** The date's most mentioned actors that each profile gives the outlet's sentiment toward. */
  static final int PROFILE_ACTORS = 10;

  /** Speakers kept in `quote_share` (largest first); the rest of the words still count. */
  static final int PROFILE_SPEAKERS = 20;

  private static final String RUN = "run";

  private OutletProfiles() {}

  static Dataset<Row> build(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> actors,
      Dataset<Row> quotes,
      String runId) {
    Dataset<Row> english =
        articles.where(col("excluded_reason").isNull()).select("article_id", "outlet", "story_id");
    Dataset<Row> outletsPerStory =
        english
            .where(col("story_id").isNotNull())
            .groupBy("story_id")
            .agg(countDistinct("outlet").as("story_outlets"));
    long sharedStories = outletsPerStory.where(col("story_outlets").geq(2)).count();
    Dataset<Row> coverage =
        english
            .join(outletsPerStory, new String[] {"story_id"}, "left")
            .groupBy("outlet")
            .agg(
                count(lit(1)).cast("int").as("article_count"),
                countDistinct("story_id").cast("int").as("story_count"),
                countDistinct(when(col("story_outlets").geq(2), col("story_id")))
                    .cast("int")
                    .as("shared_story_count"),
                countDistinct(when(col("story_outlets").equalTo(1), col("story_id")))
                    .cast("int")
                    .as("solo_story_count"))
            .withColumn(
                "coverage_share",
                sharedStories == 0
                    ? lit(null).cast("double")
                    : col("shared_story_count").divide(lit((double) sharedStories)));
    Dataset<Row> wholeRun =
        CompareRunner.outlets(
                spark,
                articles,
                sentences,
                actors,
                quotes,
                english.select(col("article_id"), col("outlet"), lit(RUN).as("story_id")).cache(),
                PROFILE_ACTORS,
                runId)
            .drop("story_id", "article_count", "run_id")
            .withColumn(
                "quote_share",
                expr(
                    "map_from_entries(slice(array_sort(map_entries(quote_share), (a, b) -> CASE"
                        + " WHEN a.value > b.value THEN -1 WHEN a.value < b.value THEN 1 ELSE 0"
                        + " END), 1, "
                        + PROFILE_SPEAKERS
                        + "))"));
    return SparkSchemas.conform(
            GroupCoverage.withOutletGroups(
                coverage
                    .join(wholeRun, new String[] {"outlet"}, "left")
                    .withColumn("run_id", lit(runId)),
                articles),
            OutputTables.OUTLET_PROFILES)
        .sortWithinPartitions("outlet");
  }
}
