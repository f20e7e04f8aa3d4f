package io.parallax.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;

import io.parallax.align.AlignSettings;
import io.parallax.align.StoryClustering;
import io.parallax.align.StoryIds;
import io.parallax.align.StoryTerms;
import io.parallax.align.TermVector;
import io.parallax.report.OutputTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The align stage on Spark. Articles (article_id, title, text, day: days since 1970 of publication,
 * null when unknown) in; each article's story out. Terms and vectors are computed per partition by
 * the pure core; document frequencies are counted by Spark and broadcast; candidate pairs come from
 * a self-join on each article's most distinctive terms, inside the date window, never from all
 * pairs; pairs are scored per partition; the scored links, a few per article, are clustered on the
 * driver ({@link StoryClustering}). A story's id is a hash of its earliest article's id (by date,
 * then id), so a repeated run gives the same ids.
 */
public final class AlignRunner {
  private static final Logger LOG = LoggerFactory.getLogger(AlignRunner.class);

  static final StructType INPUT =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("day", DataTypes.IntegerType, true);

  private static final StructType TERMS =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("day", DataTypes.IntegerType, true)
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  private static final StructType VECTORS =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("day", DataTypes.IntegerType, true)
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("weights", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add("keys", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StructType LINKS =
      new StructType()
          .add("a", DataTypes.StringType, false)
          .add("b", DataTypes.StringType, false)
          .add("similarity", DataTypes.DoubleType, false);

  /** Each article's story, each story's top terms, and what it took to find them. */
  public record Result(
      Map<String, String> storyOf,
      Map<String, List<String>> merged,
      Map<String, List<String>> topTerms,
      long articles,
      long candidatePairs,
      long links,
      int stories) {

    /** (article_id, story_id) rows. */
    public Dataset<Row> assignments(SparkSession spark) {
      return assignmentRows(spark, storyOf);
    }
  }

  static final StructType ASSIGNMENTS =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("story_id", DataTypes.StringType, false);

  /** Terms in a story's label. */
  static final int LABEL_TERMS = 5;

  private AlignRunner() {}

  /**
   * The align input from `articles` rows: those that take part in the English-language stages, with
   * their publication date as a day number.
   */
  static Dataset<Row> input(Dataset<Row> articles) {
    return articles
        .where(col("excluded_reason").isNull())
        .select(
            col("article_id"),
            col("title"),
            col("text"),
            datediff(col("published_date"), to_date(lit("1970-01-01"))).as("day"));
  }

  /** `articles` rows with `story_id` set from the align result (null where not aligned). */
  static Dataset<Row> withStories(Dataset<Row> articles, Result aligned, SparkSession spark) {
    Dataset<Row> assignments = aligned.assignments(spark).toDF("_article_id", "_story_id");
    return SparkSchemas.conform(
        articles
            .join(assignments, col("article_id").equalTo(col("_article_id")), "left")
            .withColumn("story_id", col("_story_id")),
        OutputTables.ARTICLES);
  }

  public static Result align(SparkSession spark, Dataset<Row> articles, AlignSettings settings) {
    return align(spark, articles, null, null, settings);
  }

  /**
   * Aligns new articles, together with {@code earlier} ones (article_id, title, text, day,
   * story_id) from runs of earlier dates whose stories are still open: an earlier story stays whole
   * and new articles join it, start stories, or merge earlier ones ({@link StoryIds}). Only new
   * articles are in the result's {@code storyOf}. {@code background} articles (article_id, title,
   * text, day), earlier ones beyond the window, count only in the document frequencies, so that a
   * small night's TF-IDF weights are those of the feed, not of a handful of articles.
   */
  public static Result align(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> earlier,
      Dataset<Row> background,
      AlignSettings settings) {
    Map<String, String> earlierStory = new HashMap<>();
    Dataset<Row> all = articles.select("article_id", "title", "text", "day");
    if (earlier != null) {
      // An article read again on a later date is aligned as new, not twice.
      earlier = earlier.join(articles.select("article_id"), "article_id", "left_anti");
      for (Row row : earlier.select("article_id", "story_id").collectAsList()) {
        earlierStory.put(row.getString(0), row.getString(1));
      }
      all = all.unionByName(earlier.select("article_id", "title", "text", "day"));
    }
    Set<String> stopWords = StopWords.ENGLISH;
    Dataset<Row> terms =
        all.mapPartitions(new ArticleTerms(settings.leadWords(), stopWords), Encoders.row(TERMS))
            .cache();
    long n = terms.count();
    Dataset<Row> counted = terms.select("terms");
    if (background != null) {
      Dataset<Row> backgroundTerms =
          background
              .select("article_id", "title", "text", "day")
              .join(all.select("article_id"), "article_id", "left_anti")
              .mapPartitions(new ArticleTerms(settings.leadWords(), stopWords), Encoders.row(TERMS))
              .select("terms")
              .cache();
      n += backgroundTerms.count();
      counted = counted.union(backgroundTerms);
    }
    Map<String, Long> documentFrequency = new HashMap<>();
    for (Row row :
        counted
            .select(explode(col("terms")).as("term"))
            .groupBy("term")
            .count()
            .where(col("count").geq(2))
            .collectAsList()) {
      documentFrequency.put(row.getString(0), row.getLong(1));
    }
    Broadcast<Map<String, Long>> frequencies =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(documentFrequency);
    Dataset<Row> vectors =
        terms
            .mapPartitions(
                new ArticleVectors(
                    frequencies, n, settings.blockTerms(), settings.blockMaxArticles()),
                Encoders.row(VECTORS))
            .cache();
    terms.unpersist();

    Dataset<Row> keys =
        vectors.select(col("article_id"), col("day"), explode(col("keys")).as("key"));
    Dataset<Row> a = keys.as("a");
    Dataset<Row> b = keys.as("b");
    Dataset<Row> pairs =
        a.join(
                b,
                col("a.key")
                    .equalTo(col("b.key"))
                    .and(col("a.article_id").lt(col("b.article_id")))
                    .and(
                        col("a.day")
                            .isNull()
                            .or(col("b.day").isNull())
                            .or(abs(col("a.day").minus(col("b.day"))).leq(settings.windowDays()))))
            .select(col("a.article_id").as("a"), col("b.article_id").as("b"))
            .distinct()
            .cache();
    long candidatePairs = pairs.count();
    Dataset<Row> va = vectors.toDF("a", "a_day", "a_terms", "a_weights", "a_keys");
    Dataset<Row> vb = vectors.toDF("b", "b_day", "b_terms", "b_weights", "b_keys");
    List<Row> links =
        pairs
            .join(va, "a")
            .join(vb, "b")
            .select("a", "a_day", "a_terms", "a_weights", "b", "b_day", "b_terms", "b_weights")
            .mapPartitions(new ScorePairs(settings), Encoders.row(LINKS))
            .collectAsList();
    pairs.unpersist();

    List<Row> members = vectors.select("article_id", "day").collectAsList();
    Result clustered = cluster(members, links, settings, candidatePairs, earlierStory);
    Map<String, List<String>> topTerms = topTerms(spark, vectors, clustered.storyOf());
    vectors.unpersist();
    frequencies.destroy();
    return new Result(
        clustered.storyOf(),
        clustered.merged(),
        topTerms,
        clustered.articles(),
        clustered.candidatePairs(),
        clustered.links(),
        clustered.stories());
  }

  /** (article_id, story_id) rows of an article → story map. */
  private static Dataset<Row> assignmentRows(SparkSession spark, Map<String, String> storyOf) {
    List<Row> rows = new ArrayList<>();
    storyOf.forEach((article, story) -> rows.add(RowFactory.create(article, story)));
    return spark.createDataFrame(rows, ASSIGNMENTS);
  }

  /** Each story's {@value #LABEL_TERMS} terms of most summed weight over its articles. */
  private static Map<String, List<String>> topTerms(
      SparkSession spark, Dataset<Row> vectors, Map<String, String> storyOf) {
    Dataset<Row> stories = assignmentRows(spark, storyOf);
    WindowSpec byWeight = Window.partitionBy("story_id").orderBy(col("weight").desc(), col("term"));
    Map<String, List<String>> top = new HashMap<>();
    for (Row row :
        vectors
            .select(col("article_id"), explode(arrays_zip(col("terms"), col("weights"))).as("tw"))
            .join(stories, "article_id")
            .groupBy(col("story_id"), col("tw.terms").as("term"))
            .agg(sum(col("tw.weights")).as("weight"))
            .withColumn("rank", row_number().over(byWeight))
            .where(col("rank").leq(LABEL_TERMS))
            .orderBy("story_id", "rank")
            .collectAsList()) {
      top.computeIfAbsent(row.getString(0), s -> new ArrayList<>()).add(row.getString(1));
    }
    return top;
  }

  /** Clusters the scored links on the driver and names each story by its earliest article. */
  private static Result cluster(
      List<Row> members,
      List<Row> links,
      AlignSettings settings,
      long candidatePairs,
      Map<String, String> earlierStory) {
    List<Row> sorted = new ArrayList<>(members);
    sorted.sort(
        Comparator.<Row, Integer>comparing(r -> r.isNullAt(1) ? Integer.MAX_VALUE : r.getInt(1))
            .thenComparing(r -> r.getString(0)));
    Map<String, Integer> index = new HashMap<>();
    List<StoryIds.Member> named = new ArrayList<>();
    Map<String, Integer> groupOfStory = new HashMap<>();
    int[] group = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      String id = sorted.get(i).getString(0);
      index.put(id, i);
      String earlier = earlierStory.get(id);
      named.add(new StoryIds.Member(id, earlier));
      group[i] =
          earlier == null
              ? i
              : groupOfStory.computeIfAbsent(earlier, s -> -1 - groupOfStory.size());
    }
    List<StoryClustering.Link> scored = new ArrayList<>();
    for (Row link : links) {
      scored.add(
          new StoryClustering.Link(
              index.get(link.getString(0)), index.get(link.getString(1)), link.getDouble(2)));
    }
    LOG.info(
        "align: {} articles ({} from open stories of earlier dates), {} candidate pairs, {} scored"
            + " links; clustering",
        sorted.size(),
        earlierStory.size(),
        candidatePairs,
        scored.size());
    int[] label = StoryClustering.cluster(sorted.size(), scored, settings.linkThreshold(), group);
    StoryIds.Named ids = StoryIds.name(named, label);
    Map<String, String> storyOf = new HashMap<>(ids.storyOf());
    storyOf.keySet().removeAll(earlierStory.keySet());
    Set<String> stories = new HashSet<>(storyOf.values());
    return new Result(
        storyOf,
        ids.merged(),
        Map.of(),
        storyOf.size(),
        candidatePairs,
        scored.size(),
        stories.size());
  }

  /** Article rows to term counts ({@link StoryTerms}). */
  static final class ArticleTerms implements MapPartitionsFunction<Row, Row> {
    private final int leadWords;
    private final Set<String> stopWords;

    ArticleTerms(int leadWords, Set<String> stopWords) {
      this.leadWords = leadWords;
      this.stopWords = new HashSet<>(stopWords);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new LazyFlatMap<>(
          rows,
          row -> {
            Map<String, Integer> counts =
                StoryTerms.of(row.getString(1), row.getString(2), leadWords, stopWords);
            return List.of(
                    RowFactory.create(
                        row.getString(0),
                        row.isNullAt(3) ? null : row.getInt(3),
                        SparkSchemas.seq(new ArrayList<>(counts.keySet())),
                        SparkSchemas.seq(new ArrayList<>(counts.values()))))
                .iterator();
          });
    }
  }

  /** Term counts to unit TF-IDF vectors and blocking keys. */
  static final class ArticleVectors implements MapPartitionsFunction<Row, Row> {
    private final Broadcast<Map<String, Long>> frequencies;
    private final long articles;
    private final int blockTerms;
    private final int blockMaxArticles;

    ArticleVectors(
        Broadcast<Map<String, Long>> frequencies,
        long articles,
        int blockTerms,
        int blockMaxArticles) {
      this.frequencies = frequencies;
      this.articles = articles;
      this.blockTerms = blockTerms;
      this.blockMaxArticles = blockMaxArticles;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Map<String, Long> df = frequencies.value();
      return new LazyFlatMap<>(
          rows,
          row -> {
            List<String> terms = row.getList(2);
            List<Integer> counts = row.getList(3);
            Map<String, Integer> countOf = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
              countOf.put(terms.get(i), counts.get(i));
            }
            TermVector vector = TermVector.of(countOf, t -> df.getOrDefault(t, 1L), articles);
            List<String> keys = new ArrayList<>();
            for (String term : vector.topTerms(terms.size())) {
              long frequency = df.getOrDefault(term, 1L);
              // Words only: a phrase's words are keys already, and phrases would crowd them out.
              if (frequency >= 2 && frequency <= blockMaxArticles && !StoryTerms.isPhrase(term)) {
                keys.add(term);
                if (keys.size() == blockTerms) {
                  break;
                }
              }
            }
            return List.of(
                    RowFactory.create(
                        row.getString(0),
                        row.isNullAt(1) ? null : row.getInt(1),
                        SparkSchemas.seq(Arrays.asList(vector.terms())),
                        SparkSchemas.seq(Arrays.stream(vector.weights()).boxed().toList()),
                        SparkSchemas.seq(keys)))
                .iterator();
          });
    }
  }

  /** Candidate pairs with both vectors to scored links ({@link AlignSettings#similarity}). */
  static final class ScorePairs implements MapPartitionsFunction<Row, Row> {
    private final AlignSettings settings;

    ScorePairs(AlignSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new LazyFlatMap<>(
          rows,
          row -> {
            double similarity =
                settings.similarity(
                    vector(row, 2),
                    row.isNullAt(1) ? null : row.getInt(1),
                    vector(row, 6),
                    row.isNullAt(5) ? null : row.getInt(5));
            return similarity > 0
                ? List.of(RowFactory.create(row.getString(0), row.getString(4), similarity))
                    .iterator()
                : List.<Row>of().iterator();
          });
    }

    private static TermVector vector(Row row, int termsAt) {
      List<String> terms = row.getList(termsAt);
      List<Double> weights = row.getList(termsAt + 1);
      return new TermVector(
          terms.toArray(String[]::new),
          weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }
}
