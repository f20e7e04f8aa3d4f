package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/**
 * The annotate adapter as a plain function: sentence rows for good articles, a quarantine row past
 * the limit.
 */
class AnnotateArticlesTest {
  private static final Row ARTICLE =
      RowFactory.create(
          "a1",
          "Envoys met in Geneva. They will meet again.",
          "Example Wire",
          "file:/in/day.jsonl",
          4L);

  /** About 100,000 tokens: a few hundred milliseconds of tokenizing, far past a 1 ms limit. */
  private static final Row LONG_ARTICLE =
      RowFactory.create(
          "a2",
          "Envoys met in Geneva again. ".repeat(20_000),
          "Example Wire",
          "file:/in/day.jsonl",
          5L);

  private static List<Row> run(Row article, long limitMillis) throws Exception {
    List<Row> out = new ArrayList<>();
    Iterator<Row> rows =
        new AnnotateArticles(limitMillis, true, false, null, 65_536, new LongAccumulator())
            .call(List.of(article).iterator());
    rows.forEachRemaining(out::add);
    return out;
  }

  private static Object field(Row row, String name) {
    return row.get(AnnotateArticles.SCHEMA.fieldIndex(name));
  }

  @Test
  void articleBecomesSentenceAndActorRows() throws Exception {
    List<Row> rows = run(ARTICLE, 60_000);

    List<Row> sentences = rows.stream().filter(r -> field(r, "sentence_index") != null).toList();
    List<Row> actors = rows.stream().filter(r -> field(r, "actor_id") != null).toList();
    assertThat(sentences).hasSize(2);
    assertThat(field(sentences.get(1), "text")).isEqualTo("They will meet again.");
    assertThat(actors)
        .singleElement()
        .satisfies(a -> assertThat(field(a, "actor_id")).isEqualTo("entity:geneva"));
    assertThat(rows).allSatisfy(r -> assertThat(field(r, "reason_code")).isNull());
  }

  @Test
  void articlePastTheTimeLimitBecomesOneQuarantineRow() throws Exception {
    String text = LONG_ARTICLE.getString(1);

    List<Row> rows = run(LONG_ARTICLE, 1);

    assertThat(rows).hasSize(1);
    Row row = rows.get(0);
    assertThat(field(row, "reason_code")).isEqualTo("annotation_timeout");
    assertThat(field(row, "raw_record")).isEqualTo(text.substring(0, 65_536));
    assertThat(field(row, "raw_record_chars")).isEqualTo((long) text.length());
    assertThat(field(row, "source_file")).isEqualTo("file:/in/day.jsonl");
    assertThat(field(row, "source_position")).isEqualTo(5L);
  }
}
