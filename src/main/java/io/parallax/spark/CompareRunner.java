package io.parallax.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.parallax.annotate.SentenceEmbeddings;
import io.parallax.compare.Divergence;
import io.parallax.compare.FightinWords;
import io.parallax.compare.FrameFeatures;
import io.parallax.compare.Omissions;
import io.parallax.compare.QuoteShares;
import io.parallax.compare.SpeakerGroups;
import io.parallax.report.OutputTables;
import io.parallax.report.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.LoggerFactory;

/**
 * The compare stage on Spark, first part: the `story_outlets` table, one row per outlet of each
 * story that two or more outlets report. Tallies are Spark aggregations; quote shares and
 * distinctive words come from the pure core ({@link QuoteShares}, {@link FightinWords}) per group.
 */
final class CompareRunner {
  private static final StructType OMISSION_ROWS =
      SparkSchemas.withoutOutletGroups(OutputTables.OMISSIONS);

  /**
   * The `omissions` table: per story with two or more outlets, what each outlet leaves out that
   * others report ({@link Omissions}), one story per group.
   */
  static Dataset<Row> omissions(
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> actors,
      Dataset<Row> quotes,
      Omissions.Limits limits,
      boolean claimsEmbeddings,
      OmissionTally tally,
      String runId) {
    Dataset<Row> members = multiOutletMembers(articles);
    Dataset<Row> headlines =
        articles.where(col("title").isNotNull()).select(col("article_id"), col("title"));
    Dataset<Row> storySentences =
        sentences
            .join(members, "article_id")
            .join(headlines, new String[] {"article_id"}, "left")
            .groupBy("story_id")
            .agg(
                collect_list(struct("outlet", "article_id", "sentence_index", "text", "title"))
                    .as("sentences"));
    Dataset<Row> storyActors =
        actors
            .join(members, "article_id")
            .groupBy("story_id")
            .agg(
                collect_list(struct("outlet", "actor_id", "actor_name", "mention_count"))
                    .as("actors"));
    Dataset<Row> storyQuotes =
        quotes
            .join(members, "article_id")
            .groupBy("story_id")
            .agg(collect_list(struct("outlet", "speaker_actor_id", "text")).as("quotes"));
    List<String> stop = List.copyOf(StopWords.ENGLISH);
    Dataset<Row> omitted =
        storySentences
            .join(
                members
                    .select("story_id", "outlet")
                    .distinct()
                    .groupBy("story_id")
                    .agg(collect_list("outlet").as("outlets")),
                "story_id")
            .join(storyActors, new String[] {"story_id"}, "left")
            .join(storyQuotes, new String[] {"story_id"}, "left")
            .select("story_id", "outlets", "sentences", "actors", "quotes")
            .flatMap(
                new StoryOmissions(new HashSet<>(stop), limits, claimsEmbeddings, tally, runId),
                Encoders.row(OMISSION_ROWS));
    return withOutletGroups(omitted, articles, OutputTables.OMISSIONS)
        .sortWithinPartitions("story_id", "outlet");
  }

  private static Dataset<Row> multiOutletMembers(Dataset<Row> articles) {
    Dataset<Row> inStories =
        articles.where(col("story_id").isNotNull()).select("article_id", "outlet", "story_id");
    Dataset<Row> shared =
        inStories
            .groupBy("story_id")
            .agg(countDistinct("outlet").as("outlets"))
            .where(col("outlets").geq(2))
            .select("story_id");
    return inStories.join(shared, "story_id");
  }

  /**
   * What the omissions stage judged and did not write, added up over its tasks: claim × outlet
   * pairs under `compare.claims.min-confidence`, and omissions over the per-outlet cap. Read after
   * the table is staged (one pass over the stories; a task Spark retries would count twice).
   */
  record OmissionTally(
      org.apache.spark.util.LongAccumulator underConfidence,
      org.apache.spark.util.LongAccumulator overCap)
      implements java.io.Serializable {
    static OmissionTally in(org.apache.spark.sql.SparkSession spark) {
      return new OmissionTally(
          spark.sparkContext().longAccumulator("omission claims under confidence"),
          spark.sparkContext().longAccumulator("omissions over the per-outlet cap"));
    }

    /** For run_summary.omissions_not_written. */
    Map<String, Long> asMap() {
      Map<String, Long> counts = new TreeMap<>();
      counts.put("claim_under_confidence", underConfidence.value());
      counts.put("over_per_outlet_cap", overCap.value());
      return counts;
    }
  }

  /** One story's sentences, actors and quotes, by outlet, to its omission rows. */
  static final class StoryOmissions implements FlatMapFunction<Row, Row> {
    private final Set<String> stopWords;
    private final Omissions.Limits limits;
    private final boolean claimsEmbeddings;
    private final OmissionTally tally;
    private final String runId;

    /**
     * With {@code claimsEmbeddings} (`compare.claims.embeddings`), a claim's counterpart may be a
     * sentence that restates it in other words ({@link Omissions#COUNTERPART_COSINE}).
     */
    StoryOmissions(
        Set<String> stopWords,
        Omissions.Limits limits,
        boolean claimsEmbeddings,
        OmissionTally tally,
        String runId) {
      this.stopWords = new HashSet<>(stopWords);
      this.limits = limits;
      this.claimsEmbeddings = claimsEmbeddings;
      this.tally = tally;
      this.runId = runId;
    }

    @Override
    public Iterator<Row> call(Row story) {
      Map<String, List<Omissions.Sentence>> sentences = new TreeMap<>();
      Map<String, Map<String, String>> actors = new TreeMap<>();
      Map<String, Set<String>> prominent = new TreeMap<>();
      Map<String, List<Omissions.Quotation>> quotes = new TreeMap<>();
      Map<String, Map<String, String>> headlines = new TreeMap<>();
      for (String outlet : story.<String>getList(1)) {
        headlines.put(outlet, new HashMap<>());
        sentences.put(outlet, new ArrayList<>());
        actors.put(outlet, new LinkedHashMap<>());
        prominent.put(outlet, new HashSet<>());
        quotes.put(outlet, new ArrayList<>());
      }
      List<Row> rows = new ArrayList<>(story.<Row>getList(2));
      rows.sort(
          Comparator.<Row, String>comparing(r -> r.getString(1)).thenComparing(r -> r.getInt(2)));
      for (Row r : rows) {
        sentences
            .get(r.getString(0))
            .add(new Omissions.Sentence(r.getString(1), r.getInt(2), r.getString(3)));
        if (!r.isNullAt(4)) {
          headlines.get(r.getString(0)).put(r.getString(1), r.getString(4));
        }
      }
      if (!story.isNullAt(3)) {
        for (Row r : story.<Row>getList(3)) {
          actors.get(r.getString(0)).putIfAbsent(r.getString(1), r.getString(2));
          if (r.getInt(3) >= 2) {
            prominent.get(r.getString(0)).add(r.getString(1));
          }
        }
      }
      if (!story.isNullAt(4)) {
        for (Row r : story.<Row>getList(4)) {
          quotes.get(r.getString(0)).add(new Omissions.Quotation(r.getString(1), r.getString(2)));
        }
      }
      List<Omissions.OutletTelling> tellings = new ArrayList<>();
      for (String outlet : sentences.keySet()) {
        tellings.add(
            new Omissions.OutletTelling(
                outlet,
                sentences.get(outlet),
                actors.get(outlet),
                prominent.get(outlet),
                quotes.get(outlet),
                headlines.get(outlet)));
      }
      long articles = Omissions.articles(tellings);
      if (articles > limits.claimsMaxArticles()) {
        LoggerFactory.getLogger(CompareRunner.class)
            .warn(
                "story {}: {} articles, more than compare.claims-max-articles={}; its omissions"
                    + " list actors, numbers and speakers, no claims",
                story.getString(0),
                articles,
                limits.claimsMaxArticles());
      }
      List<Row> out = new ArrayList<>();
      int rank = 0;
      Omissions.Judged judged =
          Omissions.judge(
              tellings,
              stopWords,
              limits,
              claimsEmbeddings ? SentenceEmbeddings::of : null,
              io.parallax.compare.OmissionModel.shipped());
      tally.underConfidence().add(judged.underConfidence());
      tally.overCap().add(judged.overCap());
      for (Omissions.Omission o : judged.omissions()) {
        out.add(
            RowFactory.create(
                story.getString(0),
                o.outlet(),
                rank++,
                o.kind(),
                o.fact(),
                SparkSchemas.seq(o.reportedBy()),
                o.reportedBy().size(),
                SparkSchemas.seq(o.evidence()),
                o.confidence(),
                o.closestText(),
                o.closestScore(),
                runId));
      }
      return out.iterator();
    }
  }

  /** Main actors per story whose sentiment each outlet's row carries. */
  static final int MAIN_ACTORS = 5;

  /**
   * Distinctive words per story × outlet: the highest positive z-scores. Not cut at 1.96 (p <
   * 0.05): an outlet with one article in a story rarely reaches it (the seeds' best are about 1.5),
   * and the z-scores are written beside the words for an analyst to cut.
   */
  static final int DISTINCTIVE_TERMS = 10;

  static final double MIN_Z = 1e-9;

  /** Pseudo-counts of the informative prior, spread over words by their run-wide frequency. */
  static final double PRIOR_TOTAL = 500;

  private static final StructType QUOTE_PART =
      new StructType()
          .add("story_id", DataTypes.StringType, false)
          .add("outlet", DataTypes.StringType, false)
          .add("quoted_words", DataTypes.LongType, false)
          .add("top_speaker", DataTypes.StringType, true)
          .add(
              "quote_share",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false),
              false);

  private static final StructType TERM_PART =
      new StructType()
          .add("story_id", DataTypes.StringType, false)
          .add("outlet", DataTypes.StringType, false)
          .add("distinctive_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add(
              "distinctive_term_z",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false),
              false);

  private CompareRunner() {}

  static Dataset<Row> storyOutlets(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> actors,
      Dataset<Row> quotes,
      String runId) {
    Dataset<Row> rows =
        outlets(
            spark,
            articles,
            sentences,
            actors,
            quotes,
            multiOutletMembers(articles).cache(),
            MAIN_ACTORS,
            runId);
    return withOutletGroups(rows, articles, OutputTables.STORY_OUTLETS)
        .sortWithinPartitions("story_id", "outlet");
  }

  private static Dataset<Row> withOutletGroups(
      Dataset<Row> rows, Dataset<Row> articles, TableSchema table) {
    return SparkSchemas.conform(GroupCoverage.withOutletGroups(rows, articles), table);
  }

  /**
   * Rows shaped as `story_outlets`, one per (story_id, outlet) of {@code members} (article_id,
   * outlet, story_id): the story's members, or, for outlet profiles, every article of the run as
   * one "story".
   */
  static Dataset<Row> outlets(
      SparkSession spark,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> actors,
      Dataset<Row> quotes,
      Dataset<Row> members,
      int mainActors,
      String runId) {
    Dataset<Row> base =
        members.groupBy("story_id", "outlet").agg(count(lit(1)).cast("int").as("article_count"));
    Dataset<Row> tone =
        sentences
            .join(members, "article_id")
            .groupBy("story_id", "outlet")
            .agg(
                avg("sentiment").as("tone"),
                avg(when(size(col("loaded_words")).gt(0), 1.0).otherwise(0.0)).as("loaded_share"),
                // null without a bias model: avg skips the nulls of unscored sentences
                avg(when(col("bias").geq(0.5), 1.0).when(col("bias").lt(0.5), 0.0))
                    .as("biased_share"));
    Dataset<Row> quoteShares =
        quotes
            .join(members, "article_id")
            .groupBy("story_id", "outlet", "speaker_actor_id")
            .agg(sum("word_count").as("words"), count(lit(1)).as("quotes"))
            .groupBy("story_id", "outlet")
            .agg(collect_list(struct("speaker_actor_id", "words", "quotes")).as("speakers"))
            .map(new ToQuoteShares(), Encoders.row(QUOTE_PART));
    Dataset<Row> actorSentiment = actorSentiment(actors, members, mainActors);
    Dataset<Row> terms = distinctiveTerms(spark, sentences, members);
    Dataset<Row> speakerGroups = speakerGroups(actors, quotes, members);
    Dataset<Row> frames =
        articles
            .select(col("article_id"), explode(col("frames")).as(new String[] {"frame", "score"}))
            .join(members, "article_id")
            .groupBy("story_id", "outlet", "frame")
            .agg(avg("score").as("score"))
            .groupBy("story_id", "outlet")
            .agg(collect_list(struct("frame", "score")).as("frame_mix"));

    Dataset<Row> joined =
        base.join(tone, new String[] {"story_id", "outlet"}, "left")
            .join(quoteShares, new String[] {"story_id", "outlet"}, "left")
            .join(actorSentiment, new String[] {"story_id", "outlet"}, "left")
            .join(terms, new String[] {"story_id", "outlet"}, "left")
            .join(frames, new String[] {"story_id", "outlet"}, "left")
            .join(speakerGroups, new String[] {"story_id", "outlet"}, "left")
            .select(
                "story_id",
                "outlet",
                "article_count",
                "tone",
                "quoted_words",
                "top_speaker",
                "quote_share",
                "actor_sentiment",
                "distinctive_terms",
                "distinctive_term_z",
                "actor_labels",
                "frame_mix",
                "speaker_groups",
                "loaded_share",
                "biased_share");
    return joined.map(
        new ToStoryOutletRow(runId),
        Encoders.row(SparkSchemas.withoutOutletGroups(OutputTables.STORY_OUTLETS)));
  }

  /**
   * Per story × outlet, its quoted words by speaker group ({@link SpeakerGroups}), each speaker's
   * group judged from all the role words the story's articles, of any outlet, attach to it.
   */
  static Dataset<Row> speakerGroups(
      Dataset<Row> actors, Dataset<Row> quotes, Dataset<Row> members) {
    Dataset<Row> speakers =
        actors
            .join(members.select("article_id", "story_id"), "article_id")
            .groupBy("story_id", "actor_id")
            .agg(
                first("actor_type").as("actor_type"),
                array_distinct(flatten(collect_list("roles"))).as("roles"));
    UserDefinedFunction group =
        udf(
            (UDF3<String, String, scala.collection.Seq<String>, String>)
                (speaker, type, roles) ->
                    SpeakerGroups.of(
                        speaker,
                        type,
                        roles == null
                            ? List.of()
                            : scala.jdk.javaapi.CollectionConverters.asJava(roles)),
            DataTypes.StringType);
    return quotes
        .join(members, "article_id")
        .join(
            speakers.withColumnRenamed("story_id", "_story_id"),
            col("speaker_actor_id")
                .equalTo(col("actor_id"))
                .and(col("story_id").equalTo(col("_story_id"))),
            "left")
        .select(
            col("story_id"),
            col("outlet"),
            col("word_count"),
            group.apply(col("speaker_actor_id"), col("actor_type"), col("roles")).as("group"))
        .groupBy("story_id", "outlet", "group")
        .agg(sum("word_count").as("words"))
        .groupBy("story_id", "outlet")
        .agg(collect_list(struct("group", "words")).as("speaker_groups"));
  }

  /**
   * Per story × outlet, the mean sentiment toward each of the story's main actors (those mentioned
   * most across the story), weighted by the mentions the model scored.
   */
  static Dataset<Row> actorSentiment(Dataset<Row> actors, Dataset<Row> members, int mainActors) {
    Dataset<Row> inStory = actors.join(members, "article_id");
    Dataset<Row> main =
        inStory
            .groupBy("story_id", "actor_id")
            .agg(sum("mention_count").as("mentions"))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("story_id").orderBy(desc("mentions"), col("actor_id"))))
            .where(col("rank").leq(mainActors))
            .select("story_id", "actor_id");
    Dataset<Row> mainInStory = inStory.join(main, new String[] {"story_id", "actor_id"});
    Dataset<Row> labels =
        mainInStory
            .select(
                col("story_id"), col("outlet"), col("actor_id"), explode(col("roles")).as("role"))
            .groupBy("story_id", "outlet", "actor_id")
            .agg(sort_array(collect_set("role")).as("labels"))
            .groupBy("story_id", "outlet")
            .agg(collect_list(struct("actor_id", "labels")).as("actor_labels"));
    return mainInStory
        .where(col("sentiment_mentions").gt(0))
        .groupBy("story_id", "outlet", "actor_id")
        .agg(
            sum(col("sentiment").multiply(col("sentiment_mentions")))
                .divide(sum("sentiment_mentions"))
                .as("sentiment"))
        .groupBy("story_id", "outlet")
        .agg(collect_list(struct("actor_id", "sentiment")).as("actor_sentiment"))
        .join(labels, new String[] {"story_id", "outlet"}, "full_outer");
  }

  /** Words of each outlet's sentences against the other outlets' in the story. */
  static Dataset<Row> distinctiveTerms(
      SparkSession spark, Dataset<Row> sentences, Dataset<Row> members) {
    Dataset<Row> words = words(sentences);
    Map<String, Long> background = new HashMap<>();
    for (Row row : words.groupBy("word").count().where(col("count").geq(2)).collectAsList()) {
      background.put(row.getString(0), row.getLong(1));
    }
    Broadcast<Map<String, Long>> prior =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(background);
    return wordCountsByStory(words, members)
        .flatMapGroups(new StoryWords(prior), Encoders.row(TERM_PART));
  }

  /** (article_id, word): the sentences' words, lower-cased, stop words and short words aside. */
  static Dataset<Row> words(Dataset<Row> sentences) {
    List<String> stop = List.copyOf(StopWords.ENGLISH);
    return sentences
        .select(
            col("article_id"), explode(split(lower(col("text")), "[^\\p{L}\\p{N}']+")).as("word"))
        .where(length(col("word")).geq(3))
        .where(not(col("word").isin(stop.toArray())));
  }

  /** (story_id, outlet, word, count) rows of the stories' members, grouped by story. */
  static KeyValueGroupedDataset<String, Row> wordCountsByStory(
      Dataset<Row> words, Dataset<Row> members) {
    return words
        .join(members, "article_id")
        .groupBy("story_id", "outlet", "word")
        .count()
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
  }

  /** One story's grouped word counts as outlet → word → count, outlets by name. */
  private static Map<String, Map<String, Long>> wordsByOutlet(Iterator<Row> rows) {
    Map<String, Map<String, Long>> byOutlet = new TreeMap<>();
    rows.forEachRemaining(
        r ->
            byOutlet
                .computeIfAbsent(r.getString(1), o -> new HashMap<>())
                .put(r.getString(2), r.getLong(3)));
    return byOutlet;
  }

  private static final StructType PAIR_WORDS =
      new StructType()
          .add("story_id", DataTypes.StringType, false)
          .add("outlet_a", DataTypes.StringType, false)
          .add("outlet_b", DataTypes.StringType, false)
          .add("lexical_divergence", DataTypes.DoubleType, false);

  /**
   * The `outlet_pairs` table: per story, each pair of its outlets (a before b by name) compared:
   * tone gap, actor-sentiment gaps, quoted-source overlap, lexical divergence, and how many facts
   * each leaves out that the other reports. Built from the staged `story_outlets` and `omissions`.
   */
  static Dataset<Row> outletPairs(
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> storyOutlets,
      Dataset<Row> omissions,
      String runId) {
    Dataset<Row> members = multiOutletMembers(articles);
    Dataset<Row> lexical =
        wordCountsByStory(words(sentences), members)
            .flatMapGroups(new PairWords(), Encoders.row(PAIR_WORDS));
    Dataset<Row> a =
        storyOutlets.select(
            col("story_id"),
            col("outlet").as("outlet_a"),
            col("tone").as("tone_a"),
            col("quote_share").as("quotes_a"),
            col("actor_sentiment").as("actors_a"),
            col("frame_mix").as("frames_a"));
    Dataset<Row> b =
        storyOutlets.select(
            col("story_id").as("story_b"),
            col("outlet").as("outlet_b"),
            col("tone").as("tone_b"),
            col("quote_share").as("quotes_b"),
            col("actor_sentiment").as("actors_b"),
            col("frame_mix").as("frames_b"));
    Dataset<Row> omitted =
        omissions
            .select(
                col("story_id"),
                col("outlet").as("omitter"),
                explode(col("reported_by")).as("reporter"))
            .groupBy("story_id", "omitter", "reporter")
            .count();
    Dataset<Row> pairs =
        a.join(b, col("story_id").equalTo(col("story_b")).and(col("outlet_a").lt(col("outlet_b"))))
            .drop("story_b")
            .join(lexical, new String[] {"story_id", "outlet_a", "outlet_b"}, "left")
            .join(
                omitted.select(
                    col("story_id"),
                    col("omitter").as("outlet_a"),
                    col("reporter").as("outlet_b"),
                    col("count").as("a_omits")),
                new String[] {"story_id", "outlet_a", "outlet_b"},
                "left")
            .join(
                omitted.select(
                    col("story_id"),
                    col("omitter").as("outlet_b"),
                    col("reporter").as("outlet_a"),
                    col("count").as("b_omits")),
                new String[] {"story_id", "outlet_a", "outlet_b"},
                "left")
            .select(
                "story_id",
                "outlet_a",
                "outlet_b",
                "tone_a",
                "tone_b",
                "quotes_a",
                "quotes_b",
                "actors_a",
                "actors_b",
                "lexical_divergence",
                "a_omits",
                "b_omits",
                "frames_a",
                "frames_b");
    return pairs
        .map(new ToPairRow(runId), Encoders.row(SparkSchemas.structType(OutputTables.OUTLET_PAIRS)))
        .sortWithinPartitions("story_id", "outlet_a", "outlet_b");
  }

  /** One story's word counts per outlet to the Jensen–Shannon divergence of each pair. */
  static final class PairWords implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String story, Iterator<Row> rows) {
      Map<String, Map<String, Long>> byOutlet = wordsByOutlet(rows);
      List<String> outlets = new ArrayList<>(byOutlet.keySet());
      List<Row> out = new ArrayList<>();
      for (int i = 0; i < outlets.size(); i++) {
        for (int j = i + 1; j < outlets.size(); j++) {
          out.add(
              RowFactory.create(
                  story,
                  outlets.get(i),
                  outlets.get(j),
                  Divergence.jensenShannon(
                      byOutlet.get(outlets.get(i)), byOutlet.get(outlets.get(j)))));
        }
      }
      return out.iterator();
    }
  }

  /** The joined pair to an `outlet_pairs` row. */
  static final class ToPairRow implements MapFunction<Row, Row> {
    private final String runId;

    ToPairRow(String runId) {
      this.runId = runId;
    }

    @Override
    public Row call(Row row) {
      Map<String, Double> quotesA = row.getJavaMap(5);
      Map<String, Double> quotesB = row.getJavaMap(6);
      Set<String> speakersA = new HashSet<>(quotesA.keySet());
      Set<String> speakersB = new HashSet<>(quotesB.keySet());
      speakersA.remove(QuoteShares.UNATTRIBUTED);
      speakersB.remove(QuoteShares.UNATTRIBUTED);
      Map<String, Double> actorsA = row.getJavaMap(7);
      Map<String, Double> actorsB = row.getJavaMap(8);
      Map<String, Double> gaps = new TreeMap<>();
      actorsA.forEach(
          (actor, sentiment) -> {
            if (actorsB.containsKey(actor)) {
              gaps.put(actor, sentiment - actorsB.get(actor));
            }
          });
      Double toneGap =
          row.isNullAt(3) || row.isNullAt(4) ? null : row.getDouble(3) - row.getDouble(4);
      return RowFactory.create(
          row.getString(0),
          row.getString(1),
          row.getString(2),
          toneGap,
          SparkSchemas.map(gaps),
          Divergence.jaccard(speakersA, speakersB),
          row.isNullAt(9) ? null : row.getDouble(9),
          Divergence.jensenShannonOfWeights(row.getJavaMap(12), row.getJavaMap(13)),
          row.isNullAt(10) ? 0 : (int) row.getLong(10),
          row.isNullAt(11) ? 0 : (int) row.getLong(11),
          runId);
    }
  }

  /** Speakers' tallies of one story × outlet to its quote shares. */
  static final class ToQuoteShares implements MapFunction<Row, Row> {
    @Override
    public Row call(Row row) {
      QuoteShares shares = new QuoteShares();
      for (Row speaker : row.<Row>getList(2)) {
        shares.add(speaker.getString(0), speaker.getLong(1), speaker.getLong(2));
      }
      return RowFactory.create(
          row.getString(0),
          row.getString(1),
          shares.quotedWords(),
          shares.leader(),
          SparkSchemas.map(shares.shares()));
    }
  }

  /** One story's word counts per outlet to each outlet's distinctive words. */
  static final class StoryWords implements FlatMapGroupsFunction<String, Row, Row> {
    private final Broadcast<Map<String, Long>> prior;

    StoryWords(Broadcast<Map<String, Long>> prior) {
      this.prior = prior;
    }

    @Override
    public Iterator<Row> call(String story, Iterator<Row> rows) {
      Map<String, Map<String, Long>> byOutlet = wordsByOutlet(rows);
      Map<String, Long> total = new HashMap<>();
      byOutlet.values().forEach(words -> words.forEach((w, n) -> total.merge(w, n, Long::sum)));
      List<Row> out = new ArrayList<>();
      FightinWords.AgainstTheRest others =
          new FightinWords.AgainstTheRest(total, prior.value(), PRIOR_TOTAL);
      for (Map.Entry<String, Map<String, Long>> outlet : byOutlet.entrySet()) {
        List<FightinWords.Scored> top =
            FightinWords.top(others.zScoresOfOwnWords(outlet.getValue()), DISTINCTIVE_TERMS, MIN_Z);
        Map<String, Double> z = new LinkedHashMap<>();
        top.forEach(s -> z.put(s.word(), s.z()));
        out.add(
            RowFactory.create(
                story,
                outlet.getKey(),
                SparkSchemas.seq(new ArrayList<>(z.keySet())),
                SparkSchemas.map(z)));
      }
      return out.iterator();
    }
  }

  /** The joined parts to a `story_outlets` row, empty collections where a part is missing. */
  static final class ToStoryOutletRow implements MapFunction<Row, Row> {
    private final String runId;

    ToStoryOutletRow(String runId) {
      this.runId = runId;
    }

    @Override
    public Row call(Row row) {
      Map<String, Double> actorSentiment = new LinkedHashMap<>();
      if (!row.isNullAt(7)) {
        for (Row a : row.<Row>getList(7)) {
          actorSentiment.put(a.getString(0), a.getDouble(1));
        }
      }
      Map<String, String> actorLabels = new TreeMap<>();
      if (!row.isNullAt(10)) {
        for (Row a : row.<Row>getList(10)) {
          actorLabels.put(a.getString(0), String.join("; ", a.<String>getList(1)));
        }
      }
      Map<String, Double> frameMix = new LinkedHashMap<>();
      if (!row.isNullAt(11)) {
        Map<String, Double> byFrame = new HashMap<>();
        for (Row f : row.<Row>getList(11)) {
          byFrame.put(f.getString(0), f.getDouble(1));
        }
        FrameFeatures.FRAMES.forEach(
            frame -> {
              if (byFrame.containsKey(frame)) {
                frameMix.put(frame, byFrame.get(frame));
              }
            });
      }
      QuoteShares groupWords = new QuoteShares();
      if (!row.isNullAt(12)) {
        for (Row g : row.<Row>getList(12)) {
          groupWords.add(g.getString(0), g.getLong(1), 0);
        }
      }
      return RowFactory.create(
          row.getString(0),
          row.getString(1),
          row.getInt(2),
          row.isNullAt(3) ? null : row.getDouble(3),
          row.isNullAt(13) ? null : row.getDouble(13),
          row.isNullAt(14) ? null : row.getDouble(14),
          row.isNullAt(4) ? 0L : row.getLong(4),
          row.isNullAt(5) ? null : row.getString(5),
          row.isNullAt(6) ? SparkSchemas.map(Map.of()) : row.get(6),
          SparkSchemas.map(groupWords.shares()),
          SparkSchemas.map(actorSentiment),
          SparkSchemas.map(actorLabels),
          SparkSchemas.map(frameMix),
          FrameFeatures.mainFrame(frameMix),
          row.isNullAt(8) ? SparkSchemas.seq(List.of()) : row.get(8),
          row.isNullAt(9) ? SparkSchemas.map(Map.of()) : row.get(9),
          runId);
    }
  }
}
