package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordNormaliserTest {
  /** Says "en" for everything, so these tests do not depend on the language models. */
  private static final LanguageIdentifier ALWAYS_ENGLISH = text -> "en";

  private final RecordNormaliser normaliser =
      new RecordNormaliser(IngestSettings.defaults(), ALWAYS_ENGLISH);

  private Outcome normalise(String json) {
    return normaliser.normalise(RawRecord.of("in.jsonl", 7, InputFormat.JSONL, json));
  }

  @Test
  void contractRecordBecomesArticle() {
    Outcome outcome =
        normalise(
            "{\"id\": 42, \"outlet\": \" Example  Wire \", \"url\": \"https://example.com/a\", \"title\": \"Talks\","
                + " \"authors\": \"Jane Doe\", \"published_at\": \"2022-01-10T09:30:00+01:00\","
                + " \"text\": \"Talks\\nEnvoys met in Geneva.\\n\\nAdvertisement\\nThey meet again today.\"}");

    assertThat(outcome.isArticle()).isTrue();
    Article article = outcome.article();
    assertThat(article.articleId()).isEqualTo("42");
    assertThat(article.outlet()).isEqualTo("Example Wire");
    assertThat(article.authors()).containsExactly("Jane Doe");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2022-01-10T08:30:00Z"));
    assertThat(article.text()).isEqualTo("Envoys met in Geneva.\n\nThey meet again today.");
    assertThat(article.wordCount()).isEqualTo(8);
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.languageSource()).isEqualTo("detected");
    assertThat(article.excludedReason()).isNull();
    assertThat(article.contentHash()).isEqualTo(ArticleIds.contentHash(article.text()));
  }

  @Test
  void newsPleaseRecordBecomesArticle() {
    Outcome outcome =
        normalise(
            "{\"source_domain\": \"www.example.org\", \"date_publish\": \"2021-10-01 10:00:00\", \"language\": \"en\","
                + " \"maintext\": \"The council voted on Friday.\", \"text\": null, \"title\": \"Vote\","
                + " \"url\": \"https://www.example.org/vote\", \"authors\": [\"A. Writer\", \" \"]}");

    Article article = outcome.article();
    assertThat(article.outlet()).isEqualTo("example.org");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2021-10-01T10:00:00Z"));
    assertThat(article.languageSource()).isEqualTo("input");
    assertThat(article.authors()).containsExactly("A. Writer");
    assertThat(article.articleId())
        .isEqualTo(
            ArticleIds.derive(
                "www.example.org",
                "https://www.example.org/vote",
                "Vote",
                "The council voted on Friday."));
  }

  @Test
  void givenLanguageIsTrustedWhenTheTextAgreesAndMarksNonEnglish() {
    RecordNormaliser lingua =
        new RecordNormaliser(IngestSettings.defaults(), LinguaLanguageIdentifier.INSTANCE);
    Article article =
        lingua
            .normalise(
                RawRecord.of(
                    "f.jsonl",
                    1,
                    InputFormat.JSONL,
                    "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"language\": \"fr-FR\","
                        + " \"text\": \"Le conseil municipal a voté vendredi soir le nouveau budget de la"
                        + " ville.\"}"))
            .article();

    assertThat(article.language()).isEqualTo("fr");
    assertThat(article.languageSource()).isEqualTo("input");
    assertThat(article.excludedReason()).isEqualTo("non_english");
  }

  @Test
  void aPageLabelledEnglishWhoseTextIsGermanIsGerman() {
    RecordNormaliser lingua =
        new RecordNormaliser(IngestSettings.defaults(), LinguaLanguageIdentifier.INSTANCE);
    Article article =
        lingua
            .normalise(
                RawRecord.of(
                    "p.warc",
                    1,
                    InputFormat.WARC,
                    "{\"outlet\": \"example.de\", \"published_at\": \"2019-11-19\", \"language\":"
                        + " \"en\", \"text\": \"Der Stadtrat hat am Freitagabend den neuen Haushalt der"
                        + " Stadt beschlossen, wie der Bürgermeister mitteilte. Die Fischer am Hafen"
                        + " wollen gegen den Ausbau der nördlichen Fahrrinne klagen, weil das Baggern"
                        + " ihre Fanggründe zerstöre, sagte ihr Sprecher am Samstag.\"}"))
            .article();

    assertThat(article.language()).isEqualTo("de");
    assertThat(article.languageSource()).isEqualTo("text_over_input");
    assertThat(article.excludedReason()).isEqualTo("non_english");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cut off mid-object | {\"outlet\": \"o\", \"text\": \"unfinished | bad_json",
        "array | [1, 2] | not_an_object",
        "no outlet | {\"published_at\": \"2022-01-10\", \"text\": \"t\"} | missing_outlet",
        "blank outlet | {\"outlet\": \" \", \"published_at\": \"2022-01-10\", \"text\": \"t\"} | missing_outlet",
        "outlet is a list | {\"outlet\": [\"o\"], \"published_at\": \"2022-01-10\", \"text\": \"t\"} | wrong_type",
        "no text | {\"outlet\": \"o\", \"published_at\": \"2022-01-10\"} | missing_text",
        "text is a number | {\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": 5} | wrong_type",
        "no date | {\"outlet\": \"o\", \"text\": \"t\"} | missing_published_at",
        "null date | {\"outlet\": \"o\", \"text\": \"t\", \"date_publish\": null} | missing_published_at",
        "bad date | {\"outlet\": \"o\", \"text\": \"t\", \"published_at\": \"yesterday\"} | bad_published_at",
        "date is a number | {\"outlet\": \"o\", \"text\": \"t\", \"published_at\": 1641800000} | wrong_type",
        "authors are numbers | {\"outlet\": \"o\", \"text\": \"t\", \"published_at\": \"2022-01-10\", \"authors\": [1]} | wrong_type",
        "only boilerplate | {\"outlet\": \"o\", \"text\": \"<p>Advertisement</p>\", \"published_at\": \"2022-01-10\"} | empty_text_after_cleaning"
      })
  void brokenRecordsAreQuarantinedWithTheirReason(String what, String json, String reason) {
    Outcome outcome = normalise(json);

    assertThat(outcome.isArticle()).as(what).isFalse();
    assertThat(outcome.reason().code()).as(what).isEqualTo(reason);
    assertThat(outcome.message()).as(what).isNotBlank();
    assertThat(outcome.rawExcerpt()).isEqualTo(json);
    assertThat(outcome.source().position()).isEqualTo(7);
  }

  @Test
  void quarantineKeepsTheIdAndOutletItCouldRead() {
    Outcome outcome =
        normalise(
            "{\"id\": \"x1\", \"outlet\": \"o\", \"text\": \"t\", \"published_at\": \"soon\"}");

    assertThat(outcome.articleId()).isEqualTo("x1");
    assertThat(outcome.outlet()).isEqualTo("o");
    assertThat(outcome.message()).contains("'soon'");
  }

  @Test
  void longRawRecordsAreCutButTheirLengthIsKept() {
    RecordNormaliser small =
        new RecordNormaliser(new IngestSettings(true, 256, List.of()), ALWAYS_ENGLISH);
    String json = "{\"outlet\": \"o\", \"text\": \"" + "x".repeat(1000) + "\"}";

    Outcome outcome = small.normalise(RawRecord.of("f", 1, InputFormat.JSONL, json));

    assertThat(outcome.rawExcerpt()).hasSize(256);
    assertThat(outcome.rawChars()).isEqualTo(json.length());
  }

  @Test
  void aLibraryFailureQuarantinesTheRecordInsteadOfFailingTheRun() {
    LanguageIdentifier broken =
        text -> {
          throw new IllegalStateException("model missing");
        };
    Outcome outcome =
        new RecordNormaliser(IngestSettings.defaults(), broken)
            .normalise(
                RawRecord.of(
                    "f",
                    1,
                    InputFormat.JSONL,
                    "{\"id\": \"a\", \"outlet\": \"o\", \"text\": \"t\", \"published_at\": \"2022-01-10\"}"));

    assertThat(outcome.reason()).isEqualTo(ReasonCode.PROCESSING_ERROR);
    assertThat(outcome.message()).contains("article a", "model missing");
  }

  @Test
  void unreadableFileRecordsAreQuarantined() {
    Outcome outcome =
        normaliser.normalise(
            RawRecord.unreadable("f.jsonl.gz", 3, InputFormat.JSONL, "reading stopped at line 3"));

    assertThat(outcome.reason()).isEqualTo(ReasonCode.UNREADABLE_FILE);
  }

  @Test
  void languageCodesAreNormalised() {
    assertThat(RecordNormaliser.normaliseLanguageCode("EN-us")).isEqualTo("en");
    assertThat(RecordNormaliser.normaliseLanguageCode("english")).isNull();
    assertThat(RecordNormaliser.normaliseLanguageCode(null)).isNull();
  }

  @Test
  void anOutletComesFromTheUrlsHostOrAPublisherWhenNoneIsGiven() {
    assertThat(
            normalise(
                    "{\"publisher\": \"independent\", \"url\": \"http://www.independent.co.uk/news/a.html\","
                        + " \"date_publish\": \"2016-11-12 00:00:00\", \"text\": \"The tram crash victims were named.\"}")
                .article()
                .outlet())
        .isEqualTo("independent.co.uk");
    assertThat(
            normalise(
                    "{\"publisher\": \"independent\", \"date_publish\": \"2016-11-12\","
                        + " \"text\": \"The tram crash victims were named.\"}")
                .article()
                .outlet())
        .isEqualTo("independent");
  }

  @Test
  void aRecordWithoutAReadableDateTakesTheDateInItsUrlAndSaysSo() {
    Article article =
        normalise(
                "{\"source_domain\": \"www.example.org\", \"date_publish\": \"None\","
                    + " \"url\": \"https://www.example.org/news/2017/11/14/vote.html\","
                    + " \"maintext\": \"The council voted on Friday.\"}")
            .article();
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2017-11-14T00:00:00Z"));
    assertThat(article.publishedAtSource()).isEqualTo("url");
    assertThat(
            normalise(
                    "{\"outlet\": \"o\", \"date_publish\": \"None\", \"text\": \"The council voted.\"}")
                .reason())
        .isEqualTo(ReasonCode.MISSING_PUBLISHED_AT);
    assertThat(
            normalise(
                    "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"text\": \"The council voted.\"}")
                .article()
                .publishedAtSource())
        .isEqualTo("input");
  }

  /** The article of a JSON Lines record that states English, with the given fields. */
  private static Article statedEnglish(RecordNormaliser normaliser, String fields) {
    return normaliser
        .normalise(
            RawRecord.of(
                "p.jsonl",
                1,
                InputFormat.JSONL,
                "{\"outlet\": \"o\", \"published_at\": \"2019-11-19\", \"language\": \"en\", "
                    + fields
                    + "}"))
        .article();
  }

  @Test
  void aTitleInAnotherLanguageDoesNotOutvoteTheText() {
    RecordNormaliser lingua =
        new RecordNormaliser(IngestSettings.defaults(), LinguaLanguageIdentifier.INSTANCE);
    String title =
        "Der Stadtrat hat am Freitagabend den neuen Haushalt der Stadt beschlossen, wie der"
            + " Bürgermeister mitteilte, und die Fischer wollen klagen";
    String text =
        "The harbour board voted on Tuesday to widen the northern channel, a plan that fishermen"
            + " have opposed for two years because of the dredging it needs. The chair said the work"
            + " would start in the spring and end before the summer season. Two councillors"
            + " asked for a study of the costs first.";
    Article article =
        statedEnglish(
            lingua, "\"title\": \"" + (title + " ").repeat(4) + "\", \"text\": \"" + text + "\"");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.excludedReason()).isNull();
  }

  @Test
  void aShortTextDoesNotOverruleTheStatedLanguage() {
    RecordNormaliser lingua =
        new RecordNormaliser(IngestSettings.defaults(), LinguaLanguageIdentifier.INSTANCE);
    Article article =
        statedEnglish(lingua, "\"text\": \"Bundesliga: Bayern München 2, Borussia Dortmund 1.\"");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.languageSource()).isEqualTo("input");
  }

  private static final String DATE_AND_TEXT =
      "\"published_at\": \"2022-01-10\", \"text\": \"Envoys met in Geneva on Monday.\"";

  @Test
  void aValueOverJacksonsStringLimitIsTooLargeNotBadJson() {
    String text = "word ".repeat(4_100_000); // 20.5 M characters
    Outcome outcome =
        normalise(
            "{\"outlet\": \"a.com\", \"published_at\": \"2022-01-10\", \"text\": \""
                + text
                + "\"}");
    assertThat(outcome.reason()).isEqualTo(ReasonCode.RECORD_TOO_LARGE);
  }

  @Test
  void anOutletOfOnlyInvisibleCharactersIsMissing() {
    for (String outlet :
        List.of(
            "\\u200b\\u200d",
            "\\u0000\\u0007",
            "\\u202e\\u2066 \\ufeff",
            "\\udb40\\udc41\\udb40\\udc42", // tag characters U+E0041 U+E0042
            "\\ud834\\udd73\\ud834\\udd74", // musical formatting U+1D173 U+1D174
            "\\u3164 \\u115f\\u1160 \\uffa0", // Hangul fillers
            "\\u2800\\u2800", // blank Braille
            "\\u034f\\ufe0f \\u17b4\\u17b5", // a grapheme joiner, a variation selector, Khmer
            "\\udb40\\udd00\\ud834\\udd59")) { // variation selector 17, a combining mark
      Outcome outcome = normalise("{\"outlet\": \"" + outlet + "\", " + DATE_AND_TEXT + "}");
      assertThat(outcome.reason()).as(outlet).isEqualTo(ReasonCode.MISSING_OUTLET);
    }
  }

  @Test
  void directionOverridesAreTakenOutOfOutletAndTitle() {
    Outcome outcome =
        normalise(
            "{\"outlet\": \"Fox\\u202e News\\u202c\", \"title\": \"Talks\\u2066 end\\u2069\", "
                + DATE_AND_TEXT
                + "}");
    assertThat(outcome.article().outlet()).isEqualTo("Fox News");
    assertThat(outcome.article().title()).isEqualTo("Talks end");
  }

  @Test
  void aLoneSurrogateIsReportedNotStoredAsAQuestionMark() {
    Outcome outcome =
        normalise(
            "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\", \"text\": \"Talks \\ud800 end.\"}");
    assertThat(outcome.reason()).isEqualTo(ReasonCode.INVALID_UNICODE);
    assertThat(outcome.message()).contains("`text`", "U+D800");
    // A pair is one character, and fine.
    assertThat(
            normalise(
                    "{\"outlet\": \"Wire\", \"published_at\": \"2022-01-10\", \"text\": \"Talks \\ud83d\\ude00 end.\"}")
                .isArticle())
        .isTrue();
  }

  @Test
  void aKeyGivenTwiceIsBadJson() {
    Outcome outcome =
        normalise("{\"outlet\": \"Wire\", \"outlet\": \"Other\", " + DATE_AND_TEXT + "}");
    assertThat(outcome.reason()).isEqualTo(ReasonCode.BAD_JSON);
    assertThat(outcome.message()).contains("outlet");
  }
}
