package io.parallax.cli;

import io.parallax.evaluate.ScaleCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `parallax corpus`: a scale corpus of real articles ({@link ScaleCorpus}), for scale runs. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a corpus of N real articles (JSON Lines, input contract) for scale runs: the labelled",
      "sets' articles, then further editions of them with relabelled outlets, a year later each."
    })
final class CorpusCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "The labelled data sets. Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(
      names = {"-n", "--articles"},
      required = true,
      paramLabel = "N",
      description = "How many articles, e.g. 10000, 50000, 100000.")
  int articles;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Where to write part-NNNNN.jsonl files.")
  Path output;

  @Override
  public void run() {
    if (articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles must be 1 or more");
    }
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), "no data directory '" + data + "'");
    }
    List<Path> files = ScaleCorpus.write(data, articles, output);
    spec.commandLine()
        .getOut()
        .printf("corpus: %,d articles in %d files under %s%n", articles, files.size(), output);
    spec.commandLine().getOut().flush();
  }
}
