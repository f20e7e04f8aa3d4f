package io.parallax.ingest;

/** Why an input record went to quarantine instead of becoming an article. */
public enum ReasonCode {
  BAD_JSON("bad_json", "The record is not valid JSON (for example a line cut off mid-object)."),
  NOT_AN_OBJECT(
      "not_an_object",
      "The record is valid JSON but not an object (an array, a string, a number)."),
  WRONG_TYPE(
      "wrong_type",
      "A field has the wrong type: `outlet`, `text` or `published_at` not a string, `authors` not strings."),
  MISSING_OUTLET(
      "missing_outlet",
      "No `outlet` (or news-please `source_domain`, or a `url`), or it is blank or only invisible"
          + " characters (zero-width, control, direction marks)."),
  INVALID_UNICODE(
      "invalid_unicode",
      "A string field holds a lone UTF-16 surrogate (a JSON escape like \\ud800 without its pair),"
          + " or the record's bytes are not UTF-8: no character, and Parquet would store it as"
          + " '?'."),
  MISSING_TEXT("missing_text", "No `text` (or news-please `maintext`), or it is blank."),
  MISSING_PUBLISHED_AT(
      "missing_published_at", "No `published_at` (or news-please `date_publish`), or it is null."),
  BAD_PUBLISHED_AT(
      "bad_published_at",
      "`published_at` is not an ISO-8601 date or timestamp, RFC 1123, or an English date like July 13, 2009; or its year is outside 1800-2200."),
  EMPTY_TEXT_AFTER_CLEANING(
      "empty_text_after_cleaning",
      "Nothing is left of the text once HTML, navigation and boilerplate are removed."),
  TEXT_TOO_LONG(
      "text_too_long",
      "The clean text is longer than ingest.max-text-chars (default 200,000 characters): a dump or a"
          + " feed error, not one article; CoreNLP would spend minutes on it."),
  NOT_AN_ARTICLE(
      "not_an_article",
      "A WARC response that is no news article: not HTTP 200, not HTML, or a page with no main text"
          + " (message says which)."),
  DUPLICATE_ID(
      "duplicate_id",
      "Another record of the run has the same `id` with a different outlet or text; the earliest published keeps the id."),
  UNREADABLE_FILE(
      "unreadable_file",
      "The file, or the rest of it from this position, could not be read (I/O error, corrupt compression or Parquet)."),
  RECORD_TOO_LARGE(
      "record_too_large",
      "One record (a line of JSON Lines, a news-please file) is longer than ingest.max-record-mb,"
          + " or one of its values (a Parquet row's text) is over 20 million characters; the"
          + " message gives its size. Reading goes on at the next record."),
  FILE_TOO_LARGE(
      "file_too_large",
      "The file passed ingest.max-file-mb once decompressed (a compression bomb, or a dump); the"
          + " records before this position were read, the rest of the file was not."),
  PROCESSING_ERROR(
      "processing_error",
      "A library failed on this record (message names it); the record is kept here so the run can go on."),
  ANNOTATION_TIMEOUT(
      "annotation_timeout",
      "Annotating the article took longer than annotate.time-limit-seconds; it stays in `articles` without"
          + " annotations."),
  ANNOTATION_ERROR(
      "annotation_error",
      "CoreNLP failed on the article (message names it); it stays in `articles` without annotations.");

  private final String code;
  private final String meaning;

  ReasonCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The stable snake_case code written to `quarantine.reason_code`. */
  public String code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
