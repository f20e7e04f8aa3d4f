package io.parallax.cli;

import io.parallax.errors.UserException;
import io.parallax.spark.Versions;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `parallax` command line: `run`, `schema`, and the commands later stages add. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description =
        "Aligns news articles on the same event into stories and measures how each outlet tells them.",
    subcommands = {
      RunCommand.class,
      SchemaCommand.class,
      ReportCommand.class,
      CorpusCommand.class,
      BenchmarkCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /** Exit code: the command did what it was asked; for `run`, every record read was written. */
  public static final int SUCCESS = 0;

  /** Exit code for a failure that is not the user's (a bug, a broken cluster). */
  public static final int FAILURE = 1;

  /** Exit code for a user mistake (bad flag, missing input, bad config). */
  public static final int USER_ERROR = UserException.USER_ERROR;

  /**
   * Exit code of `run --quarantined-exit-code 3`: every table was written and every record
   * accounted for, but some records were quarantined. Without the flag such a run exits 0.
   */
  public static final int SUCCESS_WITH_QUARANTINE = 3;

  /**
   * Exit code of `run` when every table was committed and the summary printed, but the HTML report
   * could not be built (`parallax report` builds it again from the tables).
   */
  public static final int REPORT_FAILED = 4;

  /** Exit code of `run` when another run of the same date holds the output's lock. */
  public static final int RUN_IN_PROGRESS = UserException.RUN_IN_PROGRESS;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (e, a) -> {
          String command = e.getCommandLine().getCommandName();
          err.println(
              command
                  + ": "
                  + e.getMessage()
                  + " (see '"
                  + qualifiedName(e.getCommandLine())
                  + " --help')");
          return USER_ERROR;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          if (e instanceof UserException user) {
            err.println("parallax: error: " + e.getMessage());
            return user.exitCode();
          }
          LOG.error("parallax failed", e);
          err.println("parallax: failed: " + e + " (the stack trace is in the log above)");
          return FAILURE;
        });
    return commandLine.execute(args);
  }

  private static String qualifiedName(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the version recorded at build time. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parallax " + Versions.parallax()};
    }
  }
}
