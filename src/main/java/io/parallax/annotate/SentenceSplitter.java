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
 * Splits an article's clean text into sentences with CoreNLP's tokenizer and sentence splitter. A
 * line break always ends a sentence: ingest puts each paragraph, headline and subheading on its own
 * line, and CoreNLP's default would glue a heading such as "Ryabkov: Talks were difficult but
 * businesslike" to the sentence after it. Offsets are characters of the text as given, so
 * `text.substring(begin, end)` is the sentence.
 */
public final class SentenceSplitter {
  /**
   * The CoreNLP configuration: tokenize and ssplit only (about half a million tokens/s on one
   * core).
   */
  public static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return properties;
  }

  private final StanfordCoreNLP pipeline;

  public SentenceSplitter() {
    this.pipeline = CoreNlpPipelines.get(properties());
  }

  public List<Sentence> split(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    return sentencesOf(document, text);
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
          new Sentence(sentences.size(), begin, end, tokens.size(), text.substring(begin, end)));
    }
    return sentences;
  }
}
