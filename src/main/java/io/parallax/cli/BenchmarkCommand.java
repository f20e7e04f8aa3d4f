package io.parallax.cli;

import io.parallax.errors.ParallaxErrors;
import io.parallax.spark.AlignBenchmark;
import io.parallax.spark.AnnotateBenchmark;
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
    subcommands = {BenchmarkCommand.Annotate.class, BenchmarkCommand.Align.class})
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
        "same annotators on one thread, on the same real articles; prints ratios and peak heap."
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
        names = "--no-stock",
        negatable = true,
        defaultValue = "true",
        description =
            "Also time CoreNLP's stock tokenize,ssplit,pos,lemma,ner pipeline (fine-grained NER, SUTime) on"
                + " one thread and compare the whole stage with it. Default: on.")
    boolean stock;

    @Override
    public void run() {
      for (String line : AnnotateBenchmark.run(inputs, repeat, stock)) {
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
      if (!Files.isDirectory(data)) {
        throw ParallaxErrors.evaluationDataNotFound(
            data.toString(), "a folder of the labelled data sets, like ../shared/data");
      }
      EvaluateCommand.printInLocalSession(
          spec, spark -> AlignBenchmark.run(spark, data, RunCommand.loadConfig(config).align()));
    }
  }
}
