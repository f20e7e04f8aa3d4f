package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading earlier dates' partitions while a run of another date replaces its files. */
class EarlierArticlesTest {
  @TempDir Path output;

  private void writeDate(SparkSession spark, String date, int rows) {
    spark
        .range(rows)
        .selectExpr("CAST(id AS STRING) AS article_id", "'" + date + "' AS x")
        .write()
        .mode("overwrite")
        .parquet(output.resolve("t/run_date=" + date).toString());
  }

  private static List<Path> parquetFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".parquet")).toList();
    }
  }

  @Test
  void aReadThatMeetsAFileReplacedUnderItListsAgainAndReadsWhatIsThereNow() throws IOException {
    SparkSession spark = SparkTestSession.get();
    writeDate(spark, "2023-03-01", 5);
    writeDate(spark, "2023-03-02", 7);
    AtomicInteger attempts = new AtomicInteger();

    long rows =
        EarlierArticles.readingAgainWhenFilesMove(
            spark,
            output.resolve("t").toString(),
            "test read",
            listed -> {
              if (attempts.incrementAndGet() == 1) {
                // Another date's run commits between this read's listing and its reading.
                try {
                  for (Path file : parquetFiles(output.resolve("t/run_date=2023-03-02"))) {
                    Files.delete(file);
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
                writeDate(spark, "2023-03-02", 3);
              }
              return listed.count();
            });

    assertThat(attempts).hasValue(2);
    assertThat(rows).isEqualTo(8);
  }

  @Test
  void otherFailuresAndAFileGoneEveryTimeAreNotHidden() {
    assertThatThrownBy(
            () ->
                EarlierArticles.retryingWhenFilesMove(
                    "test read",
                    () -> {
                      throw new IllegalStateException("disk full");
                    }))
        .hasMessage("disk full");
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                EarlierArticles.retryingWhenFilesMove(
                    "test read",
                    () -> {
                      attempts.incrementAndGet();
                      throw new RuntimeException(new FileNotFoundException("gone"));
                    }))
        .hasRootCauseInstanceOf(FileNotFoundException.class);
    assertThat(attempts).hasValue(EarlierArticles.ATTEMPTS);
  }
}
