package io.parallax.spark;

import io.parallax.ingest.Article;
import io.parallax.ingest.Outcome;
import io.parallax.ingest.OutletNames;
import io.parallax.ingest.OutletRegistry;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ingest stage's intermediate rows: one per raw record, holding either an article's fields or a
 * quarantine reason, with the source and raw text for both. Column names are those of the output
 * tables, so the final tables are selections of this frame.
 */
final class OutcomeRows {
  static final StructType SCHEMA =
      new StructType()
          .add("source_file", DataTypes.StringType, false)
          .add("source_position", DataTypes.LongType, false)
          .add("source_format", DataTypes.StringType, false)
          .add("raw_record", DataTypes.StringType, false)
          .add("raw_record_chars", DataTypes.LongType, false)
          .add("reason_code", DataTypes.StringType, true)
          .add("message", DataTypes.StringType, true)
          .add("article_id", DataTypes.StringType, true)
          .add("outlet", DataTypes.StringType, true)
          .add("outlet_key", DataTypes.StringType, true)
          .add("outlet_id", DataTypes.StringType, true)
          .add(
              "outlet_groups",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
              true)
          .add("url", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, true)
          .add("authors", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("published_at", DataTypes.TimestampType, true)
          .add("published_date", DataTypes.DateType, true)
          .add("language", DataTypes.StringType, true)
          .add("language_source", DataTypes.StringType, true)
          .add("excluded_reason", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("word_count", DataTypes.IntegerType, true)
          .add("content_hash", DataTypes.StringType, true)
          .add("published_at_source", DataTypes.StringType, true)
          .add("boilerplate_removed", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add(
              "boilerplate_counts",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false),
              true);

  private OutcomeRows() {}

  /**
   * The outcome as a row. An article's outlet is looked up in the registry: a registered outlet
   * gets its id, name and group values; any other keeps its canonical key as its id and no groups.
   */
  static Row toRow(Outcome outcome, OutletRegistry registry) {
    Article a = outcome.article();
    String outlet = outcome.outlet();
    String outletId = outlet == null ? null : OutletNames.key(outlet);
    Map<String, String> groups = Map.of();
    if (a != null) {
      Optional<OutletRegistry.Outlet> registered = registry.resolve(outlet, a.url());
      if (registered.isPresent()) {
        outlet = registered.get().name();
        outletId = registered.get().id();
        groups = registered.get().groups();
      }
    }
    return RowFactory.create(
        outcome.source().sourceFile(),
        outcome.source().position(),
        outcome.source().format(),
        outcome.rawExcerpt(),
        outcome.rawChars(),
        outcome.reason() == null ? null : outcome.reason().code(),
        outcome.message(),
        outcome.articleId(),
        outlet,
        outcome.outlet() == null ? null : OutletNames.key(outcome.outlet()),
        outletId,
        a == null ? null : SparkSchemas.map(groups),
        a == null ? null : a.url(),
        a == null ? null : a.title(),
        a == null ? null : SparkSchemas.seq(a.authors()),
        a == null ? null : Timestamp.from(a.publishedAt()),
        a == null ? null : Date.valueOf(a.publishedDate()),
        a == null ? null : a.language(),
        a == null ? null : a.languageSource(),
        a == null ? null : a.excludedReason(),
        a == null ? null : a.text(),
        a == null ? null : a.wordCount(),
        a == null ? null : a.contentHash(),
        a == null ? null : a.publishedAtSource(),
        a == null ? null : SparkSchemas.seq(java.util.List.<String>of()),
        a == null ? null : SparkSchemas.map(a.boilerplateRemoved()));
  }
}
