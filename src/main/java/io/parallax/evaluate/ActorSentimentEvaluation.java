package io.parallax.evaluate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.parallax.annotate.ActorSentimentModel;
import io.parallax.annotate.CoreNlpPipelines;
import io.parallax.annotate.SentenceTagger;
import io.parallax.annotate.TargetFeatures;
import io.parallax.annotate.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `evaluate actor-sentiment` on NewsMTSC JSON Lines: the shipped model's macro-F1 over negative,
 * neutral and positive targets, beside CoreNLP's sentence sentiment model (Socher et al. 2013,
 * trained on movie reviews) as the baseline, which gives every target in a sentence the sentence's
 * class. The baseline needs CoreNLP's parser, so it is the slow half of the run.
 */
public final class ActorSentimentEvaluation {
  private static final Logger LOG = LoggerFactory.getLogger(ActorSentimentEvaluation.class);

  private static final Properties BASELINE = new Properties();

  static {
    BASELINE.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
    BASELINE.setProperty("ssplit.isOneSentence", "true");
    BASELINE.setProperty("parse.maxlen", "120");
  }

  private ActorSentimentEvaluation() {}

  public static List<String> newsMtsc(Path file, boolean baseline) {
    List<SentimentExample> examples = NewsMtsc.read(file);
    SentenceTagger tagger = new SentenceTagger();
    ActorSentimentModel model = ActorSentimentModel.shipped();
    MacroF1 ours = new MacroF1(3);
    MacroF1 theirs = new MacroF1(3);
    Map<String, List<Token>> tagged = new HashMap<>();
    Map<String, Integer> baselineClass = new HashMap<>();
    long started = System.nanoTime();
    for (SentimentExample example : examples) {
      List<Token> tokens = tagged.computeIfAbsent(example.sentence(), tagger::tag);
      Map<String, Double> features =
          TargetFeatures.ofCharacters(tokens, example.from(), example.to());
      ours.add(example.label(), ActorSentimentModel.label(model.probabilities(features)));
      if (baseline) {
        int predicted =
            baselineClass.computeIfAbsent(example.sentence(), ActorSentimentEvaluation::coreNlp);
        theirs.add(example.label(), predicted);
        if (baselineClass.size() % 100 == 0) {
          LOG.info(
              "evaluate actor-sentiment: CoreNLP baseline {} sentences ({} s)",
              baselineClass.size(),
              (System.nanoTime() - started) / 1_000_000_000L);
        }
      }
    }
    String name = DataSetNames.of(file);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "targets %d in %d sentences; model: %s",
            examples.size(),
            tagged.size(),
            String.join(" | ", ActorSentimentModel.shippedHeader())));
    lines.add(perClass("parallax", ours));
    if (baseline) {
      lines.add(perClass("corenlp sentiment (baseline)", theirs));
    }
    lines.add(
        String.format(
                Locale.ROOT,
                "actor-sentiment %s n=%d macro_f1=%.3f",
                name,
                ours.n(),
                ours.macroF1())
            + (baseline
                ? String.format(Locale.ROOT, " baseline_macro_f1=%.3f", theirs.macroF1())
                : ""));
    return lines;
  }

  static String perClass(String who, MacroF1 scores) {
    return String.format(
        Locale.ROOT,
        "%s: F1 negative %.3f, neutral %.3f, positive %.3f; macro-F1 %.3f; accuracy %.3f",
        who,
        scores.f1(0),
        scores.f1(1),
        scores.f1(2),
        scores.macroF1(),
        scores.accuracy());
  }

  /** CoreNLP's sentence class (0 very negative .. 4 very positive) folded to three classes. */
  static int coreNlp(String sentence) {
    StanfordCoreNLP pipeline = CoreNlpPipelines.get(BASELINE);
    Annotation document = new Annotation(sentence);
    pipeline.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.isEmpty()) {
      return 1;
    }
    String label = sentences.get(0).get(SentimentCoreAnnotations.SentimentClass.class);
    return switch (label == null ? "Neutral" : label) {
      case "Very negative", "Negative" -> 0;
      case "Positive", "Very positive" -> 2;
      default -> 1;
    };
  }
}
