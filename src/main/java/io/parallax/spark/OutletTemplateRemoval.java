package io.parallax.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;

import io.parallax.ingest.ArticleIds;
import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.OutletTemplates;
import io.parallax.ingest.TextCleaner;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Finds each outlet's template lines (a line in at least `ingest.boilerplate.template-min-articles`
 * distinct articles of the outlet, by title, else by text, tonight's and those of earlier runs
 * within the history window, the earlier ones' removed lines included) and takes them out of
 * tonight's articles ({@link OutletTemplates}).
 */
final class OutletTemplateRemoval {
  private OutletTemplateRemoval() {}

  /** The outcome rows with template lines removed; quarantined rows pass unchanged. */
  static Dataset<Row> apply(
      SparkSession spark,
      Dataset<Row> outcomes,
      IngestSettings settings,
      EarlierArticles earlierArticles,
      LocalDate runDate) {
    Dataset<Row> tonight =
        outcomes
            .filter(col("reason_code").isNull())
            .select(
                col("source_file"),
                col("source_position"),
                col("outlet_key"),
                storyKey(),
                explode(split(col("text"), "\n\n")).as("line"));
    Dataset<Row> counted = tonight.select("outlet_key", "article", "line");
    Dataset<Row> earlier = earlierLines(earlierArticles, runDate, settings.templateHistoryDays());
    if (earlier != null) {
      counted = counted.unionByName(earlier);
    }
    Dataset<Row> templates =
        counted
            .where(size(split(col("line"), "\\s+")).leq(OutletTemplates.MAX_TEMPLATE_WORDS))
            .groupBy("outlet_key", "line")
            .agg(countDistinct("article").as("articles"))
            .where(col("articles").geq(settings.templateMinArticles()))
            .select("outlet_key", "line");
    Dataset<Row> perRecord =
        tonight
            .join(templates, new String[] {"outlet_key", "line"})
            .groupBy("source_file", "source_position")
            .agg(collect_set("line").as("_templates"));
    return outcomes
        .join(perRecord, new String[] {"source_file", "source_position"}, "left")
        .map(new RemoveTemplates(), Encoders.row(OutcomeRows.SCHEMA));
  }

  /** (outlet_key, article_id, line) of earlier runs' articles, kept and removed lines alike. */
  private static Dataset<Row> earlierLines(
      EarlierArticles earlierArticles, LocalDate runDate, int days) {
    Dataset<Row> written = earlierArticles == null ? null : earlierArticles.rows();
    if (written == null || days == 0) {
      return null;
    }
    List<String> columns = Arrays.asList(written.columns());
    if (!columns.contains("outlet_key") || !columns.contains("boilerplate_removed")) {
      return null;
    }
    return written
        .where(col("run_date").geq(lit(runDate.minusDays(days).toString()).cast("date")))
        .select(
            col("outlet_key"),
            storyKey(),
            explode(concat(split(col("text"), "\n\n"), col("boilerplate_removed"))).as("line"));
  }

  /**
   * What makes two articles distinct for counting: their title (an article delivered again, under
   * another id or with its text drifted, keeps its headline), else their text's hash.
   */
  private static Column storyKey() {
    return coalesce(lower(col("title")), col("content_hash")).as("article");
  }

  /** One outcome row, with its template lines (the joined `_templates`) taken out of the text. */
  static final class RemoveTemplates implements MapFunction<Row, Row> {
    @Override
    public Row call(Row row) {
      int templatesAt = row.fieldIndex("_templates");
      Object[] values = new Object[OutcomeRows.SCHEMA.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(row.fieldIndex(OutcomeRows.SCHEMA.fields()[i].name()));
      }
      if (row.isNullAt(templatesAt)) {
        return RowFactory.create(values);
      }
      int text = OutcomeRows.SCHEMA.fieldIndex("text");
      OutletTemplates.Removal removal =
          OutletTemplates.remove(
              (String) values[text], new HashSet<>(row.<String>getList(templatesAt)));
      if (removal.removed().isEmpty()) {
        return RowFactory.create(values);
      }
      values[text] = removal.text();
      values[OutcomeRows.SCHEMA.fieldIndex("word_count")] = TextCleaner.wordCount(removal.text());
      values[OutcomeRows.SCHEMA.fieldIndex("content_hash")] =
          ArticleIds.contentHash(removal.text());
      values[OutcomeRows.SCHEMA.fieldIndex("boilerplate_removed")] =
          SparkSchemas.seq(removal.removed());
      int countsAt = OutcomeRows.SCHEMA.fieldIndex("boilerplate_counts");
      Map<String, Integer> counts = new TreeMap<>();
      if (values[countsAt] != null) {
        counts.putAll(row.getJavaMap(row.fieldIndex("boilerplate_counts")));
      }
      counts.merge(OutletTemplates.RULE, removal.removed().size(), Integer::sum);
      values[countsAt] = SparkSchemas.map(counts);
      return RowFactory.create(values);
    }
  }
}
