package io.parallax.cli;

import io.parallax.errors.ParallaxErrors;
import io.parallax.spark.AlignBenchmark;
import io.parallax.spark.AnnotateBenchmark;
import io.parallax.spark.JobBenchmark;
import io.parallax.spark.NightBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `parallax benchmark`: throughput measured against a baseline run in the same process. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description =
        "Measures a stage's throughput as ratios against a baseline run in the same process.",
    subcommands = {
      BenchmarkCommand.Annotate.class,
      BenchmarkCommand.Align.class,
      BenchmarkCommand.Job.class,
      BenchmarkCommand.Night.class
    })
final class BenchmarkCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** `parallax benchmark annotate`. */
  @Command(
      name = "annotate",
      mixinStandardHelpOptions = true,
      description = {
        "Articles/s of the annotate stage on Spark (1 core, then all cores) and of bare CoreNLP with the",
        "same annotators on one thread and on all, on the same real articles, in rounds; prints the",
        "median ratios and peak heap."
      })
  static final class Annotate implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = {"-i", "--input"},
        paramLabel = "PATH",
        defaultValue = "src/sample/corpus",
        description =
            "Articles to annotate (JSON Lines or news-please files). Default: ${DEFAULT-VALUE}.")
    List<String> inputs;

    @Option(
        names = "--repeat",
        paramLabel = "N",
        defaultValue = "3",
        description =
            "Use the articles N times over, so timings are long enough. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(
        names = "--rounds",
        paramLabel = "N",
        defaultValue = "3",
        description =
            "Time bare CoreNLP and the Spark stage N times in turn and print the median of each"
                + " ratio: on a shared machine the cores' speed drifts between minutes. Default:"
                + " ${DEFAULT-VALUE}.")
    int rounds;

    @Option(
        names = "--no-stock",
        negatable = true,
        defaultValue = "true",
        description =
            "Also time CoreNLP's stock tokenize,ssplit,pos,lemma,ner pipeline (fine-grained NER, SUTime) on"
                + " one thread and compare the whole stage with it. Default: on.")
    boolean stock;

    @Option(
        names = "--sentiment-embeddings",
        description =
            "Annotate with annotate.actor-sentiment.embeddings=true: sentiment toward actors from words"
                + " and sentence embeddings.")
    boolean sentimentEmbeddings;

    @Override
    public void run() {
      if (repeat < 1 || rounds < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--repeat and --rounds must be 1 or more");
      }
      for (String line :
          AnnotateBenchmark.run(inputs, repeat, rounds, stock, sentimentEmbeddings)) {
        spec.commandLine().getOut().println(line);
      }
      spec.commandLine().getOut().flush();
    }
  }

  /** `parallax benchmark align`. */
  @Command(
      name = "align",
      mixinStandardHelpOptions = true,
      description = {
        "Time of the align stage on 1x, 2x and 4x a corpus of real articles (the labelled sets under",
        "--data), as ratios per doubling, with the configured align.* settings."
      })
  static final class Align implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "../shared/data",
        description = "The folder holding basil/, ecbplus/, allsides-neus/, polnear/, persent/.")
    Path data;

    @Option(
        names = {"-c", "--config"},
        paramLabel = "FILE",
        description = "Properties file with align.* settings. Default: conf/parallax.properties.")
    Path config;

    @Override
    public void run() {
      requireLabelledData(data);
      EvaluateCommand.printInLocalSession(
          spec, spark -> AlignBenchmark.run(spark, data, RunCommand.loadConfig(config).align()));
    }
  }

  /** `parallax benchmark job`. */
  @Command(
      name = "job",
      mixinStandardHelpOptions = true,
      description = {
        "The whole job on scale corpora of real articles (as `parallax corpus` writes them) at each",
        "size: articles/s per stage, cost per doubling, throughput against bare CoreNLP with the same",
        "annotators on the same cores, peak heap and shuffle bytes. For issue 8's sizes:",
        "--sizes 10000,50000,100000 (hours on 2 cores). Set the heap with PARALLAX_JAVA_OPTS=-Xmx4g."
      })
  static final class Job implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "../shared/data",
        description =
            "The labelled data sets the corpora are built from. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(
        names = "--sizes",
        split = ",",
        paramLabel = "N",
        defaultValue = "500,1000,2000",
        description =
            "Corpus sizes, smallest first, each ideally twice the one before. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(
        names = "--bare-sample",
        paramLabel = "N",
        defaultValue = "300",
        description =
            "Articles of the largest corpus that bare CoreNLP is timed on. Default: ${DEFAULT-VALUE}.")
    int bareSample;

    @Option(
        names = "--work",
        paramLabel = "DIR",
        defaultValue = "target/benchmark-job",
        description =
            "Where the corpora and the runs' outputs go (reused corpora, replaced outputs). Default: ${DEFAULT-VALUE}.")
    Path work;

    @Option(
        names = {"-c", "--config"},
        paramLabel = "FILE",
        description = "Properties file for the runs. Default: conf/parallax.properties.")
    Path config;

    @Override
    public void run() {
      requireLabelledData(data);
      if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--sizes must be one or more positive counts");
      }
      if (bareSample < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--bare-sample must be 1 or more");
      }
      List<Integer> sorted = sizes.stream().sorted().toList();
      EvaluateCommand.printInLocalSession(
          spec,
          spark ->
              JobBenchmark.run(
                  spark, data, sorted, bareSample, work, RunCommand.loadConfig(config)));
    }
  }

  /** `parallax benchmark night`. */
  @Command(
      name = "night",
      mixinStandardHelpOptions = true,
      description = {
        "The fixed cost of a nightly run: an empty night and a small one, each `run` in a fresh JVM",
        "as a scheduler starts it, wall clock and by stage, with the fixed-cost savings off",
        "(baseline) and on, in turn; prints medians and their ratio."
      })
  static final class Night implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = {"-i", "--input"},
        paramLabel = "FILE",
        defaultValue = "src/sample/corpus/allsides.jsonl",
        description =
            "JSON Lines articles; the small night takes its first ones. Default: ${DEFAULT-VALUE}.")
    Path input;

    @Option(
        names = "--articles",
        paramLabel = "N",
        defaultValue = "5",
        description = "Articles in the small night. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(
        names = "--rounds",
        paramLabel = "N",
        defaultValue = "2",
        description = "Times each night and variant is run. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(
        names = "--work",
        paramLabel = "DIR",
        defaultValue = "target/benchmark-night",
        description = "Where the nights and outputs go (replaced). Default: ${DEFAULT-VALUE}.")
    Path work;

    @Override
    public void run() {
      if (articles < 1 || rounds < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--articles and --rounds must be 1 or more");
      }
      if (!Files.isRegularFile(input)) {
        throw ParallaxErrors.inputNotFound(input.toString());
      }
      List<String> lines;
      try (java.util.stream.Stream<String> all = Files.lines(input)) {
        lines = all.filter(l -> !l.isBlank()).limit(articles).toList();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Path defaults =
          Path.of(System.getProperty("parallax.defaultConfig", "conf/parallax.properties"));
      EvaluateCommand.print(spec, NightBenchmark.run(lines, rounds, work, defaults));
    }
  }

  /** The benchmarks that build corpora from the labelled sets need their folder. */
  private static void requireLabelledData(Path data) {
    if (!Files.isDirectory(data)) {
      throw ParallaxErrors.evaluationDataNotFound(
          data.toString(), "a folder of the labelled data sets, like ../shared/data");
    }
  }
}
