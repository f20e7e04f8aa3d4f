package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.FileNotFoundException;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles that runs of earlier dates wrote, read once at the start of a run and held for it
 * (the columns the look-backs use, persisted on local disk so as not to take the memory CoreNLP
 * needs, and counted), so that every stage that looks back (alignment's open stories and
 * background, the outlet templates) reads one copy, once. A run of another date that commits while
 * this one goes on replaces that date's files; a read that meets a file gone from under it lists
 * the table again and reads again ({@link #retryingWhenFilesMove}).
 */
final class EarlierArticles implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EarlierArticles.class);
  static final int ATTEMPTS = 4;

  private final Dataset<Row> rows;

  private EarlierArticles(Dataset<Row> rows) {
    this.rows = rows;
  }

  /**
   * The articles of run dates before {@code runDate} that any look-back of {@code days} can use:
   * written on one of those days, or published on one; none when no earlier run wrote any.
   */
  static EarlierArticles read(SparkSession spark, String output, LocalDate runDate, int days) {
    if (output == null) {
      return new EarlierArticles(null);
    }
    Path articles = new Path(output, "articles");
    if (!EarlierStories.exists(spark, articles)) {
      return new EarlierArticles(null);
    }
    String from = runDate.minusDays(days).toString();
    Dataset<Row> held =
        readingAgainWhenFilesMove(
            spark,
            articles.toString(),
            "reading the articles of earlier dates",
            written -> {
              Dataset<Row> window =
                  written
                      .where(col("run_date").lt(lit(runDate.toString()).cast("date")))
                      .where(
                          col("run_date")
                              .geq(lit(from).cast("date"))
                              .or(col("published_date").geq(lit(from).cast("date"))))
                      .select(neededColumns(written))
                      .persist(StorageLevel.DISK_ONLY());
              try {
                window.count();
              } catch (Exception e) { // SparkException is checked, and thrown from Scala
                window.unpersist();
                throw e;
              }
              return window;
            });
    return new EarlierArticles(held);
  }

  /**
   * The columns the look-backs read (alignment: id, title, text, date, story; templates: outlet,
   * title, hash, text, removed lines), of those the table has: the rest (frames, embeddings, URLs)
   * is not held.
   */
  private static org.apache.spark.sql.Column[] neededColumns(Dataset<Row> written) {
    java.util.List<String> present = java.util.Arrays.asList(written.columns());
    return java.util.stream.Stream.of(
            "article_id",
            "title",
            "text",
            "published_date",
            "excluded_reason",
            "story_id",
            "run_date",
            "outlet_key",
            "content_hash",
            "boilerplate_removed")
        .filter(present::contains)
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** The earlier articles, or null when there are none. */
  Dataset<Row> rows() {
    return rows;
  }

  @Override
  public void close() {
    if (rows != null) {
      rows.unpersist();
    }
  }

  /**
   * Lists the Parquet table at {@code path} afresh and hands it to {@code use}, which must read
   * what it needs before returning; when a file listed was gone by the time it was read, does it
   * all again ({@link #retryingWhenFilesMove}).
   */
  static <T> T readingAgainWhenFilesMove(
      SparkSession spark, String path, String what, Function<Dataset<Row>, T> use) {
    return retryingWhenFilesMove(
        what,
        () -> {
          spark.catalog().refreshByPath(path); // no listing kept from an attempt before
          return use.apply(spark.read().parquet(path));
        });
  }

  /**
   * Runs a read of earlier partitions again when a file it listed was gone by the time it was read
   * (another date's run committed in between), up to {@value #ATTEMPTS} times.
   */
  static <T> T retryingWhenFilesMove(String what, Supplier<T> read) {
    for (int attempt = 1; ; attempt++) {
      try {
        return read.get();
      } catch (Exception e) { // Spark's SparkException is checked, and thrown from Scala unchecked
        if (attempt >= ATTEMPTS || !isFileGone(e)) {
          throw e;
        }
        LOG.warn("{}: a file changed under the read ({}); reading again", what, e.toString());
      }
    }
  }

  /** Whether a failure is a file that was listed and then not found. */
  static boolean isFileGone(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FileNotFoundException) {
        return true;
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("FILE_NOT_EXIST") || message.contains("does not exist")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
