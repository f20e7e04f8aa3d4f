package io.parallax.cli;

import io.parallax.evaluate.QuoteEvaluation;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `parallax evaluate`: quality figures on labelled data; each subcommand's last line is
 * `<capability> <data set> n=<items> <metric>=<value> ...`.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Scores a capability on labelled data and prints the figures.",
    subcommands = {EvaluateCommand.Quotes.class})
final class EvaluateCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static void print(picocli.CommandLine.Model.CommandSpec spec, List<String> lines) {
    lines.forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
  }

  /** `parallax evaluate quotes`. */
  @Command(
      name = "quotes",
      mixinStandardHelpOptions = true,
      description = {
        "Quotations and their speakers against PolNeAR-style attributions: content word",
        "precision/recall/F1 and speaker accuracy, direct and indirect apart."
      })
  static final class Quotes implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "A directory with text/ and attributions/, e.g. ../shared/data/polnear/dev.")
    Path data;

    @Override
    public void run() {
      print(spec, QuoteEvaluation.run(data));
    }
  }
}
