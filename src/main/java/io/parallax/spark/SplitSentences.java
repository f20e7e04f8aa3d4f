package io.parallax.spark;

import io.parallax.annotate.Sentence;
import io.parallax.annotate.SentenceSplitter;
import io.parallax.annotate.TimeLimit;
import io.parallax.ingest.ReasonCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Spark adapter around {@link SentenceSplitter}: article rows (article_id, text, outlet,
 * source_file, source_position) in; one row per sentence out, or, for an article CoreNLP fails on
 * or that runs past the time limit, one row with a quarantine reason. The CoreNLP pipeline comes
 * from the executor's per-JVM cache; only settings and a counter are shipped.
 */
final class SplitSentences implements MapPartitionsFunction<Row, Row> {
  static final StructType SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("sentence_index", DataTypes.IntegerType, true)
          .add("char_begin", DataTypes.IntegerType, true)
          .add("char_end", DataTypes.IntegerType, true)
          .add("token_count", DataTypes.IntegerType, true)
          .add("text", DataTypes.StringType, true)
          .add("reason_code", DataTypes.StringType, true)
          .add("message", DataTypes.StringType, true)
          .add("outlet", DataTypes.StringType, true)
          .add("source_file", DataTypes.StringType, true)
          .add("source_position", DataTypes.LongType, true)
          .add("raw_record", DataTypes.StringType, true)
          .add("raw_record_chars", DataTypes.LongType, true);

  private final long timeLimitMillis;
  private final int maxRawChars;
  private final LongAccumulator articlesDone;

  SplitSentences(long timeLimitMillis, int maxRawChars, LongAccumulator articlesDone) {
    this.timeLimitMillis = timeLimitMillis;
    this.maxRawChars = maxRawChars;
    this.articlesDone = articlesDone;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    SentenceSplitter splitter = new SentenceSplitter();
    return new LazyFlatMap<>(
        articles,
        article -> {
          List<Row> rows = annotate(splitter, article);
          articlesDone.add(1);
          return rows.iterator();
        });
  }

  private List<Row> annotate(SentenceSplitter splitter, Row article) {
    String articleId = article.getString(0);
    String text = article.getString(1);
    try {
      List<Row> rows = new ArrayList<>();
      for (Sentence s : TimeLimit.run(() -> splitter.split(text), timeLimitMillis)) {
        rows.add(
            RowFactory.create(
                articleId,
                s.index(),
                s.charBegin(),
                s.charEnd(),
                s.tokenCount(),
                s.text(),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
      }
      return rows;
    } catch (TimeLimit.Exceeded e) {
      return List.of(failure(article, ReasonCode.ANNOTATION_TIMEOUT, e.getMessage()));
    } catch (RuntimeException e) {
      String message = "CoreNLP failed on article " + articleId + ": " + e;
      return List.of(failure(article, ReasonCode.ANNOTATION_ERROR, message));
    }
  }

  private Row failure(Row article, ReasonCode reason, String message) {
    String text = article.getString(1);
    return RowFactory.create(
        article.getString(0),
        null,
        null,
        null,
        null,
        null,
        reason.code(),
        message,
        article.getString(2),
        article.getString(3),
        article.getLong(4),
        text.length() <= maxRawChars ? text : text.substring(0, maxRawChars),
        (long) text.length());
  }
}
