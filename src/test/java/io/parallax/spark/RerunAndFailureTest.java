package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.config.ParallaxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running a date replaces exactly that date; a run that fails part way changes nothing. */
class RerunAndFailureTest {
  private static final LocalDate DAY_ONE = LocalDate.of(2022, 1, 9);
  private static final LocalDate DAY_TWO = LocalDate.of(2022, 1, 10);

  @TempDir Path output;
  @TempDir Path inputs;

  private RunRequest request(Path input, LocalDate date) {
    return new RunRequest(
        List.of(input.toString()),
        Optional.empty(),
        output.toString(),
        date,
        ParallaxConfig.defaults());
  }

  private Path writeJsonl(String name, String... lines) throws IOException {
    Path file = inputs.resolve(name);
    Files.write(file, List.of(lines));
    return file;
  }

  private static String article(String id, String text) {
    return "{\"id\": \""
        + id
        + "\", \"outlet\": \"Example Wire\", \"published_at\": \"2022-01-09\", \"text\": \""
        + text
        + "\"}";
  }

  /**
   * Every file of the tables under a directory, with a hash of its bytes (the run locks, one small
   * file per run of a date, are not table data).
   */
  private static Map<String, String> fingerprint(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file :
          walk.filter(Files::isRegularFile)
              .filter(f -> !dir.relativize(f).startsWith("_locks"))
              .toList()) {
        files.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<List<Object>> articleIds(LocalDate date) {
    return query(
        "SELECT article_id, content_hash, story_id FROM "
            + table(output, "articles")
            + " WHERE run_date = DATE '"
            + date
            + "' ORDER BY article_id");
  }

  @Test
  void rerunningADateReplacesItAndLeavesOtherDatesByteForByte() throws IOException {
    Path first =
        writeJsonl(
            "day1.jsonl",
            article("a1", "Envoys met in Geneva on Sunday."),
            article("a2", "The talks were described as businesslike."));
    Path second =
        writeJsonl("day2.jsonl", article("b1", "Talks between the delegations began on Monday."));
    RunJob.run(SparkTestSession.get(), request(first, DAY_ONE));
    RunJob.run(SparkTestSession.get(), request(second, DAY_TWO));
    List<List<Object>> dayTwoRows = articleIds(DAY_TWO);
    Map<String, String> dayOneFiles = fingerprint(output.resolve("articles/run_date=" + DAY_ONE));
    Map<String, String> dayOneQuarantine =
        fingerprint(output.resolve("quarantine/run_date=" + DAY_ONE));

    RunJob.run(SparkTestSession.get(), request(second, DAY_TWO));

    // The same article, text and story id: story ids hold when a date is run again.
    assertThat(articleIds(DAY_TWO)).isEqualTo(dayTwoRows).hasSize(1);
    assertThat(dayTwoRows.get(0).get(2)).asString().matches("story-[0-9a-f]{16}");
    assertThat(
            query(
                "SELECT story_id FROM "
                    + table(output, "stories")
                    + " WHERE run_date = DATE '"
                    + DAY_TWO
                    + "'"))
        .extracting(row -> row.get(0))
        .containsExactly(dayTwoRows.get(0).get(2));
    assertThat(fingerprint(output.resolve("articles/run_date=" + DAY_ONE))).isEqualTo(dayOneFiles);
    assertThat(fingerprint(output.resolve("quarantine/run_date=" + DAY_ONE)))
        .isEqualTo(dayOneQuarantine);
    assertThat(
            query(
                "SELECT run_date, count(*) FROM "
                    + table(output, "run_summary")
                    + " GROUP BY 1 ORDER BY 1"))
        .extracting(row -> row.get(1))
        .containsExactly(1L, 1L);
    assertThat(output.resolve("_staging")).doesNotExist();
    assertThat(output.resolve("_trash")).doesNotExist();

    Path corrected =
        writeJsonl("day2-corrected.jsonl", article("b2", "A corrected feed for the second day."));
    RunJob.run(SparkTestSession.get(), request(corrected, DAY_TWO));

    assertThat(articleIds(DAY_TWO)).extracting(row -> row.get(0)).containsExactly("b2");
    assertThat(fingerprint(output.resolve("articles/run_date=" + DAY_ONE))).isEqualTo(dayOneFiles);
  }

  @Test
  void aRunThatFailsPartWayLeavesThePreviousPartitionsReadable() throws IOException {
    Path first = writeJsonl("day1.jsonl", article("a1", "Envoys met in Geneva on Sunday."));
    RunJob.run(SparkTestSession.get(), request(first, DAY_ONE));
    Map<String, String> before = fingerprint(output);
    Path replacement =
        writeJsonl("replacement.jsonl", article("z9", "This run dies before it commits."));
    RunJob.PreparedRun prepared =
        RunJob.prepare(
            request(replacement, DAY_ONE),
            SparkTestSession.get().sparkContext().hadoopConfiguration());

    assertThatThrownBy(
            () ->
                RunJob.run(
                    SparkTestSession.get(),
                    prepared,
                    step -> {
                      if (step.equals("staged articles")) {
                        throw new IllegalStateException("executor lost (simulated)");
                      }
                    }))
        .hasMessageContaining("simulated");

    assertThat(fingerprint(output)).isEqualTo(before);
    assertThat(articleIds(DAY_ONE)).extracting(row -> row.get(0)).containsExactly("a1");
  }
}
