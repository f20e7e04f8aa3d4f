package io.parallax.spark;

import io.parallax.annotate.Sentence;
import io.parallax.annotate.SentenceSplitter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * Spark adapter around {@link SentenceSplitter}: (article_id, text) rows in, `sentences` rows out.
 * The CoreNLP pipeline comes from the executor's per-JVM cache; only the run id and a counter are
 * shipped.
 */
final class SplitSentences implements MapPartitionsFunction<Row, Row> {
  private final String runId;
  private final LongAccumulator articlesDone;

  SplitSentences(String runId, LongAccumulator articlesDone) {
    this.runId = runId;
    this.articlesDone = articlesDone;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<Row> rows = new ArrayList<>();
    return new Iterator<>() {
      private Iterator<Row> current = rows.iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && articles.hasNext()) {
          Row article = articles.next();
          String articleId = article.getString(0);
          List<Row> sentences = new ArrayList<>();
          for (Sentence s : splitter.split(article.getString(1))) {
            sentences.add(
                RowFactory.create(
                    articleId,
                    s.index(),
                    s.charBegin(),
                    s.charEnd(),
                    s.tokenCount(),
                    s.text(),
                    runId));
          }
          articlesDone.add(1);
          current = sentences.iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
