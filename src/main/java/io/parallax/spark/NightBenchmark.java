package io.parallax.spark;

import io.parallax.config.ParallaxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fixed cost of a nightly run: `run` on an empty night and on a small one, each in a fresh JVM
 * as a scheduler starts it, wall clock and stage by stage (`run_summary.stage_seconds`), with the
 * run's fixed-cost savings off (the baseline: `run.load-models-ahead=false`,
 * `run.small-input-mb=0`) and on, in turn, in rounds. Prints medians and the ratio of the two.
 */
public final class NightBenchmark {
  private static final String BASELINE = "baseline";
  private static final String CURRENT = "current";
  private static final String SMALL_INPUT_MB =
      ParallaxConfig.DEFAULTS.get(ParallaxConfig.RUN_SMALL_INPUT_MB);

  private NightBenchmark() {}

  /** One timed run. */
  record Timing(double wallSeconds, Map<String, Double> stageSeconds) {}

  public static List<String> run(
      List<String> articleLines, int rounds, Path work, Path defaultConfig) {
    try {
      Files.createDirectories(work);
      Path empty = work.resolve("empty-night.jsonl");
      Files.writeString(empty, "");
      Path small = work.resolve("small-night.jsonl");
      Files.write(small, articleLines, StandardCharsets.UTF_8);
      Map<String, Path> configs = new LinkedHashMap<>();
      configs.put(BASELINE, config(work, defaultConfig, false));
      configs.put(CURRENT, config(work, defaultConfig, true));
      Map<String, Path> nights = new LinkedHashMap<>();
      nights.put("empty night", empty);
      nights.put(articleLines.size() + "-article night", small);
      Map<String, List<Timing>> timings = new TreeMap<>();
      for (int round = 0; round < rounds; round++) {
        for (Map.Entry<String, Path> night : nights.entrySet()) {
          for (Map.Entry<String, Path> variant : configs.entrySet()) {
            Timing timing = timeRun(night.getValue(), variant.getValue(), work.resolve("out"));
            timings
                .computeIfAbsent(night.getKey() + "|" + variant.getKey(), k -> new ArrayList<>())
                .add(timing);
          }
        }
      }
      List<String> lines = new ArrayList<>();
      lines.add(
          "each run a fresh JVM (`run --no-report`), "
              + rounds
              + " rounds, variants in turn; medians in seconds");
      String last = "";
      for (String night : nights.keySet()) {
        Timing base = median(timings.get(night + "|" + BASELINE));
        Timing now = median(timings.get(night + "|" + CURRENT));
        lines.add(
            String.format(
                Locale.ROOT,
                "%s: wall %.1f s (baseline %.1f s, ratio %.2f); stages now %s; baseline %s",
                night,
                now.wallSeconds(),
                base.wallSeconds(),
                now.wallSeconds() / base.wallSeconds(),
                rounded(now.stageSeconds()),
                rounded(base.stageSeconds())));
        last =
            String.format(
                Locale.ROOT,
                "benchmark night articles=%d rounds=%d wall_s=%.1f baseline_wall_s=%.1f ratio=%.2f",
                articleLines.size(),
                rounds,
                now.wallSeconds(),
                base.wallSeconds(),
                now.wallSeconds() / base.wallSeconds());
      }
      lines.add(last);
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path config(Path work, Path defaultConfig, boolean savings) throws IOException {
    Path file = work.resolve((savings ? CURRENT : BASELINE) + ".properties");
    List<String> lines = new ArrayList<>(Files.readAllLines(defaultConfig));
    lines.removeIf(
        l -> l.startsWith("run.load-models-ahead") || l.startsWith("run.small-input-mb"));
    lines.add("run.load-models-ahead=" + savings);
    lines.add("run.small-input-mb=" + (savings ? SMALL_INPUT_MB : 0));
    Files.write(file, lines);
    return file;
  }

  private static Timing timeRun(Path input, Path config, Path output) throws IOException {
    deleteTree(output);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
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
            "2022-01-10",
            "--no-report",
            "--config",
            config.toString()));
    Path log = output.resolveSibling("night-run.log");
    long t0 = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("a benchmark run failed; its log is " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    return new Timing(wall, stageSeconds(output));
  }

  private static Map<String, Double> stageSeconds(Path output) {
    Map<String, Double> stages = new LinkedHashMap<>();
    String sql =
        "SELECT unnest(map_keys(stage_seconds)), unnest(map_values(stage_seconds)) FROM read_parquet('"
            + output.resolve("run_summary").toString().replace("'", "''")
            + "/*/*.parquet')";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        stages.put(rows.getString(1), rows.getDouble(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the run summary under " + output, e);
    }
    return stages;
  }

  /** The run of median wall time (its stage times with it, so they add up). */
  static Timing median(List<Timing> timings) {
    List<Timing> sorted = new ArrayList<>(timings);
    sorted.sort(Comparator.comparingDouble(Timing::wallSeconds));
    return sorted.get((sorted.size() - 1) / 2);
  }

  private static Map<String, String> rounded(Map<String, Double> stages) {
    Map<String, String> out = new LinkedHashMap<>();
    stages.forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.1f", v)));
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
