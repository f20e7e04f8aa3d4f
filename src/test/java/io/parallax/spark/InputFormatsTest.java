package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.config.ParallaxConfig;
import io.parallax.errors.UserException;
import io.parallax.ingest.InputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet and compressed inputs, globs, and inputs that are user mistakes. */
class InputFormatsTest {
  private static final LocalDate RUN_DATE = LocalDate.of(2022, 1, 10);

  @TempDir Path output;
  @TempDir Path inputs;

  private RunReport run(List<String> paths, Optional<InputFormat> format) {
    return RunJob.run(
        SparkTestSession.get(),
        new RunRequest(paths, format, output.toString(), RUN_DATE, ParallaxConfig.defaults()));
  }

  @Test
  void aParquetFileWithACorruptPageIsOneUnreadableFileAndTheRunGoesOn() throws Exception {
    Path parquet = inputs.resolve("corrupt.parquet");
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement sql = db.createStatement()) {
      sql.execute(
          "COPY (SELECT 'cp.example' AS outlet, 'The harbour board met ' || i || repeat('x', 50"
              + " + i) AS text, '2022-01-10' AS published_at FROM range(3) t(i)) TO '"
              + parquet
              + "' (FORMAT parquet, COMPRESSION uncompressed)");
    }
    // The first string's length prefix set to 2^31 - 1: the footer stays valid, a page does not.
    byte[] bytes = Files.readAllBytes(parquet);
    int at = indexOf(bytes, "The harbour board met".getBytes(StandardCharsets.UTF_8));
    bytes[at - 4] = (byte) 0xff;
    bytes[at - 3] = (byte) 0xff;
    bytes[at - 2] = (byte) 0xff;
    bytes[at - 1] = (byte) 0x7f;
    Files.write(parquet, bytes);
    Files.writeString(
        inputs.resolve("good.jsonl"),
        "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": \"Envoys met.\"}\n");

    RunReport report = run(List.of(inputs.toString()), Optional.empty());

    assertThat(report.articlesWritten()).isEqualTo(1);
    assertThat(report.quarantinedByReason()).containsEntry("unreadable_file", 1L);
    assertThat(report.balanced()).isTrue();
  }

  @Test
  void aParquetFileCutShortBehindItsFooterSaysHowManyRowsItLost() throws Exception {
    Path whole = inputs.resolve("whole.parquet.tmp");
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement sql = db.createStatement()) {
      sql.execute(
          "COPY (SELECT 'cut.example' AS outlet, 'Smoke drifted over the valley, row ' || i AS"
              + " text, '2022-01-10' AS published_at, 'u' || i AS id FROM range(4000) t(i)) TO '"
              + whole
              + "' (FORMAT parquet, ROW_GROUP_SIZE 1000)");
    }
    // The first half of the file, then its footer: row groups past the cut are gone.
    byte[] bytes = Files.readAllBytes(whole);
    Files.delete(whole);
    int footer =
        java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 4)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .getInt();
    java.io.ByteArrayOutputStream cut = new java.io.ByteArrayOutputStream();
    cut.write(bytes, 0, bytes.length / 2);
    cut.write(bytes, bytes.length - 8 - footer, 8 + footer);
    Files.write(inputs.resolve("cut.parquet"), cut.toByteArray());

    RunReport report = run(List.of(inputs.toString()), Optional.empty());

    assertThat(report.balanced()).isTrue();
    assertThat(report.articlesWritten()).isLessThan(4000);
    assertThat(
            query(
                    "SELECT message FROM "
                        + table(output, "quarantine")
                        + " WHERE source_file LIKE '%cut.parquet' AND reason_code = 'unreadable_file'")
                .toString())
        .contains("the file's footer lists 4000 rows but only " + report.articlesWritten());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  @Test
  void parquetRowsAreCheckedLikeJsonRecords() {
    SparkSession spark = SparkTestSession.get();
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("published_at", DataTypes.TimestampType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            // A column of the file's own that Spark's hidden metadata column also calls _metadata.
            .add("_metadata", DataTypes.StringType);
    Timestamp monday = Timestamp.from(java.time.Instant.parse("2022-01-10T08:30:00Z"));
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "p1",
                    "Example Wire",
                    monday,
                    "Talks",
                    "Envoys met in Geneva on Monday morning.",
                    "crawl 7"),
                RowFactory.create(
                    "p2", null, monday, "No outlet", "A row without an outlet.", "crawl 7"),
                RowFactory.create(
                    "p3", "Example Wire", null, "No date", "A row without a date.", null)),
            schema);
    rows.coalesce(1).write().parquet(inputs.resolve("batch.parquet").toString());
    StructType wrongTypes =
        new StructType()
            .add("outlet", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("text", DataTypes.IntegerType);
    spark
        .createDataFrame(List.of(RowFactory.create("Example Wire", "2022-01-10", 7)), wrongTypes)
        .coalesce(1)
        .write()
        .parquet(inputs.resolve("typed-wrong.parquet").toString());
    // A body stored as bytes: no text, although to_json would turn it into a base64 string.
    StructType binaryText =
        new StructType()
            .add("outlet", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("text", DataTypes.BinaryType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "Example Wire",
                    "2022-01-10",
                    "Envoys met in Geneva.".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            binaryText)
        .coalesce(1)
        .write()
        .parquet(inputs.resolve("binary.parquet").toString());

    // A column named as Spark's own hidden row-index column: read, rows numbered all the same.
    StructType reservedName =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("_tmp_metadata_row_index", DataTypes.LongType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create("r1", "Example Wire", "2022-01-10T09:00:00Z", "Envoys met.", 7L),
                RowFactory.create("r2", null, "2022-01-10T09:00:00Z", "No outlet.", 8L)),
            reservedName)
        .coalesce(1)
        .write()
        .parquet(inputs.resolve("reserved.parquet").toString());

    RunReport report = run(List.of(inputs + "/*.parquet"), Optional.of(InputFormat.PARQUET));

    assertThat(report.recordsRead()).isEqualTo(7);
    assertThat(
            query(
                "SELECT article_id, strftime(published_at AT TIME ZONE 'UTC', '%H:%M') FROM "
                    + table(output, "articles")
                    + " ORDER BY article_id"))
        .containsExactly(List.of("p1", "08:30"), List.of("r1", "09:00"));
    assertThat(
            query(
                "SELECT reason_code, source_position, source_format FROM "
                    + table(output, "quarantine")
                    + " ORDER BY reason_code"))
        .containsExactly(
            List.of("missing_outlet", 2L, "parquet"),
            List.of("missing_outlet", 2L, "parquet"),
            List.of("missing_published_at", 3L, "parquet"),
            List.of("wrong_type", 1L, "parquet"),
            List.of("wrong_type", 1L, "parquet"));
  }

  @Test
  void parquetInAFolderWhoseNameLooksLikeAGlobIsReadAsWritten() {
    SparkSession spark = SparkTestSession.get();
    StructType schema =
        new StructType()
            .add("outlet", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    Path odd = inputs.resolve("night [1]{a}");
    spark
        .createDataFrame(
            List.of(RowFactory.create("Example Wire", "2022-01-10", "Envoys met in Geneva.")),
            schema)
        .coalesce(1)
        .write()
        .parquet(odd.resolve("batch.parquet").toString());

    RunReport report = run(List.of(odd.toString()), Optional.of(InputFormat.PARQUET));

    assertThat(report.recordsRead()).isEqualTo(1);
    assertThat(report.articlesWritten()).isEqualTo(1);
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    Path file = inputs.resolve("day.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          ("{\"outlet\": \"Example Wire\", \"published_at\": \"2022-01-10\", \"text\": \"Envoys met in Geneva.\"}\n"
                  + "{\"outlet\": \"Example Wire\", \"published_at\": \"2022-01-10\", \"text\": \"They meet again today.\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }

    // Names Hadoop's local file system could not open: ':' (it looked for ".c:d.jsonl.crc"), and
    // a space and a '%' that URIs escape. A Parquet file with ':' is a row that says to rename it.
    Files.writeString(
        inputs.resolve("wire:2022-01-10.jsonl"),
        "{\"outlet\": \"Colon Wire\", \"published_at\": \"2022-01-10\", \"text\": \"Talks end.\"}\n");
    Files.writeString(
        inputs.resolve("wire 50% off.jsonl"),
        "{\"outlet\": \"Space Wire\", \"published_at\": \"2022-01-10\", \"text\": \"Talks go on.\"}\n");
    Files.write(inputs.resolve("rows:1.parquet"), new byte[] {'P', 'A', 'R', '1'});

    RunReport report = run(List.of(inputs.toString()), Optional.empty());

    assertThat(report.articlesWritten()).isEqualTo(4);
    assertThat(report.quarantinedByReason())
        .containsExactly(java.util.Map.entry("unreadable_file", 1L));
    assertThat(report.balanced()).isTrue();
  }

  @Test
  void aWarcFileGivesItsArticlesAndQuarantinesThePagesThatAreNone() throws IOException {
    Path warc = io.parallax.ingest.WarcFixtures.write(inputs.resolve("CC-NEWS-20220110.warc.gz"));

    RunReport report = run(List.of(warc.toString()), Optional.empty());

    assertThat(report.recordsRead()).isEqualTo(4);
    assertThat(report.articlesWritten()).isEqualTo(1);
    assertThat(report.quarantinedByReason())
        .containsExactly(java.util.Map.entry("not_an_article", 3L));
    assertThat(report.balanced()).isTrue();
    assertThat(
            DuckDb.query(
                "SELECT outlet, title, url, published_at::VARCHAR FROM "
                    + DuckDb.table(output, "articles")))
        .singleElement()
        .asString()
        .contains(
            "example-news.com", io.parallax.ingest.WarcFixtures.ARTICLE_TITLE, "2022-01-10 08:30");
    assertThat(
            DuckDb.query(
                "SELECT source_format, source_position, message FROM "
                    + DuckDb.table(output, "quarantine")
                    + " ORDER BY source_position"))
        .extracting(Object::toString)
        .containsExactly(
            "[warc, 2, https://www.example-news.com/gone: HTTP status 404]",
            "[warc, 3, https://www.example-news.com/logo.jpg: content type image/jpeg, not HTML]",
            "[warc, 4, https://www.example-news.com/world: no main text of 50 words (100 characters"
                + " in a script without spaces) or more]");
  }

  @Test
  void aTruncatedGzipFileIsQuarantinedNotFatal() throws IOException {
    Path whole = inputs.resolve("whole.gz.tmp");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      for (int i = 0; i < 2000; i++) {
        out.write(
            ("{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": \"Record number "
                    + i
                    + " of a long file.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = inputs.resolve("cut.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    // Two whole records, then 1 KiB of NUL padding after the gzip member (gzip -d reads it).
    java.io.ByteArrayOutputStream padded = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(padded)) {
      out.write(
          ("{\"outlet\": \"p\", \"published_at\": \"2022-01-10\", \"text\": \"Padded one.\"}\n"
                  + "{\"outlet\": \"p\", \"published_at\": \"2022-01-10\", \"text\": \"Padded two.\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    padded.write(new byte[1024]);
    Path paddedFile = Files.write(inputs.resolve("padded.jsonl.gz"), padded.toByteArray());

    RunReport report = run(List.of(cut.toString(), paddedFile.toString()), Optional.empty());

    assertThat(report.quarantinedByReason()).containsEntry("unreadable_file", 1L);
    assertThat(report.articlesWritten()).isPositive().isLessThan(2000 + 2);
    assertThat(report.balanced()).isTrue();
    assertThat(
            query(
                "SELECT count(*) FROM "
                    + table(output, "articles")
                    + " WHERE source_file LIKE '%padded.jsonl.gz'"))
        .singleElement()
        .satisfies(row -> assertThat(row.get(0)).isEqualTo(2L));
  }

  @Test
  void missingInputIsAUserErrorNamingThePath() {
    assertThatThrownBy(
            () -> run(List.of(inputs.resolve("nowhere/*.jsonl").toString()), Optional.empty()))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("nowhere/*.jsonl")
        .hasMessageContaining("matches no file");
  }

  @Test
  void aNamedFileOfUnknownFormatIsAUserError() throws IOException {
    Path notes = Files.writeString(inputs.resolve("notes.txt"), "hello");

    assertThatThrownBy(() -> run(List.of(notes.toString()), Optional.empty()))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("--format");
  }

  @Test
  void unknownFilesInsideADirectoryAreSkippedAndListed() throws IOException {
    Files.writeString(inputs.resolve("README.txt"), "about this crawl");
    Files.writeString(
        inputs.resolve("a.jsonl"),
        "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": \"Envoys met.\"}\n");

    RunReport report = run(List.of(inputs.toString()), Optional.empty());

    assertThat(report.articlesWritten()).isEqualTo(1);
    assertThat(report.skippedFiles()).singleElement().asString().contains("README.txt");
    assertThat(
            query("SELECT skipped_files FROM " + table(output, "run_summary"))
                .get(0)
                .get(0)
                .toString())
        .contains("README.txt");
  }

  @Test
  void emptyFilesAreNamedInTheSummaryNotSilentlyPassedOver() throws IOException {
    Files.writeString(inputs.resolve("empty.json"), "");
    Files.writeString(inputs.resolve("empty-night.jsonl"), "");
    Files.writeString(
        inputs.resolve("a.jsonl"),
        "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": \"Envoys met.\"}\n");

    // Named as snappy but plain text: Hadoop's codec would allocate the 2 GB its first bytes claim.
    Files.writeString(
        inputs.resolve("fake.jsonl.snappy"),
        "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": \"Talks went on.\"}\n");

    RunReport report = run(List.of(inputs.toString()), Optional.empty());

    assertThat(report.articlesWritten()).isEqualTo(1);
    assertThat(report.balanced()).isTrue();
    assertThat(
            query(
                "SELECT reason_code, message FROM "
                    + table(output, "quarantine")
                    + " WHERE source_file LIKE '%fake.jsonl.snappy'"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get(0)).isEqualTo("unreadable_file");
              assertThat(row.get(1).toString()).contains("not a Hadoop .snappy stream");
            });
    assertThat(report.skippedFiles())
        .hasSize(2)
        .allSatisfy(f -> assertThat(f).contains("empty file"));
    assertThat(report.summary()).contains("skipped      2 files").contains("empty.json");
    assertThat(
            query("SELECT len(skipped_files) FROM " + table(output, "run_summary")).get(0).get(0))
        .isEqualTo(2L);

    // A night whose only file is empty runs, writes nothing and says why.
    RunReport emptyNight =
        run(List.of(inputs.resolve("empty-night.jsonl").toString()), Optional.empty());
    assertThat(emptyNight.recordsRead()).isZero();
    assertThat(emptyNight.skippedFiles()).singleElement().asString().contains("empty-night.jsonl");
  }

  @Test
  void aFolderOfUnknownFilesOnlyIsStillAUserError() throws IOException {
    Path folder = Files.createDirectories(inputs.resolve("notes"));
    Files.writeString(folder.resolve("README.txt"), "about this crawl");
    assertThatThrownBy(() -> run(List.of(folder.toString()), Optional.empty()))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("notes");
  }
}
