package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.config.ParallaxConfig;
import io.parallax.errors.UserException;
import io.parallax.report.OutputTables;
import io.parallax.report.TableSchema;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's faults: a task that fails once is retried with the same result as a clean run; a driver
 * killed with SIGKILL while writing, or while swapping the partitions in, leaves the date readable
 * and the next run completes.
 */
class FaultsTest {
  private static final LocalDate DATE = LocalDate.of(2021, 10, 18);

  @TempDir Path work;

  private Path corpus(int articles) throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("src/sample/corpus/allsides.jsonl"), StandardCharsets.UTF_8);
    Path file = work.resolve("in-" + articles + "/articles.jsonl");
    Files.createDirectories(file.getParent());
    Files.write(file, lines.subList(0, articles));
    return file;
  }

  private static RunRequest request(Path input, Path output) {
    return new RunRequest(
        List.of(input.toString()),
        Optional.empty(),
        output.toString(),
        DATE,
        ParallaxConfig.defaults());
  }

  @Test
  void aTaskThatFailsOnceIsRetriedAndWritesTheTablesOfACleanRun() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Path input = corpus(24);
    Path clean = work.resolve("clean");
    Path retried = work.resolve("retried");
    RunJob.run(spark, request(input, clean));

    AtomicInteger failedTasks = new AtomicInteger();
    SparkListener failures =
        new SparkListener() {
          @Override
          public void onTaskEnd(SparkListenerTaskEnd end) {
            if (!end.taskInfo().successful()) {
              failedTasks.incrementAndGet();
            }
          }
        };
    spark.sparkContext().addSparkListener(failures);
    spark.sparkContext().setLocalProperty(FaultInjection.FAIL_FIRST_ATTEMPT, "annotate");
    try {
      RunJob.run(spark, request(input, retried));
    } finally {
      spark.sparkContext().setLocalProperty(FaultInjection.FAIL_FIRST_ATTEMPT, null);
      spark.sparkContext().removeSparkListener(failures);
    }

    assertThat(failedTasks.get()).isEqualTo(1);
    DuckDb.assertSameTablesButRunSummary(retried, clean);
    assertThat(query("SELECT count(*) FROM " + table(retried, "sentences")).get(0).get(0))
        .isNotEqualTo(0L);
  }

  @Test
  void aDriverKilledWhileWritingLeavesThePreviousPartitionsAndTheNextRunCompletes()
      throws Exception {
    Path output = work.resolve("out");
    RunJob.run(SparkTestSession.get(), request(corpus(2), output));
    Map<String, String> before = tableFiles(output);

    Process killed = startPausedRun(corpus(4), output, "staged articles");
    // While it holds the date, a second run of the same date refuses (exit 75 from the command).
    assertThatThrownBy(() -> RunJob.run(SparkTestSession.get(), request(corpus(3), output)))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("another run is writing run date " + DATE)
        .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(75));
    killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS);

    assertThat(tableFiles(output)).isEqualTo(before);
    assertThat(lockHeld(output)).isTrue();
    assertThat(query("SELECT count(*) FROM " + table(output, "articles")).get(0).get(0))
        .isEqualTo(2L);

    RunReport next = RunJob.run(SparkTestSession.get(), request(corpus(4), output));

    assertThat(next.articlesWritten()).isEqualTo(4);
    assertThat(query("SELECT count(*) FROM " + table(output, "articles")).get(0).get(0))
        .isEqualTo(4L);
    assertThat(output.resolve("_staging")).doesNotExist();
    assertThat(lockHeld(output)).isFalse();
  }

  /** Whether a run holds the date's lock under the output. */
  private static boolean lockHeld(Path output) throws java.io.IOException {
    return RunLock.isHeld(
        org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration()),
        new org.apache.hadoop.fs.Path(output.toUri()),
        DATE);
  }

  @Test
  void aDriverKilledMidSwapHasItsSwapFinishedByTheNextRunOfTheDate() throws Exception {
    Path output = work.resolve("out");
    RunJob.run(SparkTestSession.get(), request(corpus(2), output));

    Process killed = startPausedRun(corpus(3), output, "swapped articles");
    killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    // Half swapped: the new articles, the old sentences.
    assertThat(runIds(output)).hasSize(2);

    try (PartitionCommitter recovering =
        new PartitionCommitter(SparkTestSession.get(), output.toString(), DATE, "recovering")) {
      recovering.abort();
    }

    assertThat(runIds(output)).hasSize(1);
    assertThat(query("SELECT count(*) FROM " + table(output, "articles")).get(0).get(0))
        .isEqualTo(3L);
    assertThat(query("SELECT count(*) FROM " + table(output, "run_summary")).get(0).get(0))
        .isEqualTo(1L);
    assertThat(output.resolve("_staging")).doesNotExist();
    assertThat(output.resolve("_trash")).doesNotExist();
  }

  /** The run ids found across every table's partition of the date. */
  private static List<Object> runIds(Path output) {
    List<String> selects = new ArrayList<>();
    for (TableSchema t : OutputTables.ALL) {
      if (Files.isDirectory(output.resolve(t.name()))) {
        selects.add("SELECT DISTINCT run_id FROM " + table(output, t.name()));
      }
    }
    return query(String.join(" UNION ", selects)).stream().map(r -> r.get(0)).toList();
  }

  /** Starts `parallax run` in its own JVM, stopped at a step, and waits until it is there. */
  private Process startPausedRun(Path input, Path output, String step) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ModuleOptionsFile.flags());
    command.add("-Xmx2g");
    command.add("-D" + RunJob.PAUSE_AT_PROPERTY + "=" + step);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.parallax.cli.Main");
    command.addAll(
        List.of(
            "run",
            "--input",
            input.toString(),
            "--output",
            output.toString(),
            "--date",
            DATE.toString(),
            "--master",
            "local[1]",
            "--no-report"));
    File log = work.resolve("paused-run.log").toFile();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (Files.readString(log.toPath()).contains("paused at " + step)) {
        return process;
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "the run ended before " + step + ":\n" + Files.readString(log.toPath()));
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new AssertionError("the run did not reach " + step + " in 180 s");
  }

  /** Every file of every table (staging, trash and locks aside), with a hash of its bytes. */
  private static Map<String, String> tableFiles(Path output) throws Exception {
    Map<String, String> files = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (TableSchema t : OutputTables.ALL) {
      Path dir = output.resolve(t.name());
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(
              output.relativize(file).toString(),
              HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
        }
      }
    }
    return files;
  }
}
