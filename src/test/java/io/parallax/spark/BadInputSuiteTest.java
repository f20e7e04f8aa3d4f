package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.config.ParallaxConfig;
import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.InputFormat;
import io.parallax.ingest.LinguaLanguageIdentifier;
import io.parallax.ingest.Outcome;
import io.parallax.ingest.RawRecord;
import io.parallax.ingest.RecordNormaliser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's bad-input suite: 24 kinds of bad record a feed delivers, each alone (through the
 * normaliser every record passes) and all mixed into good records through the whole job, with seven
 * more that only exist in a file or a run (an id reused with other text, an exact duplicate, blank
 * lines, a byte order mark, a last line without newline, an empty file, a corrupt gzip file) and a
 * folder with nothing to read. The job must finish with each record written or in quarantine with
 * the right reason, and {@code read = written + quarantined + duplicates}.
 */
class BadInputSuiteTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 10);
  private static final String ARTICLE = "article";
  private static final String NOT_ENGLISH = "article, not English";

  @TempDir Path dir;

  /** One kind of bad record: its JSON Lines bytes and what must become of it. */
  record Kind(String name, byte[] line, String expected, String articleId) {}

  private static String good(String id, String text) {
    return "{\"id\": \""
        + id
        + "\", \"outlet\": \"Example Wire\", \"published_at\": \"2022-01-10T08:00:00Z\", \"text\": \""
        + text
        + "\"}";
  }

  private static Kind kind(String name, String line, String expected) {
    return new Kind(name, line.getBytes(StandardCharsets.UTF_8), expected, null);
  }

  private static Kind article(String name, String id, String text, String expected) {
    return new Kind(name, good(id, text).getBytes(StandardCharsets.UTF_8), expected, id);
  }

  static List<Kind> kinds() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        kind(
            "truncated JSON",
            "{\"id\": \"t1\", \"outlet\": \"Wire\", \"text\": \"Cut of",
            "bad_json"));
    kinds.add(kind("invalid JSON", "{outlet: Wire, text: 'single quotes'}", "bad_json"));
    byte[] binary = new byte[300];
    new Random(3).nextBytes(binary);
    for (int i = 0; i < binary.length; i++) {
      if (binary[i] == '\n' || binary[i] == '\r') {
        binary[i] = 0;
      }
    }
    kinds.add(new Kind("binary bytes", binary, "bad_json", null));
    kinds.add(kind("a JSON array", "[1, 2, 3]", "not_an_object"));
    kinds.add(kind("a JSON string", "\"just a headline\"", "not_an_object"));
    kinds.add(
        kind(
            "text is a number",
            "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\", \"text\": 42}",
            "wrong_type"));
    kinds.add(
        kind(
            "outlet is an object",
            "{\"outlet\": {\"name\": \"Wire\"}, \"published_at\": \"2022-01-10\", \"text\": \"Talks began.\"}",
            "wrong_type"));
    kinds.add(
        kind(
            "authors are numbers",
            "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\", \"authors\": [1, 2], \"text\": \"Talks began.\"}",
            "wrong_type"));
    kinds.add(
        kind(
            "no outlet",
            "{\"published_at\": \"2022-01-10\", \"text\": \"Talks began.\"}",
            "missing_outlet"));
    kinds.add(
        kind(
            "blank outlet",
            "{\"outlet\": \"   \", \"published_at\": \"2022-01-10\", \"text\": \"Talks began.\"}",
            "missing_outlet"));
    kinds.add(
        kind(
            "no text", "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\"}", "missing_text"));
    kinds.add(
        kind(
            "empty text",
            "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\", \"text\": \"\"}",
            "missing_text"));
    kinds.add(
        kind(
            "null date",
            "{\"outlet\": \"Wire\", \"published_at\": null, \"text\": \"Talks began.\"}",
            "missing_published_at"));
    kinds.add(
        kind(
            "unparseable date",
            "{\"outlet\": \"Wire\", \"published_at\": \"next Tuesday\", \"text\": \"Talks began.\"}",
            "bad_published_at"));
    kinds.add(
        kind(
            "far-future date",
            "{\"outlet\": \"Wire\", \"published_at\": \"2999-01-01\", \"text\": \"Talks began.\"}",
            "bad_published_at"));
    kinds.add(
        kind(
            "HTML-only body",
            "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\", \"text\":"
                + " \"<div><script>var x = 1;</script><style>p {}</style></div>\"}",
            "empty_text_after_cleaning"));
    kinds.add(
        article(
            "10 MB article",
            "huge",
            "The talks went on. ".repeat(10 * 1024 * 1024 / 20),
            "text_too_long"));
    kinds.add(
        article(
            "control characters",
            "control",
            "Envoys\\u0000 met\\u0007 in Geneva\\u001b on Sunday to discuss security guarantees.",
            ARTICLE));
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes(
        good("latin1", "Talks at the caf\u00e9 in Geneva ended late on Monday evening.")
            .getBytes(StandardCharsets.ISO_8859_1));
    // Not written with U+FFFD in place of what its writer meant: quarantined, with a reason.
    kinds.add(new Kind("non-UTF-8 bytes", latin1.toByteArray(), "invalid_unicode", null));
    kinds.add(
        article(
            "not English",
            "german",
            "Die Gespräche zwischen den Delegationen in Genf dauerten bis in den späten Abend und"
                + " endeten ohne eine Einigung über die Sicherheitsgarantien.",
            NOT_ENGLISH));
    kinds.add(
        article(
            "one sentence of 5,000 tokens",
            "long-sentence",
            "Delegates discussed " + "security and ".repeat(2_500) + "more",
            ARTICLE));
    kinds.add(
        article(
            "a quote that never closes",
            "open-quote",
            "Ryabkov said \\u201cwe will never agree to this and then he left the room in Geneva.",
            ARTICLE));
    kinds.add(
        article(
            "unicode quote marks",
            "unicode-quotes",
            "Blinken said \\u00abthe talks were frank\\u00bb and Ryabkov called them \\u201ebusinesslike\\u201c.",
            ARTICLE));
    kinds.add(
        article(
            "one 100,000-character word",
            "giant-word",
            "Envoys met in Geneva. " + "A".repeat(100_000) + " The talks ended.",
            ARTICLE));
    kinds.add(
        kind(
            "a key given twice",
            "{\"outlet\": \"Wire\", \"outlet\": \"Other\", \"published_at\": \"2022-01-10\","
                + " \"text\": \"Envoys met in Geneva on Sunday.\"}",
            "bad_json"));
    kinds.add(
        kind(
            "an outlet of invisible characters",
            "{\"outlet\": \"\\u200b\\u0000\\u202e\", \"published_at\": \"2022-01-10\","
                + " \"text\": \"Envoys met in Geneva on Sunday.\"}",
            "missing_outlet"));
    kinds.add(
        kind(
            "a lone surrogate",
            "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\","
                + " \"text\": \"Envoys met \\udc00 in Geneva on Sunday.\"}",
            "invalid_unicode"));
    kinds.add(
        new Kind(
            "unknown extra fields",
            ("{\"id\": \"extra-fields\", \"outlet\": \"Example Wire\", \"published_at\": \"2022-01-10\","
                    + " \"text\": \"Envoys met in Geneva on Sunday to discuss the crisis.\","
                    + " \"sentiment\": \"n/a\", \"extra\": {\"nested\": [1, null]}}")
                .getBytes(StandardCharsets.UTF_8),
            ARTICLE,
            "extra-fields"));
    return kinds;
  }

  /** A line's bytes decoded as the job's file reader decodes them. */
  private static String asTheJobReadsIt(byte[] line) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    RecordNormaliser.utf8Reader(new java.io.ByteArrayInputStream(line)).transferTo(text);
    return text.toString();
  }

  @Test
  void eachBadRecordAloneGetsItsReason() throws IOException {
    RecordNormaliser normaliser =
        new RecordNormaliser(IngestSettings.defaults(), LinguaLanguageIdentifier.INSTANCE);
    for (Kind kind : kinds()) {
      Outcome outcome =
          normaliser.normalise(
              RawRecord.of("feed.jsonl", 1, InputFormat.JSONL, asTheJobReadsIt(kind.line())));
      String became =
          outcome.isArticle()
              ? outcome.article().excludedReason() == null ? ARTICLE : NOT_ENGLISH
              : outcome.reason().code();
      assertThat(became).as(kind.name()).isEqualTo(kind.expected());
    }
  }

  @Test
  void everyKindMixedIntoGoodRecordsIsAccountedForByTheJob() throws IOException {
    List<Kind> kinds = kinds();
    Path feed = dir.resolve("in/feed.jsonl");
    Files.createDirectories(feed.getParent());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<Long, Kind> byLine = new LinkedHashMap<>();
    long line = 0;
    List<String> goodIds = new ArrayList<>();
    // A UTF-8 byte order mark before the first record, as some exporters write.
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (Kind kind : kinds) {
      bytes.writeBytes(
          (good("good-" + goodIds.size(), "Envoys met in Geneva on day " + goodIds.size() + ".")
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      line++;
      goodIds.add("good-" + goodIds.size());
      bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8)); // blank lines are no records
      line++;
      bytes.writeBytes(kind.line());
      bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
      line++;
      byLine.put(line, kind);
    }
    // The same id with another text, and the same article twice.
    bytes.writeBytes(
        (good("good-0", "A different text under an id already used.") + "\n")
            .getBytes(StandardCharsets.UTF_8));
    long duplicateIdLine = ++line;
    bytes.writeBytes(
        (good("good-1", "Envoys met in Geneva on day 1.")).getBytes(StandardCharsets.UTF_8));
    line++; // the last line has no newline
    Files.write(feed, bytes.toByteArray());
    Files.write(dir.resolve("in/empty.jsonl"), new byte[0]);
    Files.write(
        dir.resolve("in/corrupt.jsonl.gz"), "this is not gzip".getBytes(StandardCharsets.UTF_8));

    RunReport report =
        RunJob.run(
            SparkTestSession.get(),
            new RunRequest(
                List.of(dir.resolve("in").toString()),
                Optional.empty(),
                dir.resolve("out").toString(),
                DATE,
                ParallaxConfig.defaults()));

    assertThat(report.balanced()).as(report.summary()).isTrue();
    // Every non-blank line (one blank line per kind), and the corrupt file.
    assertThat(report.recordsRead()).isEqualTo(line - kinds.size() + 1);
    assertThat(report.duplicates()).isEqualTo(1);
    Path out = dir.resolve("out");
    Map<Long, String> reasons = new LinkedHashMap<>();
    for (List<Object> row :
        query(
            "SELECT source_position, reason_code FROM "
                + table(out, "quarantine")
                + " WHERE source_file LIKE '%feed.jsonl' AND stage = 'ingest'")) {
      reasons.put(((Number) row.get(0)).longValue(), (String) row.get(1));
    }
    List<Object> written =
        query("SELECT article_id FROM " + table(out, "articles")).stream()
            .map(r -> r.get(0))
            .toList();
    List<Object> notEnglish =
        query(
                "SELECT article_id FROM "
                    + table(out, "articles")
                    + " WHERE excluded_reason IS NOT NULL")
            .stream()
            .map(r -> r.get(0))
            .toList();
    for (Map.Entry<Long, Kind> entry : byLine.entrySet()) {
      Kind kind = entry.getValue();
      switch (kind.expected()) {
        case ARTICLE -> assertThat(written).as(kind.name()).contains(kind.articleId());
        case NOT_ENGLISH -> assertThat(notEnglish).as(kind.name()).contains(kind.articleId());
        default ->
            assertThat(reasons.get(entry.getKey())).as(kind.name()).isEqualTo(kind.expected());
      }
    }
    assertThat(reasons.get(duplicateIdLine)).isEqualTo("duplicate_id");
    for (String id : goodIds) {
      assertThat(written).contains(id);
    }
    assertThat(
            query(
                "SELECT reason_code FROM "
                    + table(out, "quarantine")
                    + " WHERE source_file LIKE '%corrupt.jsonl.gz'"))
        .extracting(r -> r.get(0))
        .containsExactly("unreadable_file");
    assertThat(
            query(
                "SELECT count(*) FROM "
                    + table(out, "articles")
                    + " WHERE article_id = 'control' AND regexp_matches(text, '[\\x00\\x07\\x1b]')"))
        .extracting(r -> r.get(0))
        .containsExactly(0L);
    // The 5,000-token sentence is annotated, or cut off by the time limit with a reason.
    assertThat(
            query(
                "SELECT (SELECT count(*) FROM "
                    + table(out, "sentences")
                    + " WHERE article_id = 'long-sentence') + (SELECT count(*) FROM "
                    + table(out, "quarantine")
                    + " WHERE article_id = 'long-sentence' AND reason_code = 'annotation_timeout')"))
        .extracting(r -> ((Number) r.get(0)).longValue())
        .allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void aFolderWithNothingToReadIsOneUserError() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("no-articles"));
    Files.writeString(folder.resolve("README.txt"), "not a feed");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                RunJob.prepare(
                    new RunRequest(
                        List.of(folder.toString()),
                        Optional.empty(),
                        dir.resolve("out").toString(),
                        DATE,
                        ParallaxConfig.defaults()),
                    new org.apache.hadoop.conf.Configuration()))
        .isInstanceOf(io.parallax.errors.UserException.class)
        .hasMessageContaining("contains no file Parallax can read");
  }
}
