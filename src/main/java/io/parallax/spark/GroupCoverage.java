package io.parallax.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.sum;

import io.parallax.compare.Blindspots;
import io.parallax.report.OutputTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Coverage by group of outlets: the `story_groups` table (who of each value of each registry column
 * covers a story), the `blindspots` table ({@link Blindspots} over those rows), and the outlet's id
 * and group values added to the per-outlet tables.
 */
final class GroupCoverage {
  private GroupCoverage() {}

  /**
   * {@code table} with `outlet_id` and `outlet_groups` of its `outlet`, from the date's articles.
   */
  static Dataset<Row> withOutletGroups(Dataset<Row> table, Dataset<Row> articles) {
    List<String> columns = List.of(articles.columns());
    Dataset<Row> withIdentity =
        columns.contains("outlet_id")
            ? articles
            // Articles from an evaluation's own ingest: the outlet as given is its id, no groups.
            : articles
                .withColumn("outlet_id", col("outlet"))
                .withColumn("outlet_groups", map().cast("map<string,string>"));
    Dataset<Row> identity =
        withIdentity
            .groupBy("outlet")
            .agg(
                first("outlet_id").as("outlet_id"),
                // Parquet reads a map back as one whose values may be null: these never are.
                expr("transform_values(first(outlet_groups), (k, v) -> coalesce(v, ''))")
                    .as("outlet_groups"));
    return table.drop("outlet_id", "outlet_groups").join(identity, new String[] {"outlet"}, "left");
  }

  /** `story_groups`: per story, grouping column and value, the outlets and articles covering it. */
  static Dataset<Row> storyGroups(
      SparkSession spark, Dataset<Row> articles, List<String> groupColumns, String runId) {
    if (groupColumns.isEmpty()) {
      return spark.createDataFrame(List.of(), SparkSchemas.structType(OutputTables.STORY_GROUPS));
    }
    Dataset<Row> covering =
        articles
            .where(col("excluded_reason").isNull().and(col("story_id").isNotNull()))
            .select("story_id", "outlet", "outlet_groups");
    Dataset<Row> byColumn = null;
    for (String column : groupColumns) {
      Dataset<Row> one =
          covering.select(
              col("story_id"),
              col("outlet"),
              lit(column).as("group_column"),
              element_at(col("outlet_groups"), lit(column)).as("group_value"));
      byColumn = byColumn == null ? one : byColumn.unionByName(one);
    }
    Dataset<Row> grouped =
        byColumn
            .groupBy("story_id", "group_column", "group_value")
            .agg(
                array_sort(collect_set("outlet")).as("outlets"),
                countDistinct("outlet").cast("int").as("outlet_count"),
                count(lit(1)).cast("int").as("article_count"));
    return SparkSchemas.conform(
            grouped
                .withColumn(
                    "coverage_share",
                    col("article_count")
                        .divide(
                            sum("article_count")
                                .over(Window.partitionBy("story_id", "group_column"))))
                .withColumn("run_id", lit(runId)),
            OutputTables.STORY_GROUPS)
        .sortWithinPartitions("story_id", "group_column", "group_value");
  }

  /** `blindspots` from the date's `story_groups` rows and its `stories` (for titles). */
  static Dataset<Row> blindspots(
      Dataset<Row> storyGroups,
      Dataset<Row> stories,
      Blindspots.Thresholds thresholds,
      String runId) {
    // Per column and value, the run's articles (outlets without a value count in the column's
    // total) and distinct outlets: two small collects the blindspot rule weighs each story by.
    Map<String, Long> columnArticles = new HashMap<>();
    Map<List<String>, Long> valueArticles = new HashMap<>();
    for (Row row :
        storyGroups
            .groupBy("group_column", "group_value")
            .agg(sum("article_count"))
            .collectAsList()) {
      columnArticles.merge(row.getString(0), row.getLong(2), Long::sum);
      if (!row.isNullAt(1)) {
        valueArticles.put(List.of(row.getString(0), row.getString(1)), row.getLong(2));
      }
    }
    Map<String, TreeMap<String, Blindspots.InRun>> inRun = new HashMap<>();
    for (Row row :
        storyGroups
            .where(col("group_value").isNotNull())
            .select(col("group_column"), col("group_value"), explode(col("outlets")).as("outlet"))
            .groupBy("group_column", "group_value")
            .agg(countDistinct("outlet").cast("int"))
            .collectAsList()) {
      String column = row.getString(0);
      String value = row.getString(1);
      inRun
          .computeIfAbsent(column, c -> new TreeMap<>())
          .put(
              value,
              new Blindspots.InRun(
                  row.getInt(2),
                  valueArticles.get(List.of(column, value)) / (double) columnArticles.get(column)));
    }
    Dataset<Row> found =
        storyGroups
            .groupByKey(
                (MapFunction<Row, String>)
                    r -> r.getAs("story_id") + "\u0000" + r.getAs("group_column"),
                Encoders.STRING())
            .flatMapGroups(
                new StoryBlindspots(inRun, thresholds, runId),
                Encoders.row(SparkSchemas.structType(OutputTables.BLINDSPOTS)));
    Dataset<Row> titles = stories.select(col("story_id"), col("title").as("story_title"));
    return SparkSchemas.conform(
            found
                .join(titles, new String[] {"story_id"}, "left")
                .withColumn("title", col("story_title"))
                .drop("story_title"),
            OutputTables.BLINDSPOTS)
        .sortWithinPartitions("group_column", "missing_value", "story_id");
  }

  /** One story's `story_groups` rows of one column to its `blindspots` rows. */
  static final class StoryBlindspots implements FlatMapGroupsFunction<String, Row, Row> {
    private final Map<String, TreeMap<String, Blindspots.InRun>> inRun;
    private final Blindspots.Thresholds thresholds;
    private final String runId;

    StoryBlindspots(
        Map<String, TreeMap<String, Blindspots.InRun>> inRun,
        Blindspots.Thresholds thresholds,
        String runId) {
      this.inRun = new HashMap<>();
      inRun.forEach((column, values) -> this.inRun.put(column, new TreeMap<>(values)));
      this.thresholds = thresholds;
      this.runId = runId;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
      String storyId = null;
      String column = null;
      Map<String, Blindspots.Coverage> byValue = new TreeMap<>();
      int storyArticles = 0;
      while (rows.hasNext()) {
        Row row = rows.next();
        storyId = row.getAs("story_id");
        column = row.getAs("group_column");
        int articles = row.<Integer>getAs("article_count");
        storyArticles += articles;
        String value = row.getAs("group_value");
        if (value != null) {
          byValue.put(value, new Blindspots.Coverage(row.<Integer>getAs("outlet_count"), articles));
        }
      }
      TreeMap<String, Blindspots.InRun> values = inRun.getOrDefault(column, new TreeMap<>());
      List<Row> out = new ArrayList<>();
      for (Blindspots.Blindspot b : Blindspots.of(byValue, storyArticles, values, thresholds)) {
        out.add(
            RowFactory.create(
                storyId,
                null,
                column,
                b.covering(),
                b.missing(),
                b.covered().outlets(),
                b.covered().articles(),
                Blindspots.share(b.covered(), storyArticles),
                b.missed().outlets(),
                b.missed().articles(),
                Blindspots.share(b.missed(), storyArticles),
                b.missingExpected(),
                thresholds.minCoveringOutlets(),
                thresholds.minCoveringShare(),
                thresholds.maxMissingShare(),
                thresholds.minExpectedArticles(),
                runId));
      }
      return out.iterator();
    }
  }
}
