package io.parallax.spark;

import io.parallax.annotate.AnnotatedArticle;
import io.parallax.annotate.ArticleActor;
import io.parallax.annotate.ArticleAnnotator;
import io.parallax.annotate.Quote;
import io.parallax.annotate.Sentence;
import io.parallax.annotate.SentimentLexicon;
import io.parallax.annotate.TimeLimit;
import io.parallax.compare.BiasModel;
import io.parallax.ingest.ReasonCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Spark adapter around {@link ArticleAnnotator}: article rows (article_id, text, outlet,
 * source_file, source_position) in; one row per sentence, actor and quotation out (which columns
 * are set tells the kind), or, for an article CoreNLP fails on or that runs past the time limit,
 * one row with a quarantine reason. The CoreNLP pipeline comes from the executor's per-JVM cache;
 * only settings and a counter are shipped.
 */
final class AnnotateArticles implements MapPartitionsFunction<Row, Row> {
  static final StructType SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("sentence_index", DataTypes.IntegerType, true)
          .add("char_begin", DataTypes.IntegerType, true)
          .add("char_end", DataTypes.IntegerType, true)
          .add("token_count", DataTypes.IntegerType, true)
          .add("text", DataTypes.StringType, true)
          .add("reason_code", DataTypes.StringType, true)
          .add("message", DataTypes.StringType, true)
          .add("outlet", DataTypes.StringType, true)
          .add("source_file", DataTypes.StringType, true)
          .add("source_position", DataTypes.LongType, true)
          .add("raw_record", DataTypes.StringType, true)
          .add("raw_record_chars", DataTypes.LongType, true)
          .add("actor_id", DataTypes.StringType, true)
          .add("actor_name", DataTypes.StringType, true)
          .add("actor_type", DataTypes.StringType, true)
          .add("mention_count", DataTypes.IntegerType, true)
          .add("surface_forms", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("roles", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("sentiment", DataTypes.DoubleType, true)
          .add("loaded_words", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("bias", DataTypes.DoubleType, true)
          .add("sentiment_label", DataTypes.StringType, true)
          .add("sentiment_mentions", DataTypes.IntegerType, true)
          .add("quote_index", DataTypes.IntegerType, true)
          .add("quote_kind", DataTypes.StringType, true)
          .add("quote_char_begin", DataTypes.IntegerType, true)
          .add("quote_char_end", DataTypes.IntegerType, true)
          .add("quote_text", DataTypes.StringType, true)
          .add("quote_word_count", DataTypes.IntegerType, true)
          .add("quote_sentence_index", DataTypes.IntegerType, true)
          .add("speaker_actor_id", DataTypes.StringType, true)
          .add("speaker_text", DataTypes.StringType, true)
          .add("speaker_char_begin", DataTypes.IntegerType, true)
          .add("speaker_char_end", DataTypes.IntegerType, true)
          .add("cue", DataTypes.StringType, true);

  private final long timeLimitMillis;
  private final boolean metonymy;
  private final boolean sentimentEmbeddings;
  private final BiasModel biasModel;
  private final int maxRawChars;
  private final LongAccumulator articlesDone;

  /** With a {@code biasModel} (may be null: none) every sentence gets its probability of bias. */
  AnnotateArticles(
      long timeLimitMillis,
      boolean metonymy,
      boolean sentimentEmbeddings,
      BiasModel biasModel,
      int maxRawChars,
      LongAccumulator articlesDone) {
    this.timeLimitMillis = timeLimitMillis;
    this.metonymy = metonymy;
    this.sentimentEmbeddings = sentimentEmbeddings;
    this.biasModel = biasModel;
    this.maxRawChars = maxRawChars;
    this.articlesDone = articlesDone;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    // Built on the first article: a task (or a whole night) with none loads no CoreNLP models.
    ArticleAnnotator[] annotator = {null};
    long[] doneInTask = {0};
    return new LazyFlatMap<>(
        articles,
        article -> {
          FaultInjection.maybeFail("annotate", doneInTask[0]++);
          if (annotator[0] == null) {
            annotator[0] = new ArticleAnnotator(metonymy, sentimentEmbeddings);
          }
          List<Row> rows = annotate(annotator[0], article);
          articlesDone.add(1);
          return rows.iterator();
        });
  }

  private List<Row> annotate(ArticleAnnotator annotator, Row article) {
    String articleId = article.getString(0);
    String text = article.getString(1);
    AnnotatedArticle annotated;
    double[] bias;
    try {
      // The bias model's encoder runs inside the time limit too: it is part of the article's cost.
      Scored scored =
          TimeLimit.run(
              () -> {
                AnnotatedArticle a = annotator.annotate(text);
                return new Scored(
                    a,
                    biasModel == null
                        ? null
                        : biasModel.scores(a.sentences().stream().map(Sentence::text).toList()));
              },
              timeLimitMillis);
      annotated = scored.article();
      bias = scored.bias();
    } catch (TimeLimit.Exceeded e) {
      return List.of(failure(article, ReasonCode.ANNOTATION_TIMEOUT, e.getMessage()));
    } catch (RuntimeException e) {
      String message = "CoreNLP failed on article " + articleId + ": " + e;
      return List.of(failure(article, ReasonCode.ANNOTATION_ERROR, message));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < annotated.sentences().size(); i++) {
      Sentence s = annotated.sentences().get(i);
      Object[] row = emptyRow(articleId);
      set(row, "sentence_index", s.index());
      set(row, "char_begin", s.charBegin());
      set(row, "char_end", s.charEnd());
      set(row, "token_count", s.tokenCount());
      set(row, "text", s.text());
      set(row, "sentiment", s.sentiment());
      set(row, "loaded_words", SparkSchemas.seq(SentimentLexicon.loadedWords(s.text())));
      set(row, "bias", bias == null ? null : bias[i]);
      rows.add(RowFactory.create(row));
    }
    for (ArticleActor actor : annotated.actors()) {
      Object[] row = emptyRow(articleId);
      set(row, "actor_id", actor.actorId());
      set(row, "actor_name", actor.name());
      set(row, "actor_type", actor.type());
      set(row, "mention_count", actor.mentionCount());
      set(row, "surface_forms", SparkSchemas.seq(actor.surfaceForms()));
      set(row, "roles", SparkSchemas.seq(actor.roles()));
      set(row, "sentiment", actor.sentiment());
      set(row, "sentiment_label", actor.sentimentLabel());
      set(row, "sentiment_mentions", actor.sentimentMentions());
      rows.add(RowFactory.create(row));
    }
    for (Quote quote : annotated.quotes()) {
      Object[] row = emptyRow(articleId);
      set(row, "quote_index", quote.index());
      set(row, "quote_kind", quote.kind());
      set(row, "quote_char_begin", quote.charBegin());
      set(row, "quote_char_end", quote.charEnd());
      set(row, "quote_text", quote.text());
      set(row, "quote_word_count", quote.wordCount());
      set(row, "quote_sentence_index", quote.sentenceIndex());
      set(row, "speaker_actor_id", quote.speakerActorId());
      set(row, "speaker_text", quote.speakerText());
      if (quote.speakerBegin() >= 0) {
        set(row, "speaker_char_begin", quote.speakerBegin());
        set(row, "speaker_char_end", quote.speakerEnd());
      }
      set(row, "cue", quote.cue());
      rows.add(RowFactory.create(row));
    }
    return rows;
  }

  /** An article's annotations and, with a bias model, each sentence's probability of bias. */
  private record Scored(AnnotatedArticle article, double[] bias) {}

  private Row failure(Row article, ReasonCode reason, String message) {
    String text = article.getString(1);
    Object[] row = emptyRow(article.getString(0));
    set(row, "reason_code", reason.code());
    set(row, "message", message);
    set(row, "outlet", article.getString(2));
    set(row, "source_file", article.getString(3));
    set(row, "source_position", article.getLong(4));
    set(row, "raw_record", text.length() <= maxRawChars ? text : text.substring(0, maxRawChars));
    set(row, "raw_record_chars", (long) text.length());
    return RowFactory.create(row);
  }

  private static Object[] emptyRow(String articleId) {
    Object[] row = new Object[SCHEMA.size()];
    set(row, "article_id", articleId);
    return row;
  }

  private static void set(Object[] row, String column, Object value) {
    row[SCHEMA.fieldIndex(column)] = value;
  }
}
