package io.parallax.cli;

import io.parallax.report.DataDictionary;
import io.parallax.report.OutputTables;
import io.parallax.report.TableDdl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * `parallax schema`: prints the data dictionary of every output table, as the README carries it, or
 * with `--ddl` the statements that register the tables in Spark SQL or Trino.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the output tables' columns, types and meanings as Markdown, or with --ddl the",
      "CREATE TABLE statements that register them in a metastore."
    })
final class SchemaCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--ddl",
      paramLabel = "DIALECT",
      description = "spark or trino: print DDL instead of the data dictionary.")
  String ddl;

  @Option(
      names = "--location",
      paramLabel = "URI",
      defaultValue = "out",
      description =
          "The job's output root as the engine reads it, e.g. s3://bucket/parallax."
              + " Default: ${DEFAULT-VALUE}.")
  String location;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      defaultValue = "parallax",
      description = "Schema (database) to create the tables in. Default: ${DEFAULT-VALUE}.")
  String database;

  @Override
  public void run() {
    if (ddl == null) {
      spec.commandLine().getOut().print(DataDictionary.markdown(OutputTables.ALL));
    } else {
      TableDdl.Dialect dialect;
      try {
        dialect = TableDdl.Dialect.parse(ddl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--ddl must be spark or trino, not '" + ddl + "'");
      }
      spec.commandLine().getOut().print(TableDdl.of(dialect, OutputTables.ALL, database, location));
    }
    spec.commandLine().getOut().flush();
  }
}
