package io.parallax.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokens, parts of speech and lemmas of one sentence given alone (training and evaluation data come
 * as sentences), with the same tokenizer and tagger as {@link ArticleAnnotator}.
 */
public final class SentenceTagger {
  private final StanfordCoreNLP pipeline;

  public SentenceTagger() {
    Properties properties = SentenceSplitter.properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    properties.setProperty("ssplit.isOneSentence", "true");
    this.pipeline = CoreNlpPipelines.get(properties);
  }

  public List<Token> tag(String sentence) {
    Annotation document = new Annotation(sentence);
    pipeline.annotate(document);
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel label : document.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(
          new Token(
              label.originalText(),
              label.tag(),
              label.lemma(),
              "O",
              label.beginPosition(),
              label.endPosition()));
    }
    return tokens;
  }
}
