package io.parallax.cli;

import io.parallax.site.ReportSite;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `parallax report`: the static HTML site of one run date's tables ({@link ReportSite}). */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a static HTML report of one run date from the tables under --output: the stories,",
      "each shared story's outlets side by side, and a page per outlet. Opens with no server."
    })
final class ReportCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "out",
      description = "The job's output root (local). Default: ${DEFAULT-VALUE}.")
  Path output;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "Where to write the site. Default: DIR/report under the output root.")
  Path site;

  @Option(
      names = {"-d", "--date"},
      paramLabel = "YYYY-MM-DD",
      description = "The run date to report. Default: the newest in the output.")
  String date;

  @Override
  public void run() {
    LocalDate runDate = null;
    if (date != null) {
      runDate = RunCommand.parseDate(date);
    }
    if (!output.resolve("run_summary").toFile().isDirectory()) {
      throw new ParameterException(
          spec.commandLine(),
          "no Parallax tables under '" + output + "'; run 'parallax run' first");
    }
    if (runDate != null
        && !output.resolve("run_summary").resolve("run_date=" + runDate).toFile().isDirectory()) {
      // An empty report would replace the good one of another date.
      throw new ParameterException(
          spec.commandLine(),
          "no run of " + runDate + " under '" + output + "'; leave out --date for the newest");
    }
    Path siteDir = site == null ? output.resolve("report") : site;
    if (siteDir.toFile().exists() && !siteDir.toFile().isDirectory()) {
      throw new ParameterException(
          spec.commandLine(), "--site '" + siteDir + "' is a file; name a folder for the report");
    }
    try {
      java.nio.file.Files.createDirectories(siteDir);
    } catch (java.io.IOException | SecurityException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--site '" + siteDir + "' cannot be created (" + e + "); name a folder you can write");
    }
    if (!java.nio.file.Files.isWritable(siteDir)) {
      throw new ParameterException(
          spec.commandLine(),
          "--site '" + siteDir + "' is not writable; name a folder you can write");
    }
    Path index = ReportSite.build(output, siteDir, runDate);
    spec.commandLine().getOut().println("Report: " + index);
    spec.commandLine().getOut().flush();
  }

  /** The report of {@code runDate} under OUTPUT/report. */
  static Path build(Path output, LocalDate runDate) {
    return ReportSite.build(output, output.resolve("report"), runDate);
  }

  /** Whether an output root is on the local file system (no scheme, or file:). */
  static boolean isLocal(String output) {
    if (output.matches("^[A-Za-z]:[\\\\/].*")) {
      return true; // a Windows drive
    }
    try {
      String scheme = URI.create(output.replace('\\', '/').replace(" ", "%20")).getScheme();
      return scheme == null || scheme.equals("file");
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
