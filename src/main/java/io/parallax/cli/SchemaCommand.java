package io.parallax.cli;

import io.parallax.report.DataDictionary;
import io.parallax.report.OutputTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * `parallax schema`: prints the data dictionary of every output table, as the README carries it.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the output tables' columns, types and meanings as Markdown.")
final class SchemaCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().print(DataDictionary.markdown(OutputTables.ALL));
    spec.commandLine().getOut().flush();
  }
}
