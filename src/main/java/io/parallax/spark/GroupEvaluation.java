package io.parallax.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.config.ParallaxConfig;
import io.parallax.evaluate.GroupAgreement;
import io.parallax.evaluate.StoryDataSets;
import io.parallax.ingest.OutletNames;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * `evaluate groups`: runs the whole job, as `run` does, on the AllSides roundups with an outlet
 * registry whose `lean` is the side each roundup placed the outlet on, after taking one side's
 * articles out of every third three-sided story; then scores `story_groups` against the sides
 * present and `blindspots` against the sides taken out (or never there), beside trivial baselines.
 */
public final class GroupEvaluation {
  static final List<String> SIDES = List.of("left", "center", "right");

  /**
   * AllSides gives each story one article per side, so one outlet of a side is all the coverage a
   * side can have, a side left with half of the story (two sides remain) covers it well, and a side
   * with a third of the articles is expected to have two thirds of one in a two-article story.
   */
  static final String THRESHOLDS =
      "groups.blindspot.min-covering-outlets=1\n"
          + "groups.blindspot.min-covering-share=0.5\n"
          + "groups.blindspot.max-missing-share=0.0\n"
          + "groups.blindspot.min-expected-articles=0.5\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  private GroupEvaluation() {}

  /** In a local session of its own, stopped at the end. */
  public static List<String> run(Path data, int maxStories, String name) {
    SparkSession spark = SparkSessions.local();
    try {
      return run(spark, data, maxStories, name);
    } finally {
      spark.stop();
    }
  }

  public static List<String> run(SparkSession spark, Path data, int maxStories, String name) {
    Path work = null;
    try {
      work = Files.createTempDirectory("parallax-evaluate-groups");
      return run(spark, data, maxStories, name, work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (work != null) {
        deleteQuietly(work);
      }
    }
  }

  static List<String> run(SparkSession spark, Path data, int maxStories, String name, Path work)
      throws IOException {
    List<StoryDataSets.StoryArticle> all = StoryDataSets.read(data, StoryDataSets.Format.ALLSIDES);
    Map<String, List<StoryDataSets.StoryArticle>> byStory = new LinkedHashMap<>();
    for (StoryDataSets.StoryArticle article : all) {
      if (byStory.size() < maxStories || byStory.containsKey(article.gold())) {
        byStory.computeIfAbsent(article.gold(), g -> new ArrayList<>()).add(article);
      }
    }
    // Every third story with all three sides loses one side, in turn left, center, right.
    Map<String, String> removed = new HashMap<>();
    int threeSided = 0;
    for (Map.Entry<String, List<StoryDataSets.StoryArticle>> story : byStory.entrySet()) {
      if (sidesOf(story.getValue()).equals(new TreeSet<>(SIDES))) {
        if (threeSided % 3 == 0) {
          removed.put(story.getKey(), SIDES.get((threeSided / 3) % 3));
        }
        threeSided++;
      }
    }
    List<StoryDataSets.StoryArticle> kept = new ArrayList<>();
    byStory.forEach(
        (story, articles) ->
            articles.stream().filter(a -> !side(a).equals(removed.get(story))).forEach(kept::add));

    Registry registry = registry(kept);
    Path registryFile = work.resolve("outlets.csv");
    Files.writeString(registryFile, registry.csv(), StandardCharsets.UTF_8);
    Path corpus = work.resolve("corpus/allsides.jsonl");
    Files.createDirectories(corpus.getParent());
    try (Writer out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      for (StoryDataSets.StoryArticle article : kept) {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", article.id());
        record.put("outlet", article.outlet());
        record.put("title", article.title());
        record.put("text", article.text().isBlank() ? article.title() : article.text());
        if (article.date() != null) {
          record.put("published_at", article.date().toString());
        }
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
      }
    }
    Path config = work.resolve("evaluate.properties");
    Files.writeString(
        config,
        "outlets.registry=" + registryFile.toString().replace("\\", "\\\\") + "\n" + THRESHOLDS);
    Path output = work.resolve("out");
    LocalDate runDate = LocalDate.of(2021, 10, 19);
    RunReport report =
        RunJob.run(
            spark,
            new RunRequest(
                List.of(corpus.toString()),
                Optional.empty(),
                output.toString(),
                runDate,
                ParallaxConfig.load(config)));

    Map<String, String> storyOfArticle = new HashMap<>();
    for (Row row :
        spark
            .read()
            .parquet(output.resolve("articles").toString())
            .where(col("excluded_reason").isNull().and(col("story_id").isNotNull()))
            .select("article_id", "story_id")
            .collectAsList()) {
      storyOfArticle.put(row.getString(0), row.getString(1));
    }
    Map<String, Set<String>> coveringOf = valuesOf(spark, output, "story_groups", "group_value");
    Map<String, Set<String>> flaggedOf = valuesOf(spark, output, "blindspots", "missing_value");

    List<GroupAgreement.Story> scored = new ArrayList<>();
    for (Map.Entry<String, List<StoryDataSets.StoryArticle>> story : byStory.entrySet()) {
      Map<String, Integer> votes = new TreeMap<>();
      Set<String> present = new TreeSet<>();
      for (StoryDataSets.StoryArticle article : story.getValue()) {
        String found = storyOfArticle.get(article.id());
        if (found != null) {
          votes.merge(found, 1, Integer::sum);
          present.add(registry.leanOf(article.outlet()));
        }
      }
      String predicted =
          votes.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      scored.add(
          new GroupAgreement.Story(
              present,
              coveringOf.getOrDefault(predicted, Set.of()),
              flaggedOf.getOrDefault(predicted, Set.of())));
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "stories %d, articles %d (%d written, %d quarantined), one side taken out of %d;"
                + " registry %d outlets, %d of them placed on more than one side (majority kept)",
            byStory.size(),
            kept.size(),
            report.articlesWritten(),
            report.quarantined(),
            removed.size(),
            registry.leans().size(),
            registry.conflicts()));
    lines.add("thresholds: " + THRESHOLDS.strip().replace("\n", ", "));
    lines.addAll(GroupAgreement.lines(scored, new TreeSet<>(SIDES), name));
    return lines;
  }

  private static void deleteQuietly(Path dir) {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  private static Map<String, Set<String>> valuesOf(
      SparkSession spark, Path output, String table, String column) {
    Map<String, Set<String>> values = new HashMap<>();
    for (Row row :
        spark
            .read()
            .parquet(output.resolve(table).toString())
            .where(col("group_column").equalTo("lean").and(col(column).isNotNull()))
            .select("story_id", column)
            .collectAsList()) {
      values.computeIfAbsent(row.getString(0), s -> new TreeSet<>()).add(row.getString(1));
    }
    return values;
  }

  private static String side(StoryDataSets.StoryArticle article) {
    return article.id().substring(article.id().lastIndexOf('-') + 1);
  }

  private static Set<String> sidesOf(List<StoryDataSets.StoryArticle> articles) {
    return articles.stream()
        .map(GroupEvaluation::side)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Each outlet's side: the one most of its roundup articles were placed on. */
  record Registry(Map<String, String> leans, Map<String, String> names, int conflicts) {
    String leanOf(String outlet) {
      return leans.get(OutletNames.key(outlet));
    }

    String csv() throws IOException {
      StringWriter text = new StringWriter();
      try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
        csv.printRecord("outlet_id", "name", "aliases", "lean");
        int index = 0;
        for (Map.Entry<String, String> outlet : leans.entrySet()) {
          csv.printRecord("o" + index++, names.get(outlet.getKey()), "", outlet.getValue());
        }
      }
      return text.toString();
    }
  }

  static Registry registry(List<StoryDataSets.StoryArticle> articles) {
    Map<String, Map<String, Integer>> sideCounts = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (StoryDataSets.StoryArticle article : articles) {
      String key = OutletNames.key(article.outlet());
      names.putIfAbsent(key, OutletNames.display(article.outlet()));
      sideCounts.computeIfAbsent(key, k -> new TreeMap<>()).merge(side(article), 1, Integer::sum);
    }
    Map<String, String> leans = new TreeMap<>();
    int conflicts = 0;
    for (Map.Entry<String, Map<String, Integer>> outlet : sideCounts.entrySet()) {
      leans.put(
          outlet.getKey(),
          outlet.getValue().entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .orElseThrow()
              .getKey());
      conflicts += outlet.getValue().size() > 1 ? 1 : 0;
    }
    return new Registry(leans, names, conflicts);
  }
}
