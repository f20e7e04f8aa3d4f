package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.report.DataDictionary;
import io.parallax.report.OutputTables;
import io.parallax.spark.SparkTestSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees at the terminal: help, one-line errors with a non-zero exit, and the run
 * summary.
 */
class CommandLineTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result parallax(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** Checks the run ended as a user error (exit 2) and gives its one line of error output. */
  private static org.assertj.core.api.AbstractStringAssert<?> oneLineUserError(Result result) {
    assertThat(result.exitCode()).isEqualTo(Main.USER_ERROR);
    return assertThat(result.err().strip().lines()).singleElement().asString();
  }

  @Test
  void runHelpExplainsEveryOption() {
    Result result = parallax("run", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains(
            "--input", "--format", "--output", "--date", "--master", "--config", "news-please");
    // Every format the reader takes is named (warc was missing).
    assertThat(result.out()).contains("parquet or warc");
    oneLineUserError(parallax("run", "--format", "bogus", "--input", "x"))
        .contains("parquet or warc");
  }

  @Test
  void unknownOptionIsOneLineAndExitTwo() {
    Result result = parallax("run", "--inptu", "x");

    oneLineUserError(result).contains("--inptu", "parallax run --help");
  }

  @Test
  void anEmptyInputIsOneLineNotTheWorkingDirectory() {
    Result result = parallax("run", "--input", "", "--output", dir.toString());
    oneLineUserError(result).contains("input '' matches no file");
  }

  @Test
  void anInputOnAnUnknownFileSystemOrABrokenGlobIsOneLine() {
    for (String input : List.of("bogusfs://x/y.jsonl", "file://" + dir + "/[bad.jsonl")) {
      Result result = parallax("run", "--input", input, "--output", dir.toString());
      assertThat(result.exitCode()).as(input).isEqualTo(Main.USER_ERROR);
      assertThat(result.err().strip().lines())
          .as(input)
          .singleElement()
          .asString()
          .contains("input '" + input + "' cannot be listed");
    }
    // The unknown scheme's line says nothing of globs, which it has none of.
    assertThat(parallax("run", "--input", "bogusfs://x/y.jsonl", "--output", dir.toString()).err())
        .contains("Hadoop connector")
        .doesNotContain("glob");
  }

  @Test
  void everyDefaultOnSwitchIsTurnedOffByItsNoForm() {
    EvaluateCommand.Actors actors = new EvaluateCommand.Actors();
    new picocli.CommandLine(actors).parseArgs("--data", "x");
    assertThat(actors.metonymy).isTrue();
    new picocli.CommandLine(actors = new EvaluateCommand.Actors())
        .parseArgs("--data", "x", "--no-metonymy");
    assertThat(actors.metonymy).isFalse();
    new picocli.CommandLine(actors = new EvaluateCommand.Actors())
        .parseArgs("--data", "x", "--metonymy");
    assertThat(actors.metonymy).isTrue();
  }

  @Test
  void aMasterSparkCannotParseIsOneLine() {
    Result result = parallax("run", "--master", "bogus://x", "--output", dir.toString());
    oneLineUserError(result).contains("--master 'bogus://x' is not a Spark master");
  }

  @Test
  void anExitCodeNoShellCanCarryIsOneLine() {
    for (String code : List.of("256", "-1", "130")) {
      Result result = parallax("run", "--quarantined-exit-code", code, "--output", dir.toString());
      assertThat(result.exitCode()).as(code).isEqualTo(Main.USER_ERROR);
      assertThat(result.err().strip().lines())
          .singleElement()
          .asString()
          .contains("--quarantined-exit-code must be 0 to 125, not " + code);
    }
  }

  @Test
  void aReportOfADateWithoutARunOrIntoAFileIsOneLineAndLeavesTheReportAlone() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("run_summary/run_date=2022-01-10"));
    Path index = Files.createDirectories(out.resolve("report")).resolve("index.html");
    Files.writeString(index, "the good report");
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    Result noRun = parallax("report", "--output", out.toString(), "--date", "2022-01-09");
    Result intoFile =
        parallax(
            "report",
            "--output",
            out.toString(),
            "--date",
            "2022-01-10",
            "--site",
            file.toString());

    oneLineUserError(noRun).contains("no run of 2022-01-09");
    oneLineUserError(intoFile).contains("is a file");
    // A folder that cannot be made (under a file here; /proc on Linux) is one line too.
    Result underFile =
        parallax(
            "report",
            "--output",
            out.toString(),
            "--date",
            "2022-01-10",
            "--site",
            file.resolve("site").toString());
    oneLineUserError(underFile).contains("cannot be created");
    assertThat(Files.readString(index)).isEqualTo("the good report");
  }

  @Test
  void badDateIsOneLine() {
    Result result = parallax("run", "--date", "2022-13-45", "--output", dir.toString());

    oneLineUserError(result)
        .isEqualTo(
            "parallax: error: --date '2022-13-45' is not a date; use YYYY-MM-DD with a year from"
                + " 1800 to 2200, e.g. 2022-01-10");
  }

  @Test
  void aDateNoToolCanReadBackIsOneLineForRunAndReport() {
    for (String date : List.of("+10000-01-01", "0001-01-01", "2201-01-01")) {
      for (String command : List.of("run", "report")) {
        Result result = parallax(command, "--date", date, "--output", dir.toString());
        assertThat(result.exitCode()).as(command + " " + date).isEqualTo(Main.USER_ERROR);
        assertThat(result.err().strip().lines())
            .singleElement()
            .asString()
            .contains("--date '" + date + "' is not a date");
      }
    }
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneLineAndExitTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Result result =
        parallax(
            "run",
            "--input",
            "src/sample/corpus",
            "--output",
            file.resolve("out").toString(),
            "--date",
            "2022-01-10");

    oneLineUserError(result).startsWith("parallax: error: cannot write under output '");

    // Glob characters: the whole job ran, then its commit failed reading the staged tables back.
    Result glob =
        parallax(
            "run",
            "--input",
            "src/sample/corpus",
            "--output",
            dir.resolve("out[1]").toString(),
            "--date",
            "2022-01-10");
    oneLineUserError(glob).contains("glob character");
  }

  @Test
  void aSparkSettingSparkRefusesIsOneLineAndExitTwo() throws Exception {
    Path config =
        Files.writeString(dir.resolve("spark.properties"), "spark.sql.shuffle.partitions=-1\n");
    SparkTestSession.get().stop(); // the run starts its own session with the setting
    Result result =
        parallax(
            "run",
            "--input",
            "src/sample/corpus/seeds.jsonl",
            "--output",
            dir.resolve("out").toString(),
            "--date",
            "2022-01-10",
            "--config",
            config.toString(),
            "--no-report");

    oneLineUserError(result).contains("spark.sql.shuffle.partitions");
  }

  @Test
  void missingInputIsOneLineWithoutAStackTrace() {
    Result result =
        parallax(
            "run", "--input", dir.resolve("missing.jsonl").toString(), "--output", dir.toString());

    oneLineUserError(result).startsWith("parallax: error: input '").contains("missing.jsonl");
  }

  @Test
  void unknownConfigKeyIsOneLine() throws Exception {
    Path config =
        Files.writeString(dir.resolve("bad.properties"), "ingest.langauge.trust-input=true\n");

    Result result = parallax("run", "--config", config.toString());

    oneLineUserError(result).contains("ingest.langauge.trust-input");
  }

  @Test
  void aBrokenOutletRegistryIsOneLineBeforeAnyWork() throws Exception {
    Path registry =
        Files.writeString(
            dir.resolve("outlets.csv"),
            "outlet_id,name,aliases,lean\ncnn,CNN,cnn.com,left\nturner,Turner,www.cnn.com,left\n");
    Path config =
        Files.writeString(dir.resolve("c.properties"), "outlets.registry=" + registry + "\n");

    for (Result result :
        List.of(
            parallax(
                "run", "--outlets", registry.toString(), "--output", dir.resolve("o").toString()),
            parallax("run", "--config", config.toString(), "--output", dir.resolve("o").toString()),
            parallax("run", "--outlets", dir.resolve("missing.csv").toString()))) {
      oneLineUserError(result)
          .startsWith("parallax: error: outlet registry '")
          .containsAnyOf("is already cnn's (line 2)", "cannot be read");
    }
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void aScheduleMayNameYesterdayAndPutTheDateIntoTheInputPattern() {
    java.time.LocalDate today = java.time.LocalDate.of(2022, 1, 11);
    assertThat(RunCommand.runDate("yesterday", today)).isEqualTo("2022-01-10");
    assertThat(RunCommand.runDate("today", today)).isEqualTo(today);
    assertThat(RunCommand.runDate(null, today)).isEqualTo(today);
    assertThat(RunCommand.runDate("2021-12-31", today)).isEqualTo("2021-12-31");

    RunCommand run = new RunCommand();
    new picocli.CommandLine(run)
        .parseArgs("--input", "s3a://crawl/{date}/*.jsonl.gz", "--date", "2022-01-10");
    assertThat(run.request().inputs()).containsExactly("s3a://crawl/2022-01-10/*.jsonl.gz");
  }

  @Test
  void schemaPrintsTheDataDictionary() {
    Result result = parallax("schema");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(DataDictionary.markdown(OutputTables.ALL));
  }

  private Path dayOfArticles(int good, boolean withBrokenLine) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < good; i++) {
      lines.append(
          "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": \"Envoys met in Geneva"
              + " for round "
              + i
              + ".\"}\n");
    }
    if (withBrokenLine) {
      lines.append("{broken\n");
    }
    return Files.writeString(dir.resolve("day-" + good + "-" + withBrokenLine + ".jsonl"), lines);
  }

  private Result runDay(Path input, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--input",
                input.toString(),
                "--output",
                dir.resolve("out").toString(),
                "--date",
                "2022-01-10",
                "--no-report"));
    args.addAll(List.of(more));
    return parallax(args.toArray(String[]::new));
  }

  @Test
  void runPrintsASummaryWithTheAccountingAndExitsZeroUnlessAskedToFlagQuarantine()
      throws Exception {
    SparkTestSession.get();

    // A run with a quarantined record exits 0, prints the accounting and builds the report.
    Result plain =
        parallax(
            "run",
            "--input",
            dayOfArticles(1, true).toString(),
            "--output",
            dir.resolve("out").toString(),
            "--date",
            "2022-01-10",
            "--master",
            "local[2]");
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.out())
        .contains("read = written + quarantined + duplicates: 2 = 1 + 1 + 0 (balanced)")
        .contains("bad_json 1")
        .contains("run_date=2022-01-10");
    assertThat(dir.resolve("out/articles/run_date=2022-01-10")).isDirectory();
    assertThat(dir.resolve("out/report/index.html")).isRegularFile();

    // Asked for, a run with a quarantined record exits with that code.
    Result flagged =
        runDay(dayOfArticles(1, true), "--master", "local[2]", "--quarantined-exit-code", "3");
    assertThat(flagged.exitCode()).as(flagged.err()).isEqualTo(Main.SUCCESS_WITH_QUARANTINE);
  }

  @Test
  void aRunOfADateAnotherRunIsWritingExits75AndWritesNothing() throws Exception {
    Path lock = dir.resolve("out/_locks/run_date=2022-01-10.0.lock");
    Files.createDirectories(lock.getParent());
    Files.writeString(
        lock,
        "run_id=the-first-run\nhost="
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\npid="
            + ProcessHandle.current().pid()
            + "\n");

    Result second = runDay(dayOfArticles(1, false), "--master", "local[2]");

    assertThat(second.exitCode()).isEqualTo(Main.RUN_IN_PROGRESS);
    assertThat(second.err().strip())
        .startsWith("parallax: error: another run is writing run date 2022-01-10")
        .contains("run the-first-run")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("out/articles")).doesNotExist();
    assertThat(lock).content().contains("the-first-run");
  }

  @Test
  void aFailureThatIsNotTheUsersExitsOneAndLeavesNoPartition() throws Exception {
    // No retries (local[1]) and a task made to fail: the job fails as on a broken cluster.
    SparkTestSession.get().stop();
    Path config =
        Files.writeString(
            dir.resolve("faulty.properties"), "spark.parallax.test.fail-first-attempt=annotate\n");

    Result failed =
        runDay(dayOfArticles(12, false), "--master", "local[1]", "--config", config.toString());

    assertThat(failed.exitCode()).isEqualTo(Main.FAILURE);
    assertThat(failed.err()).contains("parallax: failed:").contains("injected failure");
    assertThat(dir.resolve("out/articles/run_date=2022-01-10")).doesNotExist();
    assertThat(dir.resolve("out/_locks/run_date=2022-01-10.0.lock")).content().contains("released");
  }
}
