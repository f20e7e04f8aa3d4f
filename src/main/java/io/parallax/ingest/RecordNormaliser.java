package io.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one raw record into an {@link Article} or a quarantine {@link Outcome}: reads the
 * contract's fields (or news-please's), checks their types, parses the date, cleans the text,
 * derives the id and detects the language. Never throws for bad data; a library failing on a record
 * becomes {@link ReasonCode#PROCESSING_ERROR}.
 */
public final class RecordNormaliser {
  /** Trailing tokens and a key given twice (which value would be the record's?) are bad JSON. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final Pattern TWO_LETTER_CODE = Pattern.compile("[a-z]{2}");
  private static final int MAX_VALUE_IN_MESSAGE = 80;

  private final IngestSettings settings;
  private final TextCleaner cleaner;
  private final LanguageIdentifier languages;

  public RecordNormaliser(IngestSettings settings, LanguageIdentifier languages) {
    this.settings = settings;
    this.languages = languages;
    this.cleaner =
        new TextCleaner(
            settings.extraStockLinePatterns().stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
                .toList());
  }

  /**
   * The field by which the WARC reader marks a response that is no article, with the reason ({@link
   * WarcArticles}).
   */
  static final String NOT_AN_ARTICLE_FIELD = "not_an_article";

  /**
   * What a text file's bytes that are not UTF-8 are read as ({@link #utf8Reader}): a noncharacter,
   * which no text holds, so that such a record is quarantined rather than written with a '?' or
   * U+FFFD in place of what its writer meant.
   */
  public static final char NOT_UTF8 = '\uFDD0';

  /** A reader of UTF-8 text that marks bytes that are not UTF-8 with {@link #NOT_UTF8}. */
  public static java.io.Reader utf8Reader(java.io.InputStream in) {
    return new java.io.InputStreamReader(
        in,
        java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(NOT_UTF8)));
  }

  public Outcome normalise(RawRecord record) {
    String excerpt = excerpt(record.raw());
    if (record.readError() != null) {
      return Outcome.rejected(
          record, record.readReasonCode(), record.readError(), null, null, excerpt);
    }
    JsonNode json;
    try {
      json = JSON.readTree(record.raw());
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      // A value over Jackson's 20 M-character limit (a Parquet row's text, say): too large, not
      // malformed.
      return Outcome.rejected(
          record,
          ReasonCode.RECORD_TOO_LARGE,
          "a value of the record is too large to read: " + e.getOriginalMessage(),
          null,
          null,
          excerpt);
    } catch (JsonProcessingException e) {
      return Outcome.rejected(
          record,
          ReasonCode.BAD_JSON,
          "not valid JSON: " + e.getOriginalMessage(),
          null,
          null,
          excerpt);
    }
    if (json == null || !json.isObject()) {
      String kind = json == null ? "nothing" : json.getNodeType().name().toLowerCase(Locale.ROOT);
      return Outcome.rejected(
          record,
          ReasonCode.NOT_AN_OBJECT,
          "expected a JSON object per article, got " + kind,
          null,
          null,
          excerpt);
    }
    // Only once the line is JSON: binary junk is bad_json, not a text in a wrong encoding.
    int notUtf8 = record.raw() == null ? -1 : record.raw().indexOf(NOT_UTF8);
    if (notUtf8 >= 0) {
      return Outcome.rejected(
          record,
          ReasonCode.INVALID_UNICODE,
          "the record holds bytes that are not UTF-8 (at character "
              + notUtf8
              + " of its line); re-encode the file as UTF-8",
          null,
          null,
          excerpt);
    }
    if (record.format().equals(InputFormat.WARC.id()) && json.has(NOT_AN_ARTICLE_FIELD)) {
      return Outcome.rejected(
          record,
          ReasonCode.NOT_AN_ARTICLE,
          json.path("url").asText("") + ": " + json.path(NOT_AN_ARTICLE_FIELD).asText(),
          null,
          null,
          excerpt);
    }
    Fields fields = new Fields(json);
    try {
      return Outcome.accepted(record, toArticle(fields), excerpt);
    } catch (RecordProblem problem) {
      return Outcome.rejected(
          record,
          problem.reason(),
          problem.getMessage(),
          fields.idOrNull(),
          fields.outletOrNull(),
          excerpt);
    } catch (RuntimeException e) {
      String message =
          "failed in ingest on article "
              + fields.idOrNull()
              + ": "
              + e.getClass().getName()
              + ": "
              + e.getMessage();
      return Outcome.rejected(
          record,
          ReasonCode.PROCESSING_ERROR,
          message,
          fields.idOrNull(),
          fields.outletOrNull(),
          excerpt);
    }
  }

  private Article toArticle(Fields fields) throws RecordProblem {
    String outlet = fields.outlet();
    String body = fields.body();
    PageMetadata.Dated dated = fields.publishedAt();
    Instant publishedAt = dated.instant();
    String url = fields.optionalString("url");
    String title = fields.optionalString("title");
    List<String> authors = fields.authors();
    String givenId = fields.id();
    String givenLanguage = fields.optionalString("language");

    TextCleaner.Cleaned cleaned = cleaner.cleanCounting(body, title);
    String text = cleaned.text();
    if (text.isEmpty()) {
      throw new RecordProblem(
          ReasonCode.EMPTY_TEXT_AFTER_CLEANING,
          "the text is only markup or boilerplate ("
              + body.length()
              + " characters before cleaning, none after): "
              + quoted(body));
    }
    if (text.length() > settings.maxTextChars()) {
      throw new RecordProblem(
          ReasonCode.TEXT_TOO_LONG,
          String.format(
              Locale.ROOT,
              "the text has %,d characters after cleaning, more than ingest.max-text-chars=%,d",
              text.length(),
              settings.maxTextChars()));
    }
    String articleId = givenId != null ? givenId : ArticleIds.derive(outlet, url, title, body);
    String language = normaliseLanguageCode(givenLanguage);
    String languageSource = "input";
    // The text decides; a title helps only a text too short to tell (a long title in another
    // language, as an aggregator writes one, turned an English article German).
    boolean textTells =
        text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS_TO_OVERRULE).count()
            >= MIN_LETTERS_TO_OVERRULE;
    String detected = languages.identify(title == null || textTells ? text : title + "\n\n" + text);
    if (language == null || !settings.trustInputLanguage()) {
      language = detected;
      languageSource = "detected";
    } else if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS_TO_OVERRULE).count()
            >= MIN_LETTERS_TO_OVERRULE
        && disagree(language, detected)) {
      // A page's lang="en" over a German text: the text decides.
      language = detected;
      languageSource = TEXT_OVER_INPUT;
    }
    return new Article(
        articleId,
        OutletNames.display(outlet),
        url,
        title == null ? null : TextCleaner.normaliseSpace(title),
        authors,
        publishedAt,
        language,
        languageSource,
        excludedReason(language),
        text,
        TextCleaner.wordCount(text),
        ArticleIds.contentHash(text),
        dated.source(),
        cleaned.removedByRule());
  }

  /** Below this many letters a detection is too unsure to overrule the language a record states. */
  static final int MIN_LETTERS_TO_OVERRULE = 200;

  /** `language_source` when the record stated one language and its text is in another. */
  static final String TEXT_OVER_INPUT = "text_over_input";

  /**
   * Whether a stated language and the text's detected one differ (an undetermined detection never
   * does; Norwegian's codes, and Malay and Indonesian, which the detector confuses, agree).
   */
  static boolean disagree(String stated, String detected) {
    if (detected.equals(LanguageIdentifier.UNDETERMINED) || detected.equals(stated)) {
      return false;
    }
    return !(family(stated).equals(family(detected)));
  }

  private static String family(String code) {
    return switch (code) {
      case "nb", "nn", "no" -> "no";
      case "ms", "id" -> "ms";
      default -> code;
    };
  }

  /** Why an article in this language stays out of the English stages; null when it takes part. */
  static String excludedReason(String language) {
    if (language.equals("en")) {
      return null;
    }
    return language.equals(LanguageIdentifier.UNDETERMINED)
        ? "language_undetermined"
        : "non_english";
  }

  /** "en", "EN", "en-US", "en_GB" give "en"; anything that is not a two-letter code gives null. */
  static String normaliseLanguageCode(String value) {
    if (value == null) {
      return null;
    }
    String code = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return TWO_LETTER_CODE.matcher(code).matches() ? code : null;
  }

  private String excerpt(String raw) {
    return raw.length() <= settings.maxRawChars() ? raw : raw.substring(0, settings.maxRawChars());
  }

  static String quoted(String value) {
    String shown =
        value.length() > MAX_VALUE_IN_MESSAGE
            ? value.substring(0, MAX_VALUE_IN_MESSAGE) + "…"
            : value;
    return "'" + shown.replace("\n", "\\n") + "'";
  }

  /** Field access with the contract's names first and news-please's second. */
  private static final class Fields {
    private final JsonNode json;

    Fields(JsonNode json) {
      this.json = json;
    }

    /**
     * The outlet as given: `outlet`, else news-please `source_domain`, else the host of `url`, else
     * a `publisher` name (Giveme5W1H's layout of news-please output).
     */
    String outlet() throws RecordProblem {
      String outlet = givenOutlet();
      // Zero-width, control and direction characters only are no name.
      if (outlet == null || !TextCleaner.isVisible(TextCleaner.normaliseSpace(outlet))) {
        throw new RecordProblem(
            ReasonCode.MISSING_OUTLET,
            "no outlet: give `outlet` (a name or domain), news-please `source_domain`, or a `url`");
      }
      return outlet;
    }

    private String givenOutlet() throws RecordProblem {
      String outlet = firstPresent("outlet", "source_domain");
      if (outlet != null && !TextCleaner.normaliseSpace(outlet).isBlank()) {
        return outlet;
      }
      Optional<String> host = OutletNames.hostOfUrl(optionalString("url"));
      return host.isPresent() ? host.get() : optionalString("publisher");
    }

    /** news-please keeps the body in `maintext` and a legacy `text` that is often null. */
    String body() throws RecordProblem {
      String maintext = optionalString("maintext");
      String body = maintext != null && !maintext.isBlank() ? maintext : optionalString("text");
      if (body == null || body.isBlank()) {
        throw new RecordProblem(
            ReasonCode.MISSING_TEXT,
            "no text: give the article body in `text` (or news-please `maintext`)");
      }
      return body;
    }

    /**
     * The record's own date; when it has none (null, blank, or Python's "None" as some crawls write
     * it) or one Parallax cannot read, the date in its URL's path (`/2017/11/14/`), with
     * `published_at_source` = `url`; else the record is quarantined.
     */
    PageMetadata.Dated publishedAt() throws RecordProblem {
      String value = firstPresent("published_at", "date_publish");
      boolean missing =
          value == null || value.isBlank() || value.strip().matches("(?i)none|null|nan|n/a");
      Optional<Instant> given = missing ? Optional.empty() : PublishedAt.parse(value);
      if (given.isPresent()) {
        return new PageMetadata.Dated(given.get(), publishedAtSource());
      }
      Optional<Instant> fromUrl = PageMetadata.urlDate(optionalString("url"));
      if (fromUrl.isPresent()) {
        return new PageMetadata.Dated(fromUrl.get(), PageMetadata.FROM_URL);
      }
      if (missing) {
        throw new RecordProblem(
            ReasonCode.MISSING_PUBLISHED_AT,
            "no publication date: give `published_at` (or news-please `date_publish`) as ISO-8601, e.g. 2022-01-10T09:30:00Z");
      }
      throw new RecordProblem(
          ReasonCode.BAD_PUBLISHED_AT,
          "published_at "
              + quoted(value)
              + " is not a date Parallax reads; use ISO-8601 such as 2022-01-10, 2022-01-10T09:30:00Z or"
              + " 2022-01-10 09:30:00 (read as UTC), with a year from 1800 to 2200");
    }

    /**
     * Where the date came from: a WARC page says in `published_at_source` (page, url, crawl); any
     * other record's date is its own.
     */
    String publishedAtSource() throws RecordProblem {
      String source = optionalString("published_at_source");
      return source == null ? Article.DATE_FROM_INPUT : source;
    }

    String id() throws RecordProblem {
      JsonNode node = json.get("id");
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isTextual()) {
        return node.asText().isBlank() ? null : whole("id", node.asText().strip());
      }
      if (node.isIntegralNumber()) {
        return node.asText();
      }
      throw wrongType("id", node, "a string or an integer");
    }

    List<String> authors() throws RecordProblem {
      JsonNode node = json.get("authors");
      List<String> authors = new ArrayList<>();
      if (node == null || node.isNull()) {
        return authors;
      }
      if (node.isTextual()) {
        addAuthor(authors, whole("authors", node.asText()));
        return authors;
      }
      if (!node.isArray()) {
        throw wrongType("authors", node, "a list of strings");
      }
      for (JsonNode author : node) {
        if (!author.isTextual()) {
          throw wrongType("authors", node, "a list of strings");
        }
        addAuthor(authors, whole("authors", author.asText()));
      }
      return authors;
    }

    private static void addAuthor(List<String> authors, String name) {
      String clean = TextCleaner.normaliseSpace(name);
      if (!clean.isEmpty()) {
        authors.add(clean);
      }
    }

    String optionalString(String name) throws RecordProblem {
      JsonNode node = json.get(name);
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isTextual()) {
        throw wrongType(name, node, "a string");
      }
      return whole(name, node.asText());
    }

    /** The value, when it holds no half of a UTF-16 pair on its own ("\\ud800" in the JSON). */
    private static String whole(String name, String value) throws RecordProblem {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new RecordProblem(
              ReasonCode.INVALID_UNICODE,
              String.format(
                  Locale.ROOT,
                  "`%s` holds a lone surrogate U+%04X at character %d: no character, and no table"
                      + " can store it",
                  name,
                  (int) c,
                  i));
        }
      }
      return value;
    }

    private String firstPresent(String contractName, String newsPleaseName) throws RecordProblem {
      String value = optionalString(contractName);
      return value != null ? value : optionalString(newsPleaseName);
    }

    private static RecordProblem wrongType(String name, JsonNode node, String expected) {
      return new RecordProblem(
          ReasonCode.WRONG_TYPE,
          "`"
              + name
              + "` must be "
              + expected
              + ", got "
              + node.getNodeType().name().toLowerCase(Locale.ROOT)
              + " "
              + quoted(node.toString()));
    }

    String idOrNull() {
      try {
        return id();
      } catch (RecordProblem e) {
        return null;
      }
    }

    String outletOrNull() {
      try {
        return givenOutlet();
      } catch (RecordProblem e) {
        return null;
      }
    }
  }
}
