package io.parallax.spark;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.parallax.annotate.ArticleAnnotator;
import io.parallax.annotate.CoreNlpPipelines;
import io.parallax.config.ParallaxConfig;
import io.parallax.evaluate.ScaleCorpus;
import io.parallax.report.OutputTables;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * `benchmark job`: the whole job on scale corpora of growing size (real articles, {@link
 * ScaleCorpus}), in one process: articles per second of the job and of each stage, the cost per
 * doubling, the job's throughput against bare CoreNLP with the same annotators on the same cores
 * (the NLP floor), the heap's peak (sampled, and after collection: the live set), Spark's peak
 * executor heap and the bytes shuffled. Prints; asserts nothing.
 */
public final class JobBenchmark {
  private static final LocalDate RUN_DATE = LocalDate.of(2026, 1, 1);

  /** Articles of the warm-up run, so model loading and JIT are not in the first size's time. */
  private static final int WARM_UP_ARTICLES = 100;

  /** The stages of run_summary.stage_seconds in the order a run goes through them. */
  private static final List<String> STAGES =
      List.of("list_inputs", "ingest", "align", "write", "annotate", "compare");

  private JobBenchmark() {}

  /** One size's figures. */
  record Measured(
      int articles,
      double seconds,
      Map<String, Double> stageSeconds,
      long shuffleBytes,
      long peakHeapBytes,
      long peakLiveHeapBytes,
      long sparkPeakHeapBytes) {
    double articlesPerSecond() {
      return articles / seconds;
    }
  }

  /** Runs the benchmark and returns the lines it prints. */
  public static List<String> run(
      SparkSession spark,
      Path data,
      List<Integer> sizes,
      int bareSample,
      Path work,
      ParallaxConfig config) {
    TaskTotals totals = new TaskTotals();
    spark.sparkContext().addSparkListener(totals);
    List<String> lines = new ArrayList<>();
    int cores = spark.sparkContext().defaultParallelism();
    lines.add(
        String.format(
            Locale.ROOT,
            "machine: %d cores for Spark, max heap %,d MiB, %s",
            cores,
            Runtime.getRuntime().maxMemory() >> 20,
            spark.sparkContext().master()));

    runJob(spark, corpus(data, WARM_UP_ARTICLES, work), work.resolve("out-warm-up"), config);
    List<Measured> measured = new ArrayList<>();
    for (int size : sizes) {
      Path input = corpus(data, size, work);
      totals.reset();
      HeapSampler heap = HeapSampler.start();
      long t0 = System.nanoTime();
      Path output = work.resolve("out-" + size);
      runJob(spark, input, output, config);
      double seconds = (System.nanoTime() - t0) / 1e9;
      heap.stop();
      Measured m =
          new Measured(
              size,
              seconds,
              stageSeconds(spark, output),
              totals.shuffleBytes.get(),
              heap.peakUsed(),
              heap.peakLive(),
              totals.peakExecutorHeap.get());
      measured.add(m);
      lines.add(sizeLine(m));
    }
    for (int i = 1; i < measured.size(); i++) {
      lines.add(doublingLine(measured.get(i - 1), measured.get(i)));
    }

    Measured largest = measured.get(measured.size() - 1);
    List<String> sample =
        englishSample(corpus(data, largest.articles(), work), largest.articles(), bareSample);
    double bare = bareArticlesPerSecond(sample, cores);
    lines.add(
        String.format(
            Locale.ROOT,
            "bare CoreNLP (%s), %d threads, %d articles sampled from the %,d: %.1f articles/s",
            ArticleAnnotator.properties().getProperty("annotators"),
            cores,
            sample.size(),
            largest.articles(),
            bare));
    Measured smallest = measured.get(0);
    lines.add(
        String.format(
            Locale.ROOT,
            "benchmark job sizes=%s articles_per_s=%.1f job_vs_bare=%.2f annotate_vs_bare=%.2f"
                + " cost_per_doubling=%.2f max_heap_mib=%d peak_live_heap_mib=%d shuffle_mib=%.1f",
            sizes.stream().map(String::valueOf).collect(Collectors.joining(",")),
            largest.articlesPerSecond(),
            largest.articlesPerSecond() / bare,
            largest.articles() / largest.stageSeconds().getOrDefault("annotate", Double.NaN) / bare,
            perDoubling(
                smallest.articles(), smallest.seconds(), largest.articles(), largest.seconds()),
            Runtime.getRuntime().maxMemory() >> 20,
            largest.peakLiveHeapBytes() >> 20,
            largest.shuffleBytes() / (double) (1 << 20)));
    return lines;
  }

  private static Path corpus(Path data, int articles, Path work) {
    Path dir = work.resolve("corpus-" + articles);
    if (!dir.toFile().isDirectory()) {
      ScaleCorpus.write(data, articles, dir);
    }
    return dir;
  }

  private static void runJob(SparkSession spark, Path input, Path output, ParallaxConfig config) {
    RunRequest request =
        new RunRequest(
            List.of(input.toString()), Optional.empty(), output.toString(), RUN_DATE, config);
    RunReport report = RunJob.run(spark, request);
    if (!report.balanced()) {
      throw new IllegalStateException("benchmark run did not balance: " + report);
    }
  }

  /** The run's own stage timings, from its run_summary row. */
  private static Map<String, Double> stageSeconds(SparkSession spark, Path output) {
    Row summary =
        spark
            .read()
            .parquet(output.resolve(OutputTables.RUN_SUMMARY.name()).toString())
            .select("stage_seconds")
            .first();
    Map<String, Double> recorded = summary.getJavaMap(0);
    Map<String, Double> inRunOrder = new LinkedHashMap<>();
    for (String stage : STAGES) {
      if (recorded.containsKey(stage)) {
        inRunOrder.put(stage, recorded.get(stage));
      }
    }
    recorded.forEach(inRunOrder::putIfAbsent);
    return inRunOrder;
  }

  static String sizeLine(Measured m) {
    String stages =
        m.stageSeconds().entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "%,7d articles: %7.1f s, %6.1f articles/s (%s); heap peak %,d MiB, after GC %,d MiB,"
            + " Spark executor peak %,d MiB; shuffled %.1f MiB",
        m.articles(),
        m.seconds(),
        m.articlesPerSecond(),
        stages,
        m.peakHeapBytes() >> 20,
        m.peakLiveHeapBytes() >> 20,
        m.sparkPeakHeapBytes() >> 20,
        m.shuffleBytes() / (double) (1 << 20));
  }

  static String doublingLine(Measured smaller, Measured larger) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%,d -> %,d articles: cost per doubling %.2f",
                smaller.articles(),
                larger.articles(),
                perDoubling(
                    smaller.articles(), smaller.seconds(), larger.articles(), larger.seconds())));
    for (Map.Entry<String, Double> stage : larger.stageSeconds().entrySet()) {
      Double before = smaller.stageSeconds().get(stage.getKey());
      if (before != null && before > 0.5) {
        line.append(
            String.format(
                Locale.ROOT,
                ", %s %.2f",
                stage.getKey(),
                perDoubling(smaller.articles(), before, larger.articles(), stage.getValue())));
      }
    }
    return line.toString();
  }

  /**
   * The factor by which cost grows when the input doubles, from two sizes: {@code (t2/t1)^(1 /
   * log2(n2/n1))}; 2.0 is linear.
   */
  static double perDoubling(long n1, double t1, long n2, double t2) {
    return Math.pow(t2 / t1, 1 / (Math.log((double) n2 / n1) / Math.log(2)));
  }

  /** About {@code sample} English articles spread evenly over a corpus of {@code articles}. */
  private static List<String> englishSample(Path corpus, int articles, int sample) {
    long every = Math.max(1, articles / sample);
    return AnnotateBenchmark.englishArticles(List.of(corpus.toString()), 1, every, sample).stream()
        .map(row -> row.getString(1))
        .toList();
  }

  /**
   * CoreNLP's own pipeline with the job's annotators, nothing of ours around it, on {@code threads}
   * threads sharing it as an executor's tasks do; after a warm-up pass over a few.
   */
  static double bareArticlesPerSecond(List<String> texts, int threads) {
    StanfordCoreNLP pipeline = CoreNlpPipelines.get(ArticleAnnotator.properties());
    texts.stream().limit(20).forEach(t -> pipeline.annotate(new Annotation(t)));
    return AnnotateBenchmark.perSecond(texts, threads, t -> pipeline.annotate(new Annotation(t)));
  }

  /** Shuffle bytes written and Spark's peak executor JVM heap over the tasks since the reset. */
  private static final class TaskTotals extends SparkListener {
    final AtomicLong shuffleBytes = new AtomicLong();
    final AtomicLong peakExecutorHeap = new AtomicLong();

    void reset() {
      shuffleBytes.set(0);
      peakExecutorHeap.set(0);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      if (taskEnd.taskMetrics() != null) {
        shuffleBytes.addAndGet(taskEnd.taskMetrics().shuffleWriteMetrics().bytesWritten());
      }
      if (taskEnd.taskExecutorMetrics() != null) {
        long heap = taskEnd.taskExecutorMetrics().getMetricValue("JVMHeapMemory");
        peakExecutorHeap.accumulateAndGet(heap, Math::max);
      }
    }
  }

  /**
   * Samples this JVM's heap every 100 ms: the most in use (garbage included) and the most still in
   * use after a collection (the live set, which is what must stay bounded).
   */
  private static final class HeapSampler implements Runnable {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    static HeapSampler start() {
      HeapSampler sampler = new HeapSampler();
      sampler.thread = new Thread(sampler, "heap-sampler");
      sampler.thread.setDaemon(true);
      sampler.thread.start();
      return sampler;
    }

    @Override
    public void run() {
      while (running) {
        long used = 0;
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) {
            used += pool.getUsage().getUsed();
            if (pool.getCollectionUsage() != null) {
              live += pool.getCollectionUsage().getUsed();
            }
          }
        }
        peakUsed.accumulateAndGet(used, Math::max);
        peakLive.accumulateAndGet(live, Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() {
      running = false;
      thread.interrupt();
    }

    long peakUsed() {
      return peakUsed.get();
    }

    long peakLive() {
      return peakLive.get();
    }
  }
}
