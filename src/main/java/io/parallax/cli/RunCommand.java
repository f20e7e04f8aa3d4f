package io.parallax.cli;

import io.parallax.config.ParallaxConfig;
import io.parallax.errors.ParallaxErrors;
import io.parallax.ingest.InputFormat;
import io.parallax.spark.RunJob;
import io.parallax.spark.RunReport;
import io.parallax.spark.RunRequest;
import io.parallax.spark.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `parallax run`: the main job. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, cleans and checks them, and writes the tables for one run date.",
      "Re-running a date replaces that date's partitions and nothing else."
    },
    footer = {
      "",
      "Examples:",
      "  bin/parallax run",
      "  bin/parallax run --input 'crawl/2022-01-10/*.jsonl' --output /data/parallax --date 2022-01-10",
      "  bin/parallax run --input warc-extracts/ --format news-please --master 'local[2]'"
    })
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  /**
   * Set by bin/parallax to the repository's conf/parallax.properties, read when --config is not
   * given.
   */
  static final String DEFAULT_CONFIG_PROPERTY = "parallax.defaultConfig";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      description = {
        "Input file, directory or glob; repeat for more. Any Hadoop path (hdfs://, s3a://, file:).",
        "Default: run.input in the config (the bundled sample corpus)."
      })
  List<String> inputs;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = {
        "auto (from each file's name: .jsonl/.ndjson, .json, .parquet, .warc, optionally .gz/.bz2),",
        "jsonl, news-please, parquet or warc. Default: run.format in the config (auto)."
      })
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description =
          "Output root; tables go under DIR/<table>/run_date=D/. Default: run.output in the config (./out).")
  String output;

  @Option(
      names = {"-d", "--date"},
      paramLabel = "YYYY-MM-DD",
      description =
          "Run date: the partition this run replaces; YYYY-MM-DD, today or yesterday (UTC)."
              + " An {date} in --input becomes this date. Default: today.")
  String date;

  @Option(
      names = {"-m", "--master"},
      paramLabel = "URL",
      description = {
        "Spark master, e.g. local[4], yarn, spark://host:7077, k8s://... Default: the one spark-submit",
        "set, else spark.master in the config, else local[*]."
      })
  String master;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = {
        "Properties file laid over the built-in defaults (see conf/parallax.properties).",
        "Unknown keys are an error; spark.* keys go to Spark. Flags win over the file."
      })
  Path config;

  @Option(
      names = "--outlets",
      paramLabel = "FILE",
      description = {
        "Outlet registry: a CSV file with outlet_id,name,aliases and grouping columns (lean,",
        "country, ...). Default: outlets.registry in the config (none: each outlet keeps its",
        "canonical key). See README \"Outlets and groups\"."
      })
  String outlets;

  @Option(
      names = "--no-report",
      negatable = true,
      defaultValue = "true",
      description = {
        "Build the HTML report (DIR/report/index.html) after the run. On by default when the",
        "output is on the local file system; never for hdfs://, s3a:// and other remote outputs."
      })
  boolean report;

  @Option(
      names = "--quarantined-exit-code",
      paramLabel = "CODE",
      defaultValue = "0",
      description = {
        "Exit code when the run succeeded but quarantined some records (each is in `quarantine`",
        "with its reason and counted in run_summary). Default: ${DEFAULT-VALUE}, since schedulers",
        "fail a task on any other code; 3 (Parallax's code for it) to tell the two apart."
      })
  int quarantinedExitCode;

  @Override
  public Integer call() {
    RunRequest request = request();
    SparkConf sparkConf = SparkSessions.conf(Optional.ofNullable(master), request.config().spark());
    RunJob.PreparedRun prepared =
        RunJob.prepare(request, SparkHadoopUtil.get().newConfiguration(sparkConf));
    RunJob.loadModelsAhead(sparkConf.get("spark.master", null), prepared);
    SparkSession spark = SparkSessions.create(sparkConf);
    try {
      RunReport report = RunJob.run(spark, prepared);
      spec.commandLine().getOut().print(report.summary());
      spec.commandLine().getOut().flush();
      if (!report.balanced()) {
        return Main.FAILURE;
      }
      if (this.report && ReportCommand.isLocal(request.output())) {
        try {
          Path index = ReportCommand.build(Path.of(request.output()), request.runDate());
          spec.commandLine().getOut().println("Report: " + index);
          spec.commandLine().getOut().flush();
        } catch (RuntimeException e) {
          LOG.error("building the report failed", e);
          spec.commandLine()
              .getErr()
              .println(
                  "parallax: the tables of "
                      + request.runDate()
                      + " are committed, but the report could not be built ("
                      + e.getMessage()
                      + "); rebuild it with: parallax report --output "
                      + request.output()
                      + " --date "
                      + request.runDate());
          spec.commandLine().getErr().flush();
          return Main.REPORT_FAILED;
        }
      }
      return report.quarantined() + report.annotateQuarantined() > 0
          ? quarantinedExitCode
          : Main.SUCCESS;
    } finally {
      spark.stop();
    }
  }

  /** Resolves flags over the config; every user mistake surfaces here, before Spark starts. */
  RunRequest request() {
    if (quarantinedExitCode < 0 || quarantinedExitCode > 125) {
      // Shells and schedulers read 126 and above as "not run" or a signal, and 256 as 0.
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--quarantined-exit-code must be 0 to 125, not " + quarantinedExitCode);
    }
    if (master != null
        && !master.matches(
            "local(\\[(\\*|\\d+)(,\\d+)?\\])?|local-cluster\\[\\d+,\\d+,\\d+\\]|yarn|(spark|k8s|mesos)://\\S+")) {
      // Checked before Spark starts: Spark logs its own stack trace for a master it cannot parse.
      throw io.parallax.errors.ParallaxErrors.badMaster(master, "not a master URL Spark knows");
    }
    ParallaxConfig resolved = loadConfig();
    List<String> givenInputs =
        inputs != null && !inputs.isEmpty() ? inputs : resolved.run().input();
    if (givenInputs.stream().anyMatch(String::isBlank)) {
      // An empty path would be read as the working directory, recursively.
      throw ParallaxErrors.inputNotFound("");
    }
    String runFormat = format != null ? format : resolved.run().format();
    String runOutput = output != null ? output : resolved.run().output();
    Optional<InputFormat> parsedFormat;
    try {
      parsedFormat = InputFormat.fromFlag(runFormat);
    } catch (IllegalArgumentException e) {
      throw ParallaxErrors.badFormatFlag(runFormat);
    }
    LocalDate runDate = runDate(date, LocalDate.now(ZoneOffset.UTC));
    // A scheduler passes one input pattern for every night: {date} is the run date.
    List<String> runInputs =
        givenInputs.stream().map(i -> i.replace("{date}", runDate.toString())).toList();
    ParallaxConfig registered = outlets != null ? resolved.withOutletsRegistry(outlets) : resolved;
    ParallaxConfig effective =
        registered.withRun(
            new ParallaxConfig.RunDefaults(
                runInputs,
                runOutput,
                runFormat,
                resolved.run().loadModelsAhead(),
                resolved.run().smallInputMb()));
    return new RunRequest(runInputs, parsedFormat, runOutput, runDate, effective);
  }

  private ParallaxConfig loadConfig() {
    return loadConfig(config);
  }

  /** The file given, else the repository's conf/parallax.properties, else the defaults. */
  static ParallaxConfig loadConfig(Path config) {
    if (config != null) {
      return ParallaxConfig.load(config);
    }
    String repositoryDefault = System.getProperty(DEFAULT_CONFIG_PROPERTY);
    if (repositoryDefault != null && Path.of(repositoryDefault).toFile().isFile()) {
      return ParallaxConfig.load(Path.of(repositoryDefault));
    }
    return ParallaxConfig.defaults();
  }

  /**
   * The run date a `--date` value names: YYYY-MM-DD, or `today` / `yesterday` (UTC), for schedulers
   * that cannot compute a date (a cron line, a Kubernetes ScheduledSparkApplication).
   */
  static LocalDate runDate(String value, LocalDate today) {
    if (value == null || value.strip().equalsIgnoreCase("today")) {
      return today;
    }
    if (value.strip().equalsIgnoreCase("yesterday")) {
      return today.minusDays(1);
    }
    return parseDate(value);
  }

  /**
   * A YYYY-MM-DD date of a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}, as article dates
   * are: a run date outside them (+10000-01-01) would be a partition no tool reads back.
   */
  static LocalDate parseDate(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ParallaxErrors.badDate("--date", value);
    }
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw ParallaxErrors.badDate("--date", value);
    }
    return date;
  }

  static final int MIN_YEAR = 1800;
  static final int MAX_YEAR = 2200;
}
