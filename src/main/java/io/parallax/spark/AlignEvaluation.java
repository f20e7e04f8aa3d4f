package io.parallax.spark;

import io.parallax.align.AlignSettings;
import io.parallax.evaluate.BCubed;
import io.parallax.evaluate.PairwiseF1;
import io.parallax.evaluate.StoryDataSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * `evaluate stories`: runs the align stage, as `run` does, on a labelled data set in a local Spark
 * session and scores its stories against the gold ones with B-cubed and pairwise F1 over all
 * articles. Settings are the configured ones, never tuned per data set here.
 */
public final class AlignEvaluation {
  private AlignEvaluation() {}

  /** In a local session of its own, stopped at the end. */
  public static List<String> run(
      Path data,
      StoryDataSets.Format format,
      AlignSettings settings,
      String name,
      boolean incremental) {
    SparkSession spark = SparkSessions.local();
    try {
      return run(spark, data, format, settings, name, incremental);
    } finally {
      spark.stop();
    }
  }

  public static List<String> run(
      SparkSession spark,
      Path data,
      StoryDataSets.Format format,
      AlignSettings settings,
      String name,
      boolean incremental) {
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
    List<String> lines = new ArrayList<>();
    lines.addAll(
        List.of(
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
                pairwise.f1())));
    if (incremental) {
      lines.addAll(dayByDay(spark, articles, rows, result.storyOf(), settings));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "stories %s n=%d bcubed_p=%.3f bcubed_r=%.3f bcubed_f1=%.3f pairwise_f1=%.3f",
            name,
            articles.size(),
            bcubed.precision(),
            bcubed.recall(),
            bcubed.f1(),
            pairwise.f1()));
    return lines;
  }

  /**
   * Runs the articles date by date, as nightly runs would (each date's articles with the open
   * stories of earlier dates), and compares the outcome with the all-at-once run: B-cubed of the
   * day-by-day stories against the all-at-once ones, and against the gold. Merged earlier stories
   * count as the story they were merged into.
   */
  private static List<String> dayByDay(
      SparkSession spark,
      List<StoryDataSets.StoryArticle> articles,
      List<Row> rows,
      Map<String, String> allAtOnce,
      AlignSettings settings) {
    if (articles.stream().anyMatch(a -> a.date() == null)) {
      return List.of("day by day: skipped, some articles have no date");
    }
    TreeMap<Integer, List<Row>> byDay = new TreeMap<>();
    for (Row row : rows) {
      byDay.computeIfAbsent(row.getInt(3), d -> new ArrayList<>()).add(row);
    }
    Map<String, String> storyOf = new HashMap<>();
    Map<String, String> mergedInto = new HashMap<>();
    List<Row> done = new ArrayList<>();
    StructType earlierSchema = AlignRunner.INPUT.add("story_id", DataTypes.StringType, false);
    for (Map.Entry<Integer, List<Row>> day : byDay.entrySet()) {
      List<Row> open = new ArrayList<>();
      List<Row> background = new ArrayList<>();
      for (Row row : done) {
        if (row.getInt(3) >= day.getKey() - settings.idfDays()) {
          background.add(row);
        }
        if (row.getInt(3) >= day.getKey() - settings.windowDays()) {
          open.add(
              RowFactory.create(
                  row.getString(0),
                  row.getString(1),
                  row.getString(2),
                  row.getInt(3),
                  storyOf.get(row.getString(0))));
        }
      }
      AlignRunner.Result result =
          AlignRunner.align(
              spark,
              spark.createDataFrame(day.getValue(), AlignRunner.INPUT),
              open.isEmpty() ? null : spark.createDataFrame(open, earlierSchema),
              background.isEmpty() ? null : spark.createDataFrame(background, AlignRunner.INPUT),
              settings);
      storyOf.putAll(result.storyOf());
      result.merged().forEach((into, from) -> from.forEach(f -> mergedInto.put(f, into)));
      done.addAll(day.getValue());
    }
    List<BCubed.Item> againstAllAtOnce = new ArrayList<>();
    List<BCubed.Item> againstGold = new ArrayList<>();
    for (StoryDataSets.StoryArticle article : articles) {
      String story = storyOf.get(article.id());
      while (mergedInto.containsKey(story)) {
        story = mergedInto.get(story);
      }
      againstAllAtOnce.add(new BCubed.Item("all", allAtOnce.get(article.id()), story));
      againstGold.add(new BCubed.Item("all", article.gold(), story));
    }
    BCubed agreement = BCubed.of(againstAllAtOnce);
    BCubed gold = BCubed.of(againstGold);
    return List.of(
        String.format(
            Locale.ROOT,
            "day by day (%d dates, %d merges): agreement with all at once, B-cubed P %.3f R %.3f"
                + " F1 %.3f; against the gold, B-cubed F1 %.3f",
            byDay.size(),
            mergedInto.size(),
            agreement.precision(),
            agreement.recall(),
            agreement.f1(),
            gold.f1()));
  }
}
