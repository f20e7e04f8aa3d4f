package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.parallax.annotate.PersonIds;
import io.parallax.config.ParallaxConfig;
import io.parallax.report.OutputTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The annotate stage on Spark: the articles that take part in the English stages in, the
 * `sentences`, `actors` and `quotes` rows and the annotate-stage `quarantine` rows out. The
 * per-article work is cached once, so both outputs come from the same pass and an article is either
 * annotated or quarantined, never both.
 */
final class AnnotateRunner {
  /** The stage's frames; {@link #close()} releases the cached pass. */
  record Result(
      Dataset<Row> annotated,
      Dataset<Row> sentences,
      Dataset<Row> actors,
      Dataset<Row> quotes,
      Dataset<Row> quarantine)
      implements AutoCloseable {
    @Override
    public void close() {
      annotated.unpersist();
    }
  }

  private AnnotateRunner() {}

  /** Annotates {@code articles}, of which there are {@code articleCount}. */
  static Result run(
      Dataset<Row> articles,
      long articleCount,
      ParallaxConfig config,
      String runId,
      LongAccumulator articlesDone) {
    // CoreNLP costs far more per article than anything before it: spread it over every core, and
    // a large run over tasks of annotate.articles-per-task each.
    int tasks =
        SparkSessions.heavyStageTasks(
            articles.sparkSession(), articleCount, config.annotateArticlesPerTask());
    Dataset<Row> persisted =
        articles
            .filter(col("excluded_reason").isNull())
            .repartition(tasks)
            .select("article_id", "text", "outlet", "source_file", "source_position")
            .mapPartitions(
                new AnnotateArticles(
                    config.annotateTimeLimitSeconds() * 1000L,
                    config.annotateMetonymy(),
                    config.annotateSentimentEmbeddings(),
                    config.biasModel().orElse(null),
                    config.ingest().maxRawChars(),
                    articlesDone),
                Encoders.row(AnnotateArticles.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> annotated = withFamilyNamesResolved(persisted);
    Dataset<Row> sentences =
        SparkSchemas.conform(
            annotated.filter(col("sentence_index").isNotNull()).withColumn("run_id", lit(runId)),
            OutputTables.SENTENCES);
    Dataset<Row> actors =
        SparkSchemas.conform(
            annotated.filter(col("actor_id").isNotNull()).withColumn("run_id", lit(runId)),
            OutputTables.ACTORS);
    Dataset<Row> quotes =
        SparkSchemas.conform(
            annotated
                .filter(col("quote_index").isNotNull())
                .drop("char_begin", "char_end", "text", "sentence_index")
                .withColumnRenamed("quote_kind", "kind")
                .withColumnRenamed("quote_char_begin", "char_begin")
                .withColumnRenamed("quote_char_end", "char_end")
                .withColumnRenamed("quote_text", "text")
                .withColumnRenamed("quote_word_count", "word_count")
                .withColumnRenamed("quote_sentence_index", "sentence_index")
                .withColumn("run_id", lit(runId)),
            OutputTables.QUOTES);
    Dataset<Row> quarantine =
        SparkSchemas.conform(
            annotated
                .filter(col("reason_code").isNotNull())
                .withColumn("source_format", lit("article"))
                .withColumn("stage", lit("annotate"))
                .withColumn("run_id", lit(runId)),
            OutputTables.QUARANTINE);
    return new Result(persisted, sentences, actors, quotes, quarantine);
  }

  /**
   * A person an article names by family name alone becomes the run's one person of that family name
   * named in full ({@link PersonIds}), in `actors` and as a quote's speaker alike. The run's
   * distinct person ids are few, so the map is built on the driver.
   */
  private static Dataset<Row> withFamilyNamesResolved(Dataset<Row> annotated) {
    java.util.Map<String, Long> articlesNaming = new java.util.HashMap<>();
    for (Row row :
        annotated
            .select("article_id", "actor_id")
            .where(col("actor_id").startsWith("person:"))
            .distinct()
            .groupBy("actor_id")
            .count()
            .collectAsList()) {
      articlesNaming.put(row.getString(0), row.getLong(1));
    }
    java.util.Map<String, String> resolved = PersonIds.familyNamesResolved(articlesNaming);
    if (resolved.isEmpty()) {
      return annotated;
    }
    java.util.List<org.apache.spark.sql.Column> entries = new java.util.ArrayList<>();
    resolved.forEach(
        (alone, full) -> {
          entries.add(lit(alone));
          entries.add(lit(full));
        });
    org.apache.spark.sql.Column map =
        functions.map(entries.toArray(org.apache.spark.sql.Column[]::new));
    return annotated
        .withColumn(
            "actor_id",
            functions.coalesce(functions.try_element_at(map, col("actor_id")), col("actor_id")))
        .withColumn(
            "speaker_actor_id",
            functions.coalesce(
                functions.try_element_at(map, col("speaker_actor_id")), col("speaker_actor_id")));
  }
}
