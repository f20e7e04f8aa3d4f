package io.parallax.spark;

import io.parallax.align.AlignSettings;
import io.parallax.evaluate.RealArticles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * `benchmark align`: the align stage's time on 1×, 2× and 4× a corpus of real, distinct news
 * articles, in one session, printed as ratios per doubling. The corpus is every article of the
 * labelled sets under the data directory (BASIL, ECB+, AllSides, PolNeAR's texts, PerSenT), in a
 * fixed shuffled order (seed 7); 1× is its first quarter, 2× its first half. Each article is given
 * a day of 2021 by its place in that order (their own dates, where they have one, span a decade and
 * would not), so each step doubles the days covered at the same articles per day, as a nightly feed
 * grows; articles of one event then rarely share a window, so this measures work, not quality. A
 * warm-up run on 200 articles comes first. At this size Spark's fixed costs weigh on the times; the
 * candidate pairs, the work that could grow faster than the corpus, are printed beside them.
 */
public final class AlignBenchmark {
  private static final LocalDate SPREAD_FROM = LocalDate.of(2021, 1, 1);

  private AlignBenchmark() {}

  public static List<String> run(SparkSession spark, Path data, AlignSettings settings) {
    List<Row> corpus = corpus(data);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "corpus: %,d real articles from %s (BASIL, ECB+, AllSides, PolNeAR, PerSenT), shuffled"
                + " with seed 7",
            corpus.size(),
            data));
    align(spark, corpus.subList(0, Math.min(200, corpus.size())), settings);
    double[] seconds = new double[3];
    long[] pairs = new long[3];
    int[] sizes = {corpus.size() / 4, corpus.size() / 2, corpus.size()};
    for (int k = 0; k < 3; k++) {
      long start = System.nanoTime();
      AlignRunner.Result result = align(spark, corpus.subList(0, sizes[k]), settings);
      seconds[k] = (System.nanoTime() - start) / 1e9;
      pairs[k] = result.candidatePairs();
      lines.add(
          String.format(
              Locale.ROOT,
              "%dx: %,6d articles in %6.1f s (%,.0f articles/s), %,d candidate pairs, %,d stories",
              1 << k,
              sizes[k],
              seconds[k],
              sizes[k] / seconds[k],
              pairs[k],
              result.stories()));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "benchmark align n=%d seconds_1x=%.1f seconds_2x=%.1f seconds_4x=%.1f"
                + " ratio_2x_vs_1x=%.2f ratio_4x_vs_2x=%.2f pairs_ratio_4x_vs_2x=%.2f",
            sizes[2],
            seconds[0],
            seconds[1],
            seconds[2],
            seconds[1] / seconds[0],
            seconds[2] / seconds[1],
            (double) pairs[2] / Math.max(1, pairs[1])));
    return lines;
  }

  private static AlignRunner.Result align(
      SparkSession spark, List<Row> articles, AlignSettings settings) {
    return AlignRunner.align(spark, spark.createDataFrame(articles, AlignRunner.INPUT), settings);
  }

  /** Rows of {@link AlignRunner#INPUT}, shuffled, dates filled in as the class doc says. */
  static List<Row> corpus(Path data) {
    List<RealArticles.Article> articles = RealArticles.read(data);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      RealArticles.Article a = articles.get(i);
      // Every article gets a day by its place in the order, so any prefix covers its share of the
      // year at the same articles per day: 2x the corpus is twice the days, as a nightly feed
      // grows.
      LocalDate date = SPREAD_FROM.plusDays((long) i * 365 / articles.size());
      rows.add(RowFactory.create(a.id(), a.title(), a.text(), (int) date.toEpochDay()));
    }
    return rows;
  }
}
