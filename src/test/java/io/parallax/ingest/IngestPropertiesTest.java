package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of ingest's pure core over generated input: ids, cleaning, accounting. */
class IngestPropertiesTest {
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final RecordNormaliser NORMALISER =
      new RecordNormaliser(IngestSettings.defaults(), LinguaLanguageIdentifier.INSTANCE);

  /** Text as feeds deliver it: words, punctuation, quotes, tags, entities, control characters. */
  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> word = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            word,
            word,
            word,
            Arbitraries.of(
                " ",
                " ",
                "\n",
                "\n\n",
                "\r\n",
                "\t",
                ". ",
                ", ",
                "\u201c",
                "\u201d",
                "\"",
                "'",
                "<p>",
                "</p>",
                "<br>",
                "&amp;",
                "&nbsp;",
                "|",
                " \u2022 ",
                "\u0000",
                "\u200b",
                "Advertisement",
                "Read more:",
                "Ryabkov",
                "Сергей",
                "100,000"),
            Arbitraries.strings().ofMaxLength(3));
    return piece.list().ofMaxSize(80).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 300)
  void cleaningCleanTextChangesNothing(@ForAll("bodies") String body) {
    String once = CLEANER.clean(body, null);
    assertThat(CLEANER.clean(once, null)).isEqualTo(once);
  }

  @Property(tries = 300)
  void aDerivedIdDependsOnTheOutletKeyAndTheTextNotOnTheirSpelling(
      @ForAll("bodies") String text,
      @ForAll("bodies") String url,
      @ForAll("outlets") String outlet) {
    String id = ArticleIds.derive(outlet, url, null, text);

    assertThat(id).matches("h[0-9a-f]{32}");
    assertThat(ArticleIds.derive(outlet, url, null, text)).isEqualTo(id);
    assertThat(
            ArticleIds.derive(
                "  WWW." + outlet.toUpperCase(Locale.ROOT) + " ",
                " " + url + " ",
                null,
                text.replace("\r\n", "\n").replace("\n", "\r\n")))
        .isEqualTo(id);
    assertThat(ArticleIds.derive(outlet + "x", url, null, text)).isNotEqualTo(id);
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
  }

  /** Records as a JSON Lines file may hold them: objects with good or bad fields, and junk. */
  @Provide
  Arbitrary<String> records() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            bodies().map(IngestPropertiesTest::jsonString),
            Arbitraries.of(
                "null",
                "42",
                "true",
                "[]",
                "{}",
                "\"\"",
                "\"2022-01-10\"",
                "\"2022-01-10T09:30:00Z\"",
                "\"10/01/2022\"",
                "\"9999-12-31\""));
    Arbitrary<String> object =
        Combinators.combine(value, value, value, value, Arbitraries.of(true, false))
            .as(
                (id, outlet, date, text, withId) ->
                    "{"
                        + (withId ? "\"id\": " + id + ", " : "")
                        + "\"outlet\": "
                        + outlet
                        + ", \"published_at\": "
                        + date
                        + ", \"text\": "
                        + text
                        + "}");
    return Arbitraries.oneOf(
        object,
        object.map(o -> o.substring(0, o.length() / 2)),
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.of("", "[1, 2]", "\"just a string\"", "{\"text\": \"no outlet\"}"));
  }

  @Property(tries = 500)
  void everyRecordBecomesAnArticleOrAQuarantineRowWithAReason(@ForAll("records") String raw) {
    Outcome outcome = NORMALISER.normalise(RawRecord.of("feed.jsonl", 7, InputFormat.JSONL, raw));

    assertThat(outcome.isArticle()).isNotEqualTo(outcome.reason() != null);
    assertThat(outcome.source().raw()).isEqualTo(raw);
    if (outcome.isArticle()) {
      assertThat(outcome.article().text()).isNotBlank();
      assertThat(outcome.articleId()).isNotBlank();
    } else {
      assertThat(outcome.message()).isNotBlank();
    }
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
