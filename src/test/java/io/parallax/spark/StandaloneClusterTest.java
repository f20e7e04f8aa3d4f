package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Spark cluster: a standalone master and worker on loopback, each in its own JVM
 * started from the project's classpath (the worker's "Spark installation" is a folder of links to
 * those jars), and the application jar (Parallax's classes and resources, built here) submitted
 * with spark-submit's own entry point (`--master spark://127.0.0.1:…`), so that executors run in
 * JVMs of their own and every closure and broadcast crosses a process boundary. Its tables must
 * equal a local run's. This is what catches a non-serialisable closure or a driver-side path.
 */
class StandaloneClusterTest {
  private static final LocalDate RUN_DATE = LocalDate.of(2022, 1, 10);

  @TempDir Path dir;

  /**
   * The sample corpus with its first 9 AllSides articles (3 stories of three outlets) instead of
   * all 102: every kind of record it holds (broken lines, a non-English article, the seeds,
   * news-please files) and stories of several outlets, at about a quarter of the corpus's text.
   */
  private Path sampleCorpusCut() throws IOException {
    Path corpus = Path.of("src/sample/corpus");
    Path cut = dir.resolve("corpus");
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = cut.resolve(corpus.relativize(file).toString());
        Files.createDirectories(target.getParent());
        if (file.getFileName().toString().equals("allsides.jsonl")) {
          Files.write(target, Files.readAllLines(file).subList(0, 9));
        } else {
          Files.copy(file, target);
        }
      }
    }
    return cut;
  }

  @Test
  void theSampleCorpusOnAStandaloneClusterGivesTheLocalRunsTables() throws Exception {
    Path corpus = sampleCorpusCut();
    Path sparkHome = sparkHome();
    Path appJar = applicationJar();
    int masterPort = freePort();
    String master = "spark://127.0.0.1:" + masterPort;
    List<Process> daemons = new ArrayList<>();
    try {
      daemons.add(
          start(
              sparkHome,
              "master",
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              Integer.toString(masterPort),
              "--webui-port",
              Integer.toString(freePort())));
      awaitPort(masterPort);
      daemons.add(
          start(
              sparkHome,
              "worker",
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              "127.0.0.1",
              "--cores",
              "2",
              "--memory",
              "4g",
              "--webui-port",
              Integer.toString(freePort()),
              "--work-dir",
              dir.resolve("work").toString(),
              master));

      Path clusterOutput = dir.resolve("cluster");
      Process submit =
          start(
              sparkHome,
              "submit",
              "org.apache.spark.deploy.SparkSubmit",
              "--master",
              master,
              "--deploy-mode",
              "client",
              "--class",
              "io.parallax.cli.Main",
              "--conf",
              "spark.executor.extraJavaOptions=" + String.join(" ", ModuleOptionsFile.flags()),
              "--conf",
              "spark.executor.cores=2",
              "--conf",
              "spark.executor.memory=3g",
              "--conf",
              "spark.ui.enabled=false",
              "--conf",
              "spark.sql.shuffle.partitions=4",
              appJar.toString(),
              "run",
              "--input",
              corpus.toString(),
              "--output",
              clusterOutput.toString(),
              "--date",
              RUN_DATE.toString());
      boolean finished = submit.waitFor(8, TimeUnit.MINUTES);
      String log = Files.readString(dir.resolve("submit.log"));
      assertThat(finished).as("spark-submit finished in time; log:\n%s", tail(log)).isTrue();
      assertThat(submit.exitValue()).as("spark-submit exit code; log:\n%s", tail(log)).isZero();
      assertThat(log).contains("(balanced)");
      // The tasks ran in executor JVMs the worker started, not in the driver.
      List<Path> executorLogs;
      try (Stream<Path> files = Files.walk(dir.resolve("work"))) {
        executorLogs = files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
      }
      assertThat(executorLogs).isNotEmpty();
      assertThat(executorLogs)
          .anySatisfy(f -> assertThat(Files.readString(f)).contains("Finished task"));

      Path localOutput = dir.resolve("local");
      RunJob.run(
          SparkTestSession.get(),
          new RunRequest(
              List.of(corpus.toString()),
              Optional.empty(),
              localOutput.toString(),
              RUN_DATE,
              ParallaxConfig.defaults()));
      for (Map.Entry<String, String> table : COMPARED.entrySet()) {
        assertThat(rows(clusterOutput, table.getKey(), table.getValue()))
            .as(table.getKey())
            .isNotEmpty()
            .containsExactlyElementsOf(rows(localOutput, table.getKey(), table.getValue()));
      }
    } finally {
      for (Process daemon : daemons) {
        daemon.destroy();
        if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
          daemon.destroyForcibly();
        }
      }
    }
  }

  /** Per table, the columns compared, with numbers rounded past floating-point summation order. */
  private static final Map<String, String> COMPARED =
      Map.ofEntries(
          Map.entry("articles", "article_id, outlet, story_id, word_count, content_hash"),
          Map.entry("quarantine", "source_file, source_position, reason_code"),
          Map.entry("sentences", "article_id, sentence_index, char_begin, round(sentiment, 9)"),
          Map.entry("actors", "article_id, actor_id, mention_count, round(sentiment, 9)"),
          Map.entry("quotes", "article_id, quote_index, speaker_actor_id, word_count"),
          Map.entry("stories", "story_id, article_count, outlets, title"),
          Map.entry("story_outlets", "story_id, outlet, round(tone, 9), top_speaker, quoted_words"),
          Map.entry("omissions", "story_id, outlet, kind, fact"),
          Map.entry("outlet_pairs", "story_id, outlet_a, outlet_b, round(lexical_divergence, 9)"),
          Map.entry("outlet_profiles", "outlet, article_count, story_count, quoted_words"),
          Map.entry("run_summary", "records_read, articles_written, quarantined, duplicates"));

  private static List<String> rows(Path output, String table, String columns) {
    return query("SELECT " + columns + " FROM " + table(output, table) + " ORDER BY ALL").stream()
        .map(Object::toString)
        .toList();
  }

  /** A stand-in Spark installation: `jars/` links to every jar on this JVM's classpath. */
  private Path sparkHome() throws IOException {
    Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        Path link = jars.resolve(path.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, path);
        }
      }
    }
    return jars.getParent();
  }

  /** The application jar: Parallax's compiled classes and resources, as `package` puts them. */
  private Path applicationJar() throws IOException {
    Path classes = Path.of("target/classes");
    Path jar = dir.resolve("parallax-app.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
    return jar;
  }

  private Process start(Path sparkHome, String name, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ModuleOptionsFile.flags());
    command.add("-Xmx" + (name.equals("submit") ? "3g" : "512m"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    // Spark's launcher asks for the Scala version of an installation it cannot inspect.
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitPort(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("the Spark master did not open port " + port + " in 90 s");
  }

  private static String tail(String log) {
    return log.length() <= 6000 ? log : log.substring(log.length() - 6000);
  }
}
