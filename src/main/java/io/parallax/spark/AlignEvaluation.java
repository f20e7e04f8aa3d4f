package io.parallax.spark;

import io.parallax.align.AlignSettings;
import io.parallax.evaluate.BCubed;
import io.parallax.evaluate.PairwiseF1;
import io.parallax.evaluate.StoryDataSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * `evaluate stories`: runs the align stage, as `run` does, on a labelled data set in a local Spark
 * session and scores its stories against the gold ones with B-cubed and pairwise F1 over all
 * articles. Settings are the configured ones, never tuned per data set here.
 */
public final class AlignEvaluation {
  private AlignEvaluation() {}

  /** In a local session of its own, stopped at the end. */
  public static List<String> run(
      Path data, StoryDataSets.Format format, AlignSettings settings, String name) {
    SparkSession spark =
        SparkSessions.create(SparkSessions.conf(Optional.of("local[*]"), Map.of()));
    try {
      return run(spark, data, format, settings, name);
    } finally {
      spark.stop();
    }
  }

  public static List<String> run(
      SparkSession spark,
      Path data,
      StoryDataSets.Format format,
      AlignSettings settings,
      String name) {
    List<StoryDataSets.StoryArticle> articles = StoryDataSets.read(data, format);
    List<Row> rows = new ArrayList<>();
    for (StoryDataSets.StoryArticle article : articles) {
      rows.add(
          RowFactory.create(
              article.id(),
              article.title(),
              article.text(),
              article.date() == null ? null : (int) article.date().toEpochDay()));
    }
    AlignRunner.Result result =
        AlignRunner.align(spark, spark.createDataFrame(rows, AlignRunner.INPUT), settings);
    List<BCubed.Item> items = new ArrayList<>();
    for (StoryDataSets.StoryArticle article : articles) {
      items.add(new BCubed.Item("all", article.gold(), result.storyOf().get(article.id())));
    }
    BCubed bcubed = BCubed.of(items);
    PairwiseF1 pairwise = PairwiseF1.of(items);
    long goldStories = articles.stream().map(StoryDataSets.StoryArticle::gold).distinct().count();
    long undated = articles.stream().filter(a -> a.date() == null).count();
    long allPairs = (long) articles.size() * (articles.size() - 1) / 2;
    return List.of(
        String.format(
            Locale.ROOT,
            "articles %d (%d without a date), gold stories %d, found %d; candidate pairs %d of %d"
                + " (%.2f%%), scored links %d",
            articles.size(),
            undated,
            goldStories,
            result.stories(),
            result.candidatePairs(),
            allPairs,
            100.0 * result.candidatePairs() / Math.max(1, allPairs),
            result.links()),
        String.format(Locale.ROOT, "settings: %s", settings),
        String.format(
            Locale.ROOT,
            "pairwise: precision %.3f, recall %.3f, F1 %.3f",
            pairwise.precision(),
            pairwise.recall(),
            pairwise.f1()),
        String.format(
            Locale.ROOT,
            "stories %s n=%d bcubed_p=%.3f bcubed_r=%.3f bcubed_f1=%.3f pairwise_f1=%.3f",
            name,
            articles.size(),
            bcubed.precision(),
            bcubed.recall(),
            bcubed.f1(),
            pairwise.f1()));
  }
}
