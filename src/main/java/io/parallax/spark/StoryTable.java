package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.parallax.report.OutputTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The `stories` table of a run date: one row per story that has articles of this date, from those
 * articles, the actors they mention, the story's top terms and the earlier stories merged into it.
 */
final class StoryTable {
  private static final int LABEL_ACTORS = 3;

  private StoryTable() {}

  static Dataset<Row> build(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> actors,
      Map<String, List<String>> topTerms,
      Map<String, List<String>> merged,
      String runId) {
    Dataset<Row> inStories = articles.where(col("story_id").isNotNull());
    Dataset<Row> base =
        inStories
            .groupBy("story_id")
            .agg(
                min("published_at").as("first_published_at"),
                max("published_at").as("last_published_at"),
                sort_array(collect_set("outlet")).as("outlets"),
                countDistinct("outlet").cast("int").as("outlet_count"),
                count(lit(1)).cast("int").as("article_count"),
                // The earliest article that has a title: min over (time, id, title) structs.
                min(when(
                        col("title").isNotNull(),
                        struct(col("published_at"), col("article_id"), col("title"))))
                    .getField("title")
                    .as("title"));
    Dataset<Row> byActor =
        actors
            .join(inStories.select("article_id", "story_id"), "article_id")
            .groupBy("story_id", "actor_id", "actor_name")
            .agg(sum("mention_count").as("mentions"))
            // One actor may be named several ways in a story ("Sergei"/"Sergey Ryabkov", "the
            // Kremlin"/"Russia"): its label is the name of the most mentions, the first in Spark's
            // string order (by code point) on a tie, whatever order the rows arrive in.
            .groupBy("story_id", "actor_id")
            .agg(
                sum("mentions").as("mentions"),
                min(struct(col("mentions").multiply(-1), col("actor_name")))
                    .getField("actor_name")
                    .as("actor_name"));
    Dataset<Row> topActors =
        byActor
            .groupBy("story_id")
            .agg(
                sort_array(
                        collect_list(
                            struct(
                                col("mentions").multiply(-1).as("order"),
                                col("actor_name").as("name"))))
                    .as("ranked"))
            .select(col("story_id"), expr("transform(ranked, a -> a.name)").as("names"))
            .select(col("story_id"), slice(col("names"), 1, LABEL_ACTORS).as("top_actors"));
    List<Row> terms = new ArrayList<>();
    topTerms.forEach(
        (story, words) -> terms.add(RowFactory.create(story, SparkSchemas.seq(words))));
    Dataset<Row> termRows =
        spark.createDataFrame(
            terms,
            new StructType()
                .add("story_id", DataTypes.StringType, false)
                .add("top_terms", DataTypes.createArrayType(DataTypes.StringType, false), false));
    Dataset<Row> joined =
        base.join(topActors, "story_id", "left")
            .join(termRows, "story_id", "left")
            .select(
                "story_id",
                "first_published_at",
                "last_published_at",
                "outlets",
                "outlet_count",
                "article_count",
                "top_actors",
                "top_terms",
                "title");
    return joined
        .map(
            new ToStoryRow(merged, runId),
            Encoders.row(SparkSchemas.structType(OutputTables.STORIES)))
        .sortWithinPartitions("story_id");
  }

  /**
   * Fills the label and the run id, and writes the lists as the table declares them (no null
   * elements; empty, not null, when a story has no actors).
   */
  static final class ToStoryRow implements MapFunction<Row, Row> {
    private final Map<String, List<String>> merged;
    private final String runId;

    /** Copies {@code merged} into serialisable lists, whatever views the caller holds. */
    ToStoryRow(Map<String, List<String>> merged, String runId) {
      this.merged = new HashMap<>();
      merged.forEach((story, earlier) -> this.merged.put(story, new ArrayList<>(earlier)));
      this.runId = runId;
    }

    @Override
    public Row call(Row row) {
      List<String> actors = row.isNullAt(6) ? List.of() : row.getList(6);
      List<String> terms = row.isNullAt(7) ? List.of() : row.getList(7);
      String words = String.join(" ", terms);
      String label = actors.isEmpty() ? words : String.join(", ", actors) + " · " + words;
      return RowFactory.create(
          row.getString(0),
          row.get(1),
          row.get(2),
          row.get(3),
          row.getInt(4),
          row.getInt(5),
          SparkSchemas.seq(actors),
          SparkSchemas.seq(terms),
          label.strip(),
          row.isNullAt(8) ? null : row.getString(8),
          SparkSchemas.seq(merged.getOrDefault(row.getString(0), List.of())),
          runId);
    }
  }
}
