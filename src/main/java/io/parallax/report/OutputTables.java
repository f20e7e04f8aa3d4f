package io.parallax.report;

import static io.parallax.report.Column.optional;
import static io.parallax.report.Column.required;
import static io.parallax.report.ColumnType.BOOLEAN;
import static io.parallax.report.ColumnType.DATE;
import static io.parallax.report.ColumnType.DOUBLE;
import static io.parallax.report.ColumnType.INT;
import static io.parallax.report.ColumnType.LONG;
import static io.parallax.report.ColumnType.STRING;
import static io.parallax.report.ColumnType.STRING_LIST;
import static io.parallax.report.ColumnType.STRING_TO_DOUBLE;
import static io.parallax.report.ColumnType.STRING_TO_LONG;
import static io.parallax.report.ColumnType.STRING_TO_STRING;
import static io.parallax.report.ColumnType.TIMESTAMP;

import java.util.List;

/**
 * Every table Parallax writes, declared once. The Spark schemas and the README's data dictionary
 * are both generated from these declarations. Each table is stored under {@code
 * <output>/<name>/run_date=YYYY-MM-DD/}.
 */
public final class OutputTables {
  /**
   * The Hive-style partition column every table is stored under; readers see it as a DATE column.
   */
  public static final String PARTITION_COLUMN = "run_date";

  /** Who the outlet is, in every table with one row per outlet or per outlet's omission. */
  private static final Column OUTLET_ID =
      required(
          "outlet_id",
          STRING,
          "The outlet's id: its `outlet_id` in the outlet registry (`--outlets`), else its"
              + " canonical key (`articles.outlet_key`).");

  private static final Column OUTLET_GROUPS =
      required(
          "outlet_groups",
          STRING_TO_STRING,
          "The outlet's value in each grouping column of the registry (`lean`, `country`, ...);"
              + " empty for an outlet the registry does not list.");

  public static final TableSchema ARTICLES =
      new TableSchema(
          "articles",
          "one row per distinct article of the run (exact duplicates kept once)",
          List.of(
              required(
                  "article_id",
                  STRING,
                  "Stable id: the input `id` if given, else a hash of outlet, url (or title) and raw text"
                      + " (`h…`); for a WARC page a hash of its url and bytes as fetched (`w…`)."),
              required(
                  "outlet",
                  STRING,
                  "The outlet's display name: its `name` in the outlet registry when the registry"
                      + " lists it (by name, domain, columnist or the article's URL), else the canonical host (lower-case, no `www.`, `m.` or `amp.`) when the"
                      + " input gives a domain or URL, else the name as given with spaces collapsed. From"
                      + " `outlet`, else news-please `source_domain`, else the host of `url`, else `publisher`."),
              required(
                  "outlet_key",
                  STRING,
                  "The key of the outlet as the input spells it: the canonical host, or the lower-case name. Equal for"
                      + " `www.nytimes.com`, `nytimes.com` and `https://m.nytimes.com/`."),
              OUTLET_ID,
              OUTLET_GROUPS,
              optional("url", STRING, "Article URL, if given."),
              optional("title", STRING, "Headline, if given."),
              required("authors", STRING_LIST, "Author names as given; empty when none."),
              required(
                  "published_at",
                  TIMESTAMP,
                  "Publication instant in UTC. A date alone is midnight UTC; a time without offset is read as UTC."),
              required("published_date", DATE, "The UTC calendar date of `published_at`."),
              required(
                  "language",
                  STRING,
                  "ISO 639-1 code, given by the input or detected from the text; `und` when it cannot be told."),
              required(
                  "language_source",
                  STRING,
                  "`input` when the record stated the language and the text agrees, `detected` when Parallax"
                      + " detected it, `text_over_input` when the record stated another language than its text"
                      + " is in (a page's wrong `lang`): the text's language is used."),
              optional(
                  "excluded_reason",
                  STRING,
                  "Why the article is kept out of the English-language stages (`non_english`, `language_undetermined`); null when it takes part."),
              required(
                  "text",
                  STRING,
                  "Body text after HTML stripping and boilerplate removal; paragraphs separated by a blank line. Offsets in later tables point into this text."),
              required("word_count", INT, "Number of words (letter or digit runs) in `text`."),
              required(
                  "boilerplate_removed",
                  STRING_LIST,
                  "Lines taken out of this article as its outlet's template: each recurs in at least"
                      + " `ingest.boilerplate.template-min-articles` articles of the outlet (this run's"
                      + " and earlier runs' within `template-history-days`). Empty when none."),
              required(
                  "published_at_source",
                  STRING,
                  "Where `published_at` came from: `input` (the record's own field), or for a WARC page"
                      + " `page` (its JSON-LD or meta tags), `url` (a date in its address) or `crawl` (the"
                      + " WARC record's time, when the page states none)."),
              required(
                  "content_hash",
                  STRING,
                  "SHA-256 of `text` (hex). Same outlet and same hash means an exact duplicate."),
              required(
                  "duplicate_count",
                  INT,
                  "How many exact copies of this article (same outlet, same text) were dropped in this run."),
              required("source_file", STRING, "The input file the record came from."),
              required(
                  "source_position",
                  LONG,
                  "1-based position of the record in its file: the (first) line for JSON Lines and news-please files, the element of a file holding a JSON array, the row for Parquet."),
              optional(
                  "story_id",
                  STRING,
                  "The story (`stories.story_id`) the align stage put the article in; null for articles"
                      + " kept out of the English-language stages."),
              optional(
                  "frames",
                  STRING_TO_DOUBLE,
                  "Score (probability, 0..1) of each of the five generic news frames (Semetko &"
                      + " Valkenburg 2000): `resolution`, `human_interest`, `conflict`, `moral`,"
                      + " `economic`, from the shipped model over its words, or over its sentence"
                      + " embeddings with `compare.frames.embeddings=true` (`train frames"
                      + " [--embeddings]`); null for articles kept out of the English-language"
                      + " stages."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema QUARANTINE =
      new TableSchema(
          "quarantine",
          "one row per input record that could not become an article",
          List.of(
              required("source_file", STRING, "The input file the record came from."),
              required(
                  "source_position",
                  LONG,
                  "1-based position of the record in its file (line, or Parquet row); 0 when the whole file could not be opened."),
              required(
                  "source_format", STRING, "Reader used: `jsonl`, `news-please` or `parquet`."),
              required(
                  "stage",
                  STRING,
                  "`ingest` for input records that did not become articles; `annotate` for written articles"
                      + " the annotate stage could not process (they stay in `articles`)."),
              required(
                  "reason_code",
                  STRING,
                  "Why the record was quarantined; the codes are listed under *Quarantine reason codes*."),
              required(
                  "message", STRING, "What was wrong, with the value seen, and how to fix it."),
              optional("article_id", STRING, "The record's id when it could be read."),
              optional("outlet", STRING, "The record's outlet when it could be read."),
              required(
                  "raw_record",
                  STRING,
                  "The record as read (for Parquet, the row as JSON), cut to the configured maximum length."),
              required(
                  "raw_record_chars",
                  LONG,
                  "Length of the whole raw record in characters, before any cut."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema SENTENCES =
      new TableSchema(
          "sentences",
          "one row per sentence of each article that takes part in the English stages",
          List.of(
              required("article_id", STRING, "The article (`articles.article_id`)."),
              required("sentence_index", INT, "0-based position of the sentence in the article."),
              required(
                  "char_begin",
                  INT,
                  "Offset of the sentence's first character in `articles.text` (0-based)."),
              required(
                  "char_end",
                  INT,
                  "Offset just past the sentence's last character: `substr(text, char_begin + 1, char_end - char_begin)` in SQL is the sentence."),
              required("token_count", INT, "CoreNLP tokens in the sentence."),
              required("text", STRING, "The sentence."),
              required(
                  "sentiment",
                  DOUBLE,
                  "The sentence's overall tone, -1 (negative) to 1 (positive): VADER's compound"
                      + " score over its lexicon (Hutto & Gilbert 2014), negation applied."),
              required(
                  "loaded_words",
                  STRING_LIST,
                  "Loaded words: those of strong valence (|VADER valence| >= 2 of 4, e.g."
                      + " \"egomaniac\", \"slammed\") in the order they occur; empty when none. A"
                      + " sentence with one is flagged as word-choice bias by the lexicon rule"
                      + " (`evaluate bias-sentences`)."),
              optional(
                  "bias",
                  DOUBLE,
                  "Probability (0..1) that the sentence's word choice is biased, by the model"
                      + " `compare.bias.model` names (`train bias-sentences` fits one on BABE's"
                      + " expert labels; none ships); null without one."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema ACTORS =
      new TableSchema(
          "actors",
          "one row per article x actor (person, organisation or place it mentions)",
          List.of(
              required("article_id", STRING, "The article (`articles.article_id`)."),
              required(
                  "actor_id",
                  STRING,
                  "Canonical actor, the same across articles, outlets and runs:"
                      + " `person:<family name>|<sound of the given name>` for people named in full"
                      + " (`person:obama|prk` Barack, `person:obama|mxl` Michelle; transliterations"
                      + " such as Sergey/Sergei and nicknames such as Bill/William meet; `|jr` after"
                      + " it for Jr.; family-first names keep the given name, `person:kim|jongun`);"
                      + " a family name alone (`person:trump`) is the article's person of that name,"
                      + " else the run's one or principal bearer, else stays as it is;"
                      + " `entity:<name>` for organisations and places (aliases such as"
                      + " US/U.S./United States resolved)."),
              required(
                  "actor_name",
                  STRING,
                  "Display name: the fullest form of the name in the article, without roles."),
              required(
                  "actor_type",
                  STRING,
                  "`person`, `organization` or `location` (the type most mentions carry)."),
              required("mention_count", INT, "Mentions of the actor in the article."),
              required(
                  "surface_forms",
                  STRING_LIST,
                  "The forms the article uses, in order of first use."),
              required(
                  "roles",
                  STRING_LIST,
                  "Role and title words attached to the actor, e.g. `Deputy Foreign Minister`."),
              required(
                  "sentiment",
                  DOUBLE,
                  "Sentiment the article expresses toward the actor, -1..1: the mean over its"
                      + " mentions of P(positive) - P(negative) from the target-dependent model"
                      + " trained on NewsMTSC (not the sentence's overall tone)."),
              required(
                  "sentiment_label",
                  STRING,
                  "`negative`, `neutral` or `positive`: the class with the highest mean"
                      + " probability over the actor's mentions."),
              required(
                  "sentiment_mentions",
                  INT,
                  "Mentions the sentiment is averaged over (0: none scored; sentiment 0, neutral)."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema QUOTES =
      new TableSchema(
          "quotes",
          "one row per quotation in each article: direct (in quote marks) or indirect (reported speech)",
          List.of(
              required("article_id", STRING, "The article (`articles.article_id`)."),
              required("quote_index", INT, "0-based position of the quotation in the article."),
              required(
                  "kind",
                  STRING,
                  "`direct`: the words inside quote marks (any style, mixed pairs included);"
                      + " `indirect`: the clause a reporting verb or \"according to\" introduces."),
              required(
                  "char_begin",
                  INT,
                  "Offset of the quotation's first character in `articles.text` (0-based; marks"
                      + " excluded)."),
              required("char_end", INT, "Offset just past the quotation's last character."),
              required("text", STRING, "The quoted words."),
              required("word_count", INT, "Words in the quotation: the weight of quote shares."),
              required(
                  "sentence_index",
                  INT,
                  "The sentence (`sentences.sentence_index`) where the quotation starts, or, for"
                      + " indirect speech, where its reporting verb is."),
              required(
                  "speaker_actor_id",
                  STRING,
                  "The speaker as a canonical actor (`actors.actor_id`), resolved through names,"
                      + " pronouns and descriptions such as \"the Russian diplomat\"; `unattributed`"
                      + " when the text names no speaker Parallax can resolve."),
              optional(
                  "speaker_text",
                  STRING,
                  "The words naming the speaker as written (\"He\", \"sources\"); null when none."),
              optional("speaker_char_begin", INT, "Offset of `speaker_text` in `articles.text`."),
              optional("speaker_char_end", INT, "Offset just past `speaker_text`."),
              required(
                  "cue",
                  STRING,
                  "The reporting verb as written (\"stated\", \"according to\"); empty when the"
                      + " speaker carries over from the quotation before."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema RUN_SUMMARY =
      new TableSchema(
          "run_summary",
          "one row per run; re-running a date replaces it",
          List.of(
              required("run_id", STRING, "Id of the run."),
              required("started_at", TIMESTAMP, "When the run started."),
              required(
                  "finished_at",
                  TIMESTAMP,
                  "When the run finished writing (before the partitions were swapped in)."),
              required(
                  "records_read",
                  LONG,
                  "Input records read (lines of JSON Lines, news-please objects, Parquet rows)."),
              required("articles_written", LONG, "Rows written to `articles`."),
              required(
                  "quarantined",
                  LONG,
                  "Input records quarantined by ingest (`quarantine.stage = 'ingest'`)."),
              required(
                  "annotate_quarantined",
                  LONG,
                  "Written articles the annotate stage could not process (`quarantine.stage = 'annotate'`)."),
              required(
                  "duplicates", LONG, "Exact duplicates dropped (same outlet, same cleaned text)."),
              required("sentences_written", LONG, "Rows written to `sentences`."),
              required("stories_written", LONG, "Rows written to `stories`."),
              required(
                  "accounting_balanced",
                  BOOLEAN,
                  "True when records_read = articles_written + quarantined + duplicates."),
              required(
                  "quarantined_by_reason", STRING_TO_LONG, "Quarantined rows per reason code."),
              required(
                  "excluded_by_reason",
                  STRING_TO_LONG,
                  "Written articles kept out of the English stages, per `excluded_reason`."),
              required(
                  "boilerplate_lines_removed",
                  STRING_TO_LONG,
                  "Lines of the written articles each cleaning rule removed: `stock_line`, `image_credit`,"
                      + " `headline_ticker`, `related_links_tail`, `title_repeated`, `configured_pattern`, the"
                      + " data-driven `outlet_template`, `inline_boilerplate` (cuts inside a line, counted in"
                      + " cuts) and `unpunctuated_caption` (captions glued to the next sentence without"
                      + " their full stop, counted in cuts)."),
              required(
                  "omissions_not_written",
                  STRING_TO_LONG,
                  "What the omissions stage judged and did not write: `claim_under_confidence`"
                      + " (claim x outlet pairs under `compare.claims.min-confidence`: the outlet"
                      + " likely reports the claim) and `over_per_outlet_cap` (omissions past"
                      + " `compare.omissions-per-outlet` for one outlet of one story)."),
              required("input_patterns", STRING_LIST, "The --input values as given."),
              required(
                  "input_files",
                  STRING_LIST,
                  "Every file read, after glob and directory expansion."),
              required(
                  "skipped_files",
                  STRING_LIST,
                  "Files found in the input but not read, with why: empty (0 bytes), or no reader for the name."),
              required("output", STRING, "Output root the tables were written under."),
              optional(
                  "outlet_registry",
                  STRING,
                  "The outlet registry file the run used (`--outlets`, `outlets.registry`); null"
                      + " when none."),
              optional(
                  "outlet_registry_sha256",
                  STRING,
                  "SHA-256 of the registry file's text, to tell which version of it a date used."),
              required(
                  "group_columns",
                  STRING_LIST,
                  "The registry's grouping columns in its order (the report shows the first);"
                      + " empty without a registry."),
              required(
                  "unregistered_outlets",
                  STRING_TO_LONG,
                  "Articles per outlet the registry does not list (by `outlet_id`, their canonical"
                      + " key); every outlet when there is no registry."),
              required("stage_seconds", STRING_TO_DOUBLE, "Wall-clock seconds per stage."),
              required(
                  "versions",
                  STRING_TO_STRING,
                  "Versions of Parallax, Spark, Java and the libraries that shape results."),
              required(
                  "config",
                  STRING_TO_STRING,
                  "The resolved configuration of the run, every key.")));

  public static final TableSchema STORIES =
      new TableSchema(
          "stories",
          "one row per story with articles of the run date: the articles, from any outlets, that"
              + " report one event (counts and times over this date's articles; a story that goes"
              + " on over several dates has a row in each, under the same id)",
          List.of(
              required(
                  "story_id",
                  STRING,
                  "`story-` and 16 hex digits of the SHA-256 of the story's earliest article id (by"
                      + " publication date, then id): the same when a run is repeated."),
              required(
                  "first_published_at",
                  TIMESTAMP,
                  "Publication instant of its first article (UTC)."),
              required(
                  "last_published_at", TIMESTAMP, "Publication instant of its last article (UTC)."),
              required("outlets", STRING_LIST, "The outlets that report it, sorted."),
              required("outlet_count", INT, "Number of distinct outlets."),
              required("article_count", INT, "Number of articles."),
              required(
                  "top_actors",
                  STRING_LIST,
                  "Names of the (up to 3) actors mentioned most across its articles."),
              required(
                  "top_terms",
                  STRING_LIST,
                  "The (up to 5) terms that weigh most in its articles' TF-IDF vectors."),
              required("label", STRING, "Top actors, then top terms, as one line to read."),
              optional(
                  "title",
                  STRING,
                  "A representative headline: the title of its earliest article that has one."),
              required(
                  "merged_story_ids",
                  STRING_LIST,
                  "Stories of earlier run dates that this date's articles joined into this one"
                      + " (their articles keep their old id in the older partitions); empty when"
                      + " none."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema STORY_OUTLETS =
      new TableSchema(
          "story_outlets",
          "one row per outlet of each story that two or more outlets report (articles of the run"
              + " date)",
          List.of(
              required("story_id", STRING, "The story (`stories.story_id`)."),
              required("outlet", STRING, "The outlet (`articles.outlet`)."),
              OUTLET_ID,
              OUTLET_GROUPS,
              required("article_count", INT, "The outlet's articles in the story."),
              optional(
                  "tone",
                  DOUBLE,
                  "Mean `sentences.sentiment` (VADER compound, -1..1) of the outlet's sentences in the"
                      + " story; null when it has none."),
              optional(
                  "loaded_share",
                  DOUBLE,
                  "Share of the outlet's sentences in the story that hold a loaded word"
                      + " (`sentences.loaded_words`); null when it has none."),
              optional(
                  "biased_share",
                  DOUBLE,
                  "Share of the outlet's sentences in the story that the bias model finds biased"
                      + " (`sentences.bias` >= 0.5); null without `compare.bias.model`."),
              required(
                  "quoted_words",
                  LONG,
                  "Words the outlet quotes in the story, direct and indirect (`quotes.word_count`)."),
              optional(
                  "top_speaker",
                  STRING,
                  "The speaker (`actors.actor_id`) with most quoted words (ties: most quotations);"
                      + " null when none is attributed."),
              required(
                  "quote_share",
                  STRING_TO_DOUBLE,
                  "Each speaker's share of the outlet's quoted words (`unattributed` included)."),
              required(
                  "speaker_group_share",
                  STRING_TO_DOUBLE,
                  "The same words by the side each speaker speaks for: `country:<name>` when the"
                      + " speaker is a country or the story's articles give it a country's role"
                      + " (\"Russian Deputy Foreign Minister\"), else `official` for an office"
                      + " (\"Secretary\", \"Sen.\"), else its actor type; `unattributed` included."),
              required(
                  "actor_sentiment",
                  STRING_TO_DOUBLE,
                  "Sentiment toward each of the story's (up to 5) most mentioned actors in the outlet's"
                      + " articles (`actors.sentiment`, weighted by scored mentions), by actor id."),
              required(
                  "actor_labels",
                  STRING_TO_STRING,
                  "The role and title words the outlet attaches to each of those actors"
                      + " (`actors.roles`, sorted, joined by `; `), by actor id."),
              required(
                  "frame_mix",
                  STRING_TO_DOUBLE,
                  "The outlet's mean `articles.frames` score per frame in the story."),
              optional(
                  "main_frame",
                  STRING,
                  "The frame with the highest `frame_mix` score; null when no frame scores 0.5 or"
                      + " more."),
              required(
                  "distinctive_terms",
                  STRING_LIST,
                  "Up to 10 words the outlet uses more than the story's other outlets, by the log-odds"
                      + " ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),"
                      + " highest z first (z >= 1.96 is the 5% level; one article rarely reaches it)."),
              required(
                  "distinctive_term_z",
                  STRING_TO_DOUBLE,
                  "The z-score of each of `distinctive_terms`."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema OMISSIONS =
      new TableSchema(
          "omissions",
          "one row per fact of a story (two or more outlets) that an outlet leaves out and others"
              + " report",
          List.of(
              required("story_id", STRING, "The story (`stories.story_id`)."),
              required("outlet", STRING, "The outlet that leaves the fact out."),
              OUTLET_ID,
              OUTLET_GROUPS,
              required(
                  "fact_rank",
                  INT,
                  "0-based rank of the fact in the story, most reported first (then by outlet and"
                      + " kind)."),
              required(
                  "kind",
                  STRING,
                  "`actor` (mentioned at least twice by a reporting outlet), `number` (with the word"
                      + " after it: \"100,000 troops\"), `quote` (a speaker others quote), or `claim`"
                      + " (a sentence the omission model, trained on hand labels, is at least"
                      + " `compare.claims.min-confidence` sure this outlet's headlines and sentences do"
                      + " not report; with `compare.claims.embeddings=true`, not one a sentence of"
                      + " this outlet restates at cosine 0.7 or more)."),
              required(
                  "fact",
                  STRING,
                  "The actor's name, the number with its unit, the speaker's actor id, or the claim's"
                      + " sentence."),
              required("reported_by", STRING_LIST, "The outlets that report it."),
              required("reporter_count", INT, "How many outlets report it: what facts rank by."),
              required(
                  "evidence",
                  STRING_LIST,
                  "Sentences (or quotations) of the reporting outlets that state it."),
              optional(
                  "confidence",
                  DOUBLE,
                  "For a claim: the omission model's probability that this outlet leaves it out"
                      + " (rows under `compare.claims.min-confidence` are not written; run_summary"
                      + " counts them). Null for the rule-based kinds."),
              optional(
                  "closest_sentence",
                  STRING,
                  "For a claim: this outlet's headline or sentence that holds the most of the"
                      + " claim's content words: what to read to judge the row."),
              optional(
                  "closest_score",
                  DOUBLE,
                  "For a claim: the share of the claim's content words `closest_sentence` holds (0"
                      + " to 1)."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema OUTLET_PAIRS =
      new TableSchema(
          "outlet_pairs",
          "one row per pair of outlets of each story that two or more outlets report (outlet_a"
              + " before outlet_b by name)",
          List.of(
              required("story_id", STRING, "The story (`stories.story_id`)."),
              required("outlet_a", STRING, "The first outlet of the pair, by name."),
              required("outlet_b", STRING, "The second outlet of the pair."),
              optional(
                  "tone_gap",
                  DOUBLE,
                  "`story_outlets.tone` of outlet_a minus outlet_b's; null when one has none."),
              required(
                  "actor_sentiment_gap",
                  STRING_TO_DOUBLE,
                  "For each main actor both carry in `story_outlets.actor_sentiment`: a's sentiment"
                      + " minus b's."),
              required(
                  "quoted_source_overlap",
                  DOUBLE,
                  "Jaccard overlap of the speakers each quotes (`unattributed` aside); 1 when neither"
                      + " quotes anyone."),
              optional(
                  "lexical_divergence",
                  DOUBLE,
                  "Jensen-Shannon divergence (base 2, 0..1) of their word distributions in the story"
                      + " (stop words aside)."),
              required(
                  "frame_divergence",
                  DOUBLE,
                  "Jensen-Shannon divergence (base 2, 0..1) of their `story_outlets.frame_mix`, each"
                      + " scaled to sum to 1: how differently they frame the story."),
              required("a_omits", INT, "`omissions` rows of outlet_a whose fact outlet_b reports."),
              required("b_omits", INT, "`omissions` rows of outlet_b whose fact outlet_a reports."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema OUTLET_PROFILES =
      new TableSchema(
          "outlet_profiles",
          "one row per outlet with English articles of the run date: its coverage and, over all"
              + " its articles of the date, the `story_outlets` measures",
          List.of(
              required("outlet", STRING, "The outlet (`articles.outlet`)."),
              OUTLET_ID,
              OUTLET_GROUPS,
              required("article_count", INT, "The outlet's English articles of the date."),
              required("story_count", INT, "Stories its articles are in."),
              required(
                  "shared_story_count",
                  INT,
                  "Of those, stories that two or more outlets report (the ones `story_outlets`"
                      + " compares)."),
              required("solo_story_count", INT, "Of those, stories no other outlet reports."),
              optional(
                  "coverage_share",
                  DOUBLE,
                  "`shared_story_count` over all stories of the date that two or more outlets"
                      + " report: how much of what others cover it covers; null when there are"
                      + " none."),
              optional(
                  "tone",
                  DOUBLE,
                  "Mean `sentences.sentiment` of all its sentences of the date; null when none."),
              optional(
                  "loaded_share",
                  DOUBLE,
                  "Share of its sentences of the date that hold a loaded word; null when none."),
              optional(
                  "biased_share",
                  DOUBLE,
                  "Share of its sentences of the date that the bias model finds biased; null"
                      + " without `compare.bias.model`."),
              required("quoted_words", LONG, "Words it quotes, direct and indirect."),
              optional(
                  "top_speaker",
                  STRING,
                  "The speaker (`actors.actor_id`) it quotes most; null when none is attributed."),
              required(
                  "quote_share",
                  STRING_TO_DOUBLE,
                  "Share of its quoted words of each of its 20 most quoted speakers"
                      + " (`unattributed` among them when it is)."),
              required(
                  "speaker_group_share",
                  STRING_TO_DOUBLE,
                  "Share of its quoted words by side (`story_outlets.speaker_group_share`)."),
              required(
                  "actor_sentiment",
                  STRING_TO_DOUBLE,
                  "Its sentiment toward each of the date's 10 most mentioned actors that it"
                      + " mentions with scored sentiment, by actor id."),
              required(
                  "actor_labels",
                  STRING_TO_STRING,
                  "The role and title words it attaches to those actors, by actor id."),
              required(
                  "frame_mix",
                  STRING_TO_DOUBLE,
                  "Its mean `articles.frames` score per frame over the date."),
              optional("main_frame", STRING, "Its highest `frame_mix` frame, if 0.5 or more."),
              required(
                  "distinctive_terms",
                  STRING_LIST,
                  "Up to 10 words it uses more than all other outlets of the date (log-odds ratio"
                      + " with an informative Dirichlet prior), highest z first."),
              required(
                  "distinctive_term_z",
                  STRING_TO_DOUBLE,
                  "The z-score of each of `distinctive_terms`."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema STORY_GROUPS =
      new TableSchema(
          "story_groups",
          "one row per story, grouping column of the outlet registry and value: who of that value"
              + " covers the story on the date",
          List.of(
              required("story_id", STRING, "The story (`stories.story_id`)."),
              required(
                  "group_column",
                  STRING,
                  "The registry's grouping column (`lean`, `country`, ...)."),
              optional(
                  "group_value",
                  STRING,
                  "The value (`left`, `Lebanon`, ...); null for the story's outlets that have no"
                      + " value in the column (not in the registry, or the cell is blank)."),
              required(
                  "outlets", STRING_LIST, "The outlets of that value covering the story, sorted."),
              required("outlet_count", INT, "How many outlets of that value cover the story."),
              required("article_count", INT, "Their articles in the story on the date."),
              required(
                  "coverage_share",
                  DOUBLE,
                  "`article_count` over all the story's articles of the date: a column's shares"
                      + " add up to 1."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final TableSchema BLINDSPOTS =
      new TableSchema(
          "blindspots",
          "one row per story, grouping column and pair of values where outlets of one value cover"
              + " the story well and those of the other little or not at all",
          List.of(
              required("story_id", STRING, "The story (`stories.story_id`)."),
              optional("title", STRING, "The story's title (`stories.title`)."),
              required("group_column", STRING, "The registry's grouping column (`lean`, ...)."),
              required("covering_value", STRING, "The value whose outlets cover the story."),
              required(
                  "missing_value",
                  STRING,
                  "The value whose outlets leave it (nearly) alone: the blindspot is theirs."),
              required("covering_outlets", INT, "Outlets of `covering_value` covering it."),
              required("covering_articles", INT, "Their articles in the story."),
              required("covering_share", DOUBLE, "Their share of the story's articles."),
              required("missing_outlets", INT, "Outlets of `missing_value` covering it (often 0)."),
              required("missing_articles", INT, "Their articles in the story."),
              required("missing_share", DOUBLE, "Their share of the story's articles."),
              required(
                  "missing_expected_articles",
                  DOUBLE,
                  "The articles `missing_value` would have had in the story at its share of the"
                      + " run's articles."),
              required(
                  "min_covering_outlets",
                  INT,
                  "Threshold: `covering_outlets` is at least this (groups.blindspot.min-covering-outlets)."),
              required(
                  "min_covering_share",
                  DOUBLE,
                  "Threshold: `covering_share` is at least this (groups.blindspot.min-covering-share)."),
              required(
                  "max_missing_share",
                  DOUBLE,
                  "Threshold: `missing_share` is at most this (groups.blindspot.max-missing-share)."),
              required(
                  "min_expected_articles",
                  DOUBLE,
                  "Threshold: `missing_expected_articles` is at least this"
                      + " (groups.blindspot.min-expected-articles)."),
              required("run_id", STRING, "Id of the run that wrote the row.")));

  public static final List<TableSchema> ALL =
      List.of(
          ARTICLES,
          QUARANTINE,
          SENTENCES,
          ACTORS,
          QUOTES,
          STORIES,
          STORY_OUTLETS,
          OMISSIONS,
          OUTLET_PAIRS,
          OUTLET_PROFILES,
          STORY_GROUPS,
          BLINDSPOTS,
          RUN_SUMMARY);

  private OutputTables() {}
}
