package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Omissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * One event reported by 5,000 articles from 50 outlets (issue 8's skewed case) through the compare
 * stage's story-grouped step: it finishes as one bounded task, with each outlet's omissions within
 * the limit, while a small story of the same run still gets its claims.
 */
class OneHugeStoryTest {
  private static final int OUTLETS = 50;
  private static final int HUGE_STORY_ARTICLES = 5_000;
  private static final Omissions.Limits LIMITS = new Omissions.Limits(20, 500);

  @Test
  void aFiveThousandArticleStoryStaysBoundedAndASmallOneKeepsItsClaims() {
    SparkSession spark = SparkTestSession.get();
    List<Row> articles = new ArrayList<>();
    List<Row> sentences = new ArrayList<>();
    List<Row> actors = new ArrayList<>();
    for (int i = 0; i < HUGE_STORY_ARTICLES; i++) {
      String id = "quake-" + i;
      String outlet = "Outlet " + (i % OUTLETS);
      articles.add(RowFactory.create(id, outlet, "story-quake"));
      sentences.add(
          RowFactory.create(
              id, 0, "Rescuers in district " + (char) ('A' + i % 26) + " searched the rubble."));
      // Each outlet reports its own toll: every outlet omits 49 others' numbers.
      sentences.add(
          RowFactory.create(
              id, 1, "Officials said " + (1_000 + i % OUTLETS) + " people died in the quake."));
      if (i % OUTLETS == 0) {
        actors.add(RowFactory.create(id, "org:red-crescent", "Red Crescent", 3));
      }
    }
    articles.add(RowFactory.create("summit-a", "Outlet 0", "story-summit"));
    articles.add(RowFactory.create("summit-b", "Outlet 1", "story-summit"));
    sentences.add(
        RowFactory.create(
            "summit-a", 0, "The summit in Vienna ended without any agreement on missiles."));
    sentences.add(RowFactory.create("summit-b", 0, "Markets rose on Tuesday after a calm week."));

    Dataset<Row> omissions =
        CompareRunner.omissions(
                frame(spark, articles, "article_id", "outlet", "story_id")
                    .withColumn("title", org.apache.spark.sql.functions.lit(null).cast("string")),
                frame(spark, sentences, "article_id", "sentence_index:int", "text"),
                frame(spark, actors, "article_id", "actor_id", "actor_name", "mention_count:int"),
                frame(spark, List.of(), "article_id", "speaker_actor_id", "text"),
                LIMITS,
                false,
                CompareRunner.OmissionTally.in(spark),
                "test-run")
            .cache();

    Dataset<Row> quake = omissions.where(col("story_id").equalTo("story-quake"));
    long perOutletMost =
        quake
            .groupBy("outlet")
            .count()
            .agg(org.apache.spark.sql.functions.max("count"))
            .first()
            .getLong(0);
    assertThat(perOutletMost).isEqualTo(LIMITS.perOutlet());
    assertThat(quake.select("outlet").distinct().count()).isEqualTo(OUTLETS);
    assertThat(quake.where(col("kind").equalTo("claim")).count()).isZero();
    // The Red Crescent, which only Outlet 0's articles name, ranks first for every other outlet.
    assertThat(
            quake
                .where(col("outlet").equalTo("Outlet 7"))
                .orderBy("fact_rank")
                .select("kind", "fact")
                .first()
                .mkString("|"))
        .isEqualTo("actor|Red Crescent");

    assertThat(
            omissions
                .where(col("story_id").equalTo("story-summit").and(col("kind").equalTo("claim")))
                .select("outlet", "fact")
                .collectAsList()
                .stream()
                .map(r -> r.mkString("|"))
                .toList())
        .containsExactlyInAnyOrder(
            "Outlet 1|The summit in Vienna ended without any agreement on missiles.",
            "Outlet 0|Markets rose on Tuesday after a calm week.");
  }

  private static Dataset<Row> frame(SparkSession spark, List<Row> rows, String... columns) {
    StructType schema = new StructType();
    for (String column : columns) {
      String[] nameAndType = column.split(":");
      schema =
          schema.add(
              nameAndType[0],
              nameAndType.length > 1 ? DataTypes.IntegerType : DataTypes.StringType);
    }
    return spark.createDataFrame(rows, schema);
  }
}
