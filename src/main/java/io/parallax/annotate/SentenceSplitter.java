package io.parallax.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Sentences of an article's clean text, from CoreNLP's tokenizer and sentence splitter. A line
 * break always ends a sentence: ingest puts each paragraph, headline and subheading on its own
 * line, and CoreNLP's default would glue a heading such as "Ryabkov: Talks were difficult but
 * businesslike" to the sentence after it. Offsets are characters of the text as given, so
 * `text.substring(begin, end)` is the sentence. {@link ArticleAnnotator} runs the pipeline; this
 * class holds the sentence settings it builds on and reads the sentences out of an annotated
 * document.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /**
   * The sentences of a text split as the annotate stage splits them, by a tokenize,ssplit pipeline
   * built once per JVM, for callers outside the annotate stage (frame features).
   */
  public static List<String> split(String text) {
    Annotation document = new Annotation(text);
    SplitOnly.PIPELINE.annotate(document);
    return sentencesOf(document, text).stream().map(Sentence::text).toList();
  }

  private static final class SplitOnly {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());
  }

  /** The tokenizer and splitter settings every annotate pipeline starts from. */
  static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return properties;
  }

  /** The sentences of a document CoreNLP has split, with offsets into its text. */
  static List<Sentence> sentencesOf(Annotation document, String text) {
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty()) {
        continue;
      }
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      sentences.add(
          new Sentence(sentences.size(), begin, end, tokens.size(), text.substring(begin, end), 0));
    }
    return sentences;
  }
}
