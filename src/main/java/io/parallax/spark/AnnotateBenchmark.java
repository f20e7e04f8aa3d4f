package io.parallax.spark;

import io.parallax.annotate.AnnotatedArticle;
import io.parallax.annotate.ArticleAnnotator;
import io.parallax.config.ParallaxConfig;
import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.InputFormat;
import io.parallax.ingest.LinguaLanguageIdentifier;
import io.parallax.ingest.Outcome;
import io.parallax.ingest.RawRecord;
import io.parallax.ingest.RecordNormaliser;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * `benchmark annotate`: articles per second of the annotate stage on Spark with one core and with
 * every core, against bare CoreNLP with the same annotators on one thread and on every core, on the
 * same real articles, in the same process. Prints ratios and peak heap; asserts nothing.
 */
public final class AnnotateBenchmark {
  private static final StructType INPUT =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("outlet", DataTypes.StringType, false)
          .add("source_file", DataTypes.StringType, false)
          .add("source_position", DataTypes.LongType, false);

  /** Articles annotated before timing, so every core's JIT and pipeline are warm. */
  private static final int WARM_UP = 40;

  private AnnotateBenchmark() {}

  /**
   * Each round times all four in turn on the same articles. On a shared machine the second core's
   * speed drifts from minute to minute, so ratios are taken within a round, from measurements a few
   * seconds apart, and their median over the rounds is printed.
   */
  private record Round(double bare, double bareAllCores, double oneCore, double allCores) {}

  /** Runs the benchmark and returns the lines it prints. */
  public static List<String> run(
      List<String> inputs,
      int repeat,
      int rounds,
      boolean withStockPipeline,
      boolean sentimentEmbeddings) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, not " + rounds);
    }
    List<Row> articles = englishArticles(inputs, repeat);
    long tokens = 0;
    ArticleAnnotator annotator = new ArticleAnnotator(true, sentimentEmbeddings);
    for (Row article : articles) {
      AnnotatedArticle annotated = annotator.annotate(article.getString(1));
      tokens += annotated.sentences().stream().mapToInt(s -> s.tokenCount()).sum();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "articles: %,d English articles (%,d tokens) from %s, repeated %d times; actor"
                + " sentiment from %s; %d round(s), each timing bare CoreNLP (%s) on 1 and %d"
                + " threads, then the Spark stage on local[1] and local[%d]",
            articles.size(),
            tokens,
            inputs,
            repeat,
            sentimentEmbeddings ? "words and sentence embeddings" : "words",
            rounds,
            annotators(),
            cores,
            cores,
            cores));
    List<Round> measured = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      Round round =
          new Round(
              bareArticlesPerSecond(annotator, articles),
              bareArticlesPerSecond(annotator, articles, cores),
              sparkArticlesPerSecond("local[1]", articles, sentimentEmbeddings),
              sparkArticlesPerSecond("local[" + cores + "]", articles, sentimentEmbeddings));
      measured.add(round);
      lines.add(
          String.format(
              Locale.ROOT,
              "round %d: bare %.0f and %.0f articles/s (%.2fx), Spark %.0f (%.2fx bare) and %.0f"
                  + " (%.2fx local[1], %.2fx bare on %d threads)",
              r,
              round.bare(),
              round.bareAllCores(),
              round.bareAllCores() / round.bare(),
              round.oneCore(),
              round.oneCore() / round.bare(),
              round.allCores(),
              round.allCores() / round.oneCore(),
              round.allCores() / round.bareAllCores(),
              cores));
    }
    double bare = median(measured, Round::bare);
    double bareAllCores = median(measured, Round::bareAllCores);
    double oneCoreVsBare = median(measured, m -> m.oneCore() / m.bare());
    double allCoresVsOneCore = median(measured, m -> m.allCores() / m.oneCore());
    double bareScaling = median(measured, m -> m.bareAllCores() / m.bare());
    double allCoresVsBareAllCores = median(measured, m -> m.allCores() / m.bareAllCores());
    double allCores = median(measured, Round::allCores);
    lines.add("medians over the rounds:");
    lines.add(rate("bare CoreNLP (" + annotators() + "), 1 thread", bare, "", 0));
    lines.add(
        rate(
            "bare CoreNLP, " + cores + " threads (this machine's ceiling)",
            bareAllCores,
            "x 1 thread",
            bareScaling));
    lines.add(
        rate(
            "Spark annotate stage, local[1]",
            median(measured, Round::oneCore),
            "x bare CoreNLP",
            oneCoreVsBare));
    lines.add(
        rate(
            "Spark annotate stage, local[" + cores + "]",
            allCores,
            "x local[1]",
            allCoresVsOneCore));
    String stockRatio = "";
    if (withStockPipeline) {
      Properties stock = new Properties();
      stock.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      double stockRate = bareArticlesPerSecond(new ArticleAnnotator(stock, false, false), articles);
      lines.add(rate("stock CoreNLP (tokenize,ssplit,pos,lemma,ner defaults)", stockRate, "", 0));
      lines.add(
          String.format(
              Locale.ROOT,
              "whole annotate stage, local[%d] vs stock pipeline on 1 thread: %.2fx",
              cores,
              allCores / stockRate));
      stockRatio = String.format(Locale.ROOT, " stage_vs_stock=%.2f", allCores / stockRate);
    }
    lines.add(String.format(Locale.ROOT, "peak heap: %,d MiB", peakHeapBytes() >> 20));
    lines.add(
        String.format(
            Locale.ROOT,
            "benchmark annotate n=%d rounds=%d spark_1core_vs_bare=%.2f spark_%dcores_vs_1core=%.2f"
                + " bare_%dthreads_vs_1thread=%.2f spark_%dcores_vs_bare_%dthreads=%.2f%s",
            articles.size(),
            rounds,
            oneCoreVsBare,
            cores,
            allCoresVsOneCore,
            cores,
            bareScaling,
            cores,
            cores,
            allCoresVsBareAllCores,
            stockRatio));
    return lines;
  }

  private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
    return median(rounds.stream().mapToDouble(figure).toArray());
  }

  /** The median (the mean of the middle two when their number is even). */
  static double median(double... unsorted) {
    if (unsorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] values = unsorted.clone();
    Arrays.sort(values);
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  private static String annotators() {
    return ArticleAnnotator.properties().getProperty("annotators");
  }

  private static String rate(String what, double perSecond, String ratioLabel, double ratio) {
    String base = String.format(Locale.ROOT, "%-40s %,10.0f articles/s", what, perSecond);
    return ratioLabel.isEmpty()
        ? base
        : base + String.format(Locale.ROOT, "  %.2f %s", ratio, ratioLabel);
  }

  private static double bareArticlesPerSecond(ArticleAnnotator annotator, List<Row> articles) {
    long start = System.nanoTime();
    for (Row article : articles) {
      annotator.annotate(article.getString(1));
    }
    return articles.size() / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * Bare CoreNLP on several threads sharing one pipeline, as Spark's tasks in one executor share
   * it: what this machine allows at best, against which the Spark stage's scaling is read.
   */
  private static double bareArticlesPerSecond(
      ArticleAnnotator annotator, List<Row> articles, int threads) {
    return perSecond(articles, threads, article -> annotator.annotate(article.getString(1)));
  }

  /** Items per second of {@code work} on {@code threads} threads taking the items in turn. */
  static <T> double perSecond(List<T> items, int threads, Consumer<T> work) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < items.size();
                      i = next.getAndIncrement()) {
                    work.accept(items.get(i));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("bare CoreNLP failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return items.size() / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * One timed pass after a warm-up pass over a few articles, so JIT and session start are not
   * measured.
   */
  private static double sparkArticlesPerSecond(
      String master, List<Row> articles, boolean sentimentEmbeddings) {
    SparkConf conf =
        SparkSessions.applyParallaxDefaults(
            new SparkConf()
                .setMaster(master)
                .setAppName("parallax-benchmark")
                .set("spark.ui.enabled", "false"));
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      int partitions =
          SparkSessions.heavyStageTasks(
              spark, articles.size(), ParallaxConfig.defaults().annotateArticlesPerTask());
      LongAccumulator done = spark.sparkContext().longAccumulator("benchmark articles");
      var warmUp =
          spark.createDataFrame(articles.subList(0, Math.min(WARM_UP, articles.size())), INPUT);
      annotateAll(warmUp.repartition(partitions), done, sentimentEmbeddings);
      var frame = spark.createDataFrame(articles, INPUT).repartition(partitions).cache();
      frame.count();
      long start = System.nanoTime();
      annotateAll(frame, done, sentimentEmbeddings);
      return articles.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      spark.stop();
    }
  }

  private static void annotateAll(
      org.apache.spark.sql.Dataset<Row> frame, LongAccumulator done, boolean sentimentEmbeddings) {
    frame
        .mapPartitions(
            new AnnotateArticles(60_000, true, sentimentEmbeddings, null, 1024, done),
            Encoders.row(AnnotateArticles.SCHEMA))
        .foreach(row -> {});
  }

  static List<Row> englishArticles(List<String> inputs, int repeat) {
    return englishArticles(inputs, repeat, 1, Integer.MAX_VALUE);
  }

  /**
   * The English articles among every {@code every}-th record of the inputs, at most {@code limit}:
   * a sample spread over a large corpus without reading all of it into memory.
   */
  static List<Row> englishArticles(List<String> inputs, int repeat, long every, int limit) {
    Configuration hadoop = new Configuration();
    InputFiles.Resolved resolved = InputFiles.resolve(inputs, Optional.empty(), hadoop);
    List<InputFiles.InputFile> textFiles =
        resolved.files().stream().filter(f -> f.format() != InputFormat.PARQUET).toList();
    RecordNormaliser normaliser =
        new RecordNormaliser(IngestSettings.defaults(), LinguaLanguageIdentifier.INSTANCE);
    List<Row> articles = new ArrayList<>();
    long seen = 0;
    for (int copy = 0; copy < repeat && articles.size() < limit; copy++) {
      Iterator<RawRecord> records =
          new ReadTextFiles(hadoop, IngestSettings.defaults()).call(textFiles.iterator());
      while (records.hasNext() && articles.size() < limit) {
        RawRecord record = records.next();
        if (seen++ % every != 0) {
          continue;
        }
        Outcome outcome = normaliser.normalise(record);
        if (outcome.isArticle() && outcome.article().excludedReason() == null) {
          articles.add(
              RowFactory.create(
                  outcome.article().articleId() + "#" + copy,
                  outcome.article().text(),
                  outcome.article().outlet(),
                  record.sourceFile(),
                  record.position()));
        }
      }
    }
    return articles;
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
