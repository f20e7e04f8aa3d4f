package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import io.parallax.config.ParallaxConfig;
import io.parallax.errors.ParallaxErrors;
import io.parallax.ingest.OutletRegistry;
import io.parallax.report.OutputTables;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The `run` command's job: ingest the inputs, stage every table, check that every record is
 * accounted for, then swap the run date's partitions in. Counts in the report are read back from
 * the staged tables, so the accounting check compares what was read with what was really written.
 */
public final class RunJob {
  private static final Logger LOG = LoggerFactory.getLogger(RunJob.class);
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunJob() {}

  /** A run whose inputs have been listed: every user mistake in the request has surfaced by now. */
  public static final class PreparedRun {
    private final RunRequest request;
    private final InputFiles.Resolved inputs;
    private final double listSeconds;
    private final OutletRegistry registry;

    private PreparedRun(
        RunRequest request,
        InputFiles.Resolved inputs,
        double listSeconds,
        OutletRegistry registry) {
      this.request = request;
      this.inputs = inputs;
      this.listSeconds = listSeconds;
      this.registry = registry;
    }
  }

  /**
   * On `local[*]` (tasks in this JVM), starts loading the models the run will use while Spark
   * starts ({@code run.load-models-ahead}); does nothing on a cluster or for a run with no input.
   */
  public static void loadModelsAhead(String master, PreparedRun prepared) {
    ParallaxConfig config = prepared.request.config();
    if (config.run().loadModelsAhead()) {
      ModelWarmUp.startIfLocal(
          master,
          !prepared.inputs.files().isEmpty(),
          config.annotateMetonymy(),
          config.annotateSentimentEmbeddings());
    }
  }

  /** Called between the steps of a run; tests use it to make a run fail or stop part way. */
  @FunctionalInterface
  interface StepHook {
    StepHook NONE = step -> {};

    void reached(String step);

    /**
     * Test-only: with {@code -D}{@value #PAUSE_AT_PROPERTY}{@code =STEP} a run prints {@code paused
     * at STEP} and waits there to be killed (the SIGKILL tests); otherwise {@link #NONE}.
     */
    static StepHook fromSystemProperty() {
      String pauseAt = System.getProperty(PAUSE_AT_PROPERTY);
      if (pauseAt == null) {
        return NONE;
      }
      return step -> {
        if (step.equals(pauseAt)) {
          System.out.println("paused at " + step);
          System.out.flush();
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
    }
  }

  /** See {@link StepHook#fromSystemProperty()}. */
  static final String PAUSE_AT_PROPERTY = "parallax.test.pause-at";

  /**
   * Lists the inputs with a Hadoop configuration made from the Spark settings, so that a missing
   * path or an unreadable format is reported before any Spark session starts.
   */
  public static PreparedRun prepare(RunRequest request, Configuration hadoop) {
    long t0 = System.nanoTime();
    InputFiles.Resolved inputs = InputFiles.resolve(request.inputs(), request.format(), hadoop);
    checkOutputWritable(request.output(), hadoop);
    OutletRegistry registry = request.config().outletRegistry();
    return new PreparedRun(request, inputs, seconds(t0), registry);
  }

  /**
   * A user error, before any work, when the output root cannot be written (read-only, no
   * permission): a run would otherwise fail at its first write with a stack trace.
   */
  static void checkOutputWritable(String output, Configuration hadoop) {
    if (output.matches(".*[\\[\\]{}*?].*")) {
      // Spark (its earlier partitions, the staged tables) and DuckDB (the report) read the tables
      // back by path, and both take these characters for a pattern.
      throw ParallaxErrors.outputNotWritable(
          output,
          "it holds a glob character ([ ] { } * ?), which Spark and DuckDB take for a pattern when"
              + " they read its tables back");
    }
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(output);
    try {
      org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(hadoop);
      org.apache.hadoop.fs.Path locks = new org.apache.hadoop.fs.Path(root, "_locks");
      if (!fs.mkdirs(locks)) {
        throw ParallaxErrors.outputNotWritable(output, "its folders cannot be made");
      }
      org.apache.hadoop.fs.Path probe =
          new org.apache.hadoop.fs.Path(locks, ".write-check-" + java.util.UUID.randomUUID());
      fs.create(probe, false).close();
      fs.delete(probe, false);
    } catch (java.io.IOException e) {
      throw ParallaxErrors.outputNotWritable(output, e.getMessage());
    }
  }

  public static RunReport run(SparkSession spark, RunRequest request) {
    return run(spark, prepare(request, spark.sparkContext().hadoopConfiguration()), StepHook.NONE);
  }

  public static RunReport run(SparkSession spark, PreparedRun prepared) {
    return run(spark, prepared, StepHook.fromSystemProperty());
  }

  static RunReport run(SparkSession spark, PreparedRun prepared, StepHook hook) {
    RunRequest request = prepared.request;
    InputFiles.Resolved inputs = prepared.inputs;
    OutletRegistry registry = prepared.registry;
    Instant startedAt = Instant.now();
    String runId =
        RUN_ID_TIME.format(startedAt)
            + "-"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
    Map<String, Double> stageSeconds = new LinkedHashMap<>();
    stageSeconds.put("list_inputs", prepared.listSeconds);
    long t0 = System.nanoTime();
    LOG.info(
        "run {}: {} input files for {} (run date {}), output {}",
        runId,
        inputs.files().size(),
        request.inputs(),
        request.runDate(),
        request.output());
    for (String skipped : inputs.skipped()) {
      LOG.warn("not read: {}", skipped);
    }

    long inputBytes = inputs.files().stream().mapToLong(InputFiles.InputFile::bytes).sum();
    PartitionCommitter committer =
        new PartitionCommitter(spark, request.output(), request.runDate(), runId);
    try (SmallInputSettings.Applied smallInput =
            SmallInputSettings.apply(
                spark,
                inputBytes,
                request.config().run().smallInputMb(),
                request.config().spark());
        ProgressReporter progress =
            new ProgressReporter(spark, request.config().progressIntervalSeconds());
        EarlierArticles earlier =
            EarlierArticles.read(
                spark, request.output(), request.runDate(), lookBackDays(request.config()));
        IngestRunner.Result ingest =
            IngestRunner.run(
                spark,
                inputs.files(),
                request.config().ingest(),
                registry,
                runId,
                earlier,
                request.runDate(),
                progress)) {
      stageSeconds.put("ingest", seconds(t0));

      long tAlign = System.nanoTime();
      progress.stage("align: stories");
      AlignRunner.Result aligned =
          AlignRunner.align(
              spark,
              AlignRunner.input(ingest.articles()),
              EarlierStories.open(
                  spark,
                  earlier,
                  request.output(),
                  request.runDate(),
                  request.config().align().windowDays()),
              EarlierStories.background(
                  earlier, request.runDate(), request.config().align().idfDays()),
              request.config().align());
      progress.finished("articles", aligned.articles());
      stageSeconds.put("align", seconds(tAlign));

      long t1 = System.nanoTime();
      progress.stage("write: articles");
      committer.stage(
          OutputTables.ARTICLES,
          AlignRunner.withStories(
              ArticleFrames.add(ingest.articles(), request.config().compareFramesEmbeddings()),
              aligned,
              spark));
      hook.reached("staged articles");
      Dataset<Row> articles = committer.readStaged(OutputTables.ARTICLES);
      long written = articles.count();
      Row duplicateSum = articles.agg(sum(col("duplicate_count"))).first();
      long duplicates = duplicateSum.isNullAt(0) ? 0 : duplicateSum.getLong(0);
      progress.finished("articles", written);
      stageSeconds.put("write", seconds(t1));

      long tAnnotate = System.nanoTime();
      LongAccumulator annotatedArticles = progress.stage("annotate: sentences, actors and quotes");
      try (AnnotateRunner.Result annotate =
          AnnotateRunner.run(articles, written, request.config(), runId, annotatedArticles)) {
        committer.stage(OutputTables.SENTENCES, annotate.sentences());
        committer.stage(OutputTables.ACTORS, annotate.actors());
        committer.stage(OutputTables.QUOTES, annotate.quotes());
        committer.stage(
            OutputTables.QUARANTINE, ingest.quarantine().unionByName(annotate.quarantine()));
      }
      progress.finished("articles", annotatedArticles.value());
      stageSeconds.put("annotate", seconds(tAnnotate));

      long tCompare = System.nanoTime();
      progress.stage("compare: stories, outlets, omissions, pairs, profiles, groups");
      sizeShufflePartitions(spark, written);
      Dataset<Row> stagedArticles = committer.readStaged(OutputTables.ARTICLES);
      Dataset<Row> stagedSentences = committer.readStaged(OutputTables.SENTENCES);
      Dataset<Row> stagedActors = committer.readStaged(OutputTables.ACTORS);
      Dataset<Row> stagedQuotes = committer.readStaged(OutputTables.QUOTES);
      committer.stage(
          OutputTables.STORIES,
          StoryTable.build(
              spark, stagedArticles, stagedActors, aligned.topTerms(), aligned.merged(), runId));
      committer.stage(
          OutputTables.STORY_OUTLETS,
          CompareRunner.storyOutlets(
              spark, stagedArticles, stagedSentences, stagedActors, stagedQuotes, runId));
      CompareRunner.OmissionTally omissionTally = CompareRunner.OmissionTally.in(spark);
      committer.stage(
          OutputTables.OMISSIONS,
          CompareRunner.omissions(
              stagedArticles,
              stagedSentences,
              stagedActors,
              stagedQuotes,
              request.config().omissionLimits(),
              request.config().compareClaimsEmbeddings(),
              omissionTally,
              runId));
      committer.stage(
          OutputTables.OUTLET_PAIRS,
          CompareRunner.outletPairs(
              stagedArticles,
              stagedSentences,
              committer.readStaged(OutputTables.STORY_OUTLETS),
              committer.readStaged(OutputTables.OMISSIONS),
              runId));
      committer.stage(
          OutputTables.OUTLET_PROFILES,
          OutletProfiles.build(
              spark, stagedArticles, stagedSentences, stagedActors, stagedQuotes, runId));
      committer.stage(
          OutputTables.STORY_GROUPS,
          GroupCoverage.storyGroups(spark, stagedArticles, registry.groupColumns(), runId));
      committer.stage(
          OutputTables.BLINDSPOTS,
          GroupCoverage.blindspots(
              committer.readStaged(OutputTables.STORY_GROUPS),
              committer.readStaged(OutputTables.STORIES),
              request.config().blindspots(),
              runId));
      stageSeconds.put("compare", seconds(tCompare));
      long sentencesWritten = committer.readStaged(OutputTables.SENTENCES).count();
      long storiesWritten = committer.readStaged(OutputTables.STORIES).count();
      progress.finished("stories", storiesWritten);
      long storiesMerged = aligned.merged().values().stream().mapToLong(List::size).sum();

      Map<String, Long> outletCounts = countBy(articles, "outlet_id");
      Dataset<Row> quarantine = committer.readStaged(OutputTables.QUARANTINE);
      long quarantined = quarantine.filter(col("stage").equalTo("ingest")).count();
      long annotateQuarantined = quarantine.filter(col("stage").equalTo("annotate")).count();
      RunReport report =
          new RunReport(
              runId,
              request.runDate(),
              request.output(),
              inputs.files().size(),
              ingest.recordsRead(),
              written,
              quarantined,
              duplicates,
              annotateQuarantined,
              sentencesWritten,
              storiesWritten,
              storiesMerged,
              countBy(quarantine, "reason_code"),
              countBy(articles.filter(col("excluded_reason").isNotNull()), "excluded_reason"),
              inputs.skipped(),
              IngestRunner.boilerplateLinesRemoved(ingest),
              committer.readStaged(OutputTables.OMISSIONS).count(),
              omissionTally.asMap(),
              request.config().omissionLimits(),
              request.config().outletsRegistry().isEmpty()
                  ? null
                  : request.config().outletsRegistry(),
              outletCounts.keySet().stream().filter(registry::isRegistered).count(),
              unregistered(outletCounts, registry));
      if (!report.balanced()) {
        throw new IllegalStateException(
            "records were lost: read "
                + report.recordsRead()
                + " but written "
                + written
                + " + quarantined "
                + quarantined
                + " + duplicates "
                + duplicates
                + "; nothing was committed");
      }
      committer.stage(
          OutputTables.RUN_SUMMARY,
          summaryRow(
              registry,
              spark,
              request,
              report,
              inputs,
              startedAt,
              stageSeconds,
              smallInput.settings()));
      hook.reached("staged all tables");
      committer.commit(hook);
      LOG.info(
          "run {}: committed partitions run_date={} under {}",
          runId,
          request.runDate(),
          request.output());
      return report;
    } catch (Throwable e) {
      // Any failure, Spark's checked exceptions from Scala included, removes this run's staging.
      committer.abort();
      throw e;
    } finally {
      committer.close();
    }
  }

  /** The furthest any stage looks back at earlier dates' articles, in days. */
  private static int lookBackDays(ParallaxConfig config) {
    return Math.max(
        config.ingest().templateHistoryDays(),
        Math.max(config.align().windowDays(), config.align().idfDays()));
  }

  private static Map<String, Long> countBy(Dataset<Row> rows, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : rows.groupBy(column).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  /** Articles per outlet the registry does not list, by outlet id. */
  static Map<String, Long> unregistered(Map<String, Long> outletCounts, OutletRegistry registry) {
    Map<String, Long> unregistered = new TreeMap<>();
    outletCounts.forEach(
        (outletId, articles) -> {
          if (!registry.isRegistered(outletId)) {
            unregistered.put(outletId, articles);
          }
        });
    return unregistered;
  }

  private static Dataset<Row> summaryRow(
      OutletRegistry registry,
      SparkSession spark,
      RunRequest request,
      RunReport report,
      InputFiles.Resolved inputs,
      Instant startedAt,
      Map<String, Double> stageSeconds,
      Map<String, String> smallInputSettings) {
    List<String> files = new ArrayList<>();
    inputs.files().forEach(f -> files.add(f.path()));
    Map<String, String> config = new TreeMap<>(request.config().asMap());
    config.put("run.date", request.runDate().toString());
    config.put("spark.master", spark.sparkContext().master());
    config.putAll(smallInputSettings);
    Map<String, String> versions = new TreeMap<>(Versions.libraries());
    versions.put("spark", spark.version());
    Row row =
        RowFactory.create(
            report.runId(),
            Timestamp.from(startedAt),
            Timestamp.from(Instant.now()),
            report.recordsRead(),
            report.articlesWritten(),
            report.quarantined(),
            report.annotateQuarantined(),
            report.duplicates(),
            report.sentencesWritten(),
            report.storiesWritten(),
            report.balanced(),
            SparkSchemas.map(report.quarantinedByReason()),
            SparkSchemas.map(report.excludedByReason()),
            SparkSchemas.map(report.boilerplateLinesRemoved()),
            SparkSchemas.map(report.omissionsNotWritten()),
            SparkSchemas.seq(request.inputs()),
            SparkSchemas.seq(files),
            SparkSchemas.seq(inputs.skipped()),
            request.output(),
            report.outletRegistry(),
            report.outletRegistry() == null ? null : registry.sha256(),
            SparkSchemas.seq(registry.groupColumns()),
            SparkSchemas.map(report.unregisteredOutlets()),
            SparkSchemas.map(stageSeconds),
            SparkSchemas.map(versions),
            SparkSchemas.map(config));
    return spark
        .createDataFrame(List.of(row), SparkSchemas.structType(OutputTables.RUN_SUMMARY))
        .coalesce(1);
  }

  /**
   * Raises the compare stage's shuffle partitions with the run's size (one per {@link
   * TaskSizing#ARTICLES_PER_SHUFFLE_PARTITION} articles), never lowering what the session has;
   * adaptive execution merges the ones that turn out small.
   */
  private static void sizeShufflePartitions(SparkSession spark, long articles) {
    String key = "spark.sql.shuffle.partitions";
    int configured = Integer.parseInt(spark.conf().get(key));
    int sized = TaskSizing.atLeast(articles, TaskSizing.ARTICLES_PER_SHUFFLE_PARTITION, configured);
    if (sized > configured) {
      LOG.info("{} articles: {} = {} (was {})", articles, key, sized, configured);
      spark.conf().set(key, Integer.toString(sized));
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
