package io.parallax.cli;

import io.parallax.spark.AnnotateBenchmark;
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
    subcommands = {BenchmarkCommand.Annotate.class})
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
}
