package io.parallax.evaluate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.parallax.annotate.ActorNames;
import io.parallax.annotate.ActorSentimentModel;
import io.parallax.annotate.AnnotatedArticle;
import io.parallax.annotate.ArticleActor;
import io.parallax.annotate.ArticleAnnotator;
import io.parallax.annotate.CoreNlpPipelines;
import io.parallax.annotate.Sentence;
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
import java.util.concurrent.atomic.AtomicInteger;
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
    ActorSentimentModel model = ActorSentimentModel.shipped(false);
    ActorSentimentModel withEmbeddings = ActorSentimentModel.shipped(true);
    MacroF1 ours = new MacroF1(3);
    MacroF1 oursWithEmbeddings = new MacroF1(3);
    MacroF1 theirs = new MacroF1(3);
    Map<String, List<Token>> tagged = new HashMap<>();
    Map<String, Integer> baselineClass = new HashMap<>();
    long started = System.nanoTime();
    List<TargetFeatures.Target> targets = new ArrayList<>();
    for (SentimentExample example : examples) {
      List<Token> tokens = tagged.computeIfAbsent(example.sentence(), tagger::tag);
      targets.add(new TargetFeatures.Target(tokens, example.from(), example.to()));
    }
    List<Map<String, Double>> features = TargetFeatures.ofAll(targets, true);
    for (int i = 0; i < examples.size(); i++) {
      SentimentExample example = examples.get(i);
      // The words model reads only its own features; the embeddings are no key of it.
      ours.add(example.label(), ActorSentimentModel.label(model.probabilities(features.get(i))));
      oursWithEmbeddings.add(
          example.label(),
          ActorSentimentModel.label(withEmbeddings.probabilities(features.get(i))));
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
            "targets %d in %d sentences; models: %s; with embeddings: %s",
            examples.size(),
            tagged.size(),
            String.join(" | ", ActorSentimentModel.shippedHeader(false)),
            String.join(" | ", ActorSentimentModel.shippedHeader(true))));
    lines.add(perClass("parallax, words (the job's default)", ours));
    lines.add(
        perClass(
            "parallax, words and embeddings (annotate.actor-sentiment.embeddings=true)",
            oursWithEmbeddings));
    if (baseline) {
      lines.add(perClass("corenlp sentiment (baseline)", theirs));
    }
    lines.add(
        lastLine(name, ours, baseline ? theirs : null)
            + String.format(
                Locale.ROOT, " embeddings_macro_f1=%.3f", oursWithEmbeddings.macroF1()));
    return lines;
  }

  /**
   * `evaluate actor-sentiment` on PerSenT CSV: the author's sentiment toward an article's main
   * person. Parallax's figure is what the job writes: the target's row in `actors` (its
   * `sentiment_label`, the mean of the model over all its mentions); an article where the target is
   * not found as an actor counts as neutral. The baseline is CoreNLP's sentence model over the
   * first {@value #BASELINE_SENTENCES} sentences that name the target, by majority (ties neutral),
   * parsed on all cores.
   */
  public static List<String> perSent(Path file, boolean baseline) {
    PerSent.Read read = PerSent.read(file);
    List<PerSent.Document> documents = read.documents();
    ArticleAnnotator annotator = new ArticleAnnotator();
    MacroF1 ours = new MacroF1(3);
    int found = 0;
    List<List<String>> targetSentences = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < documents.size(); i++) {
      PerSent.Document document = documents.get(i);
      AnnotatedArticle annotated = annotator.annotate(document.text());
      targetSentences.add(sentencesNaming(annotated, document.target()));
      ArticleActor actor = targetActor(annotated.actors(), document);
      if (actor != null) {
        found++;
      }
      int predicted =
          actor == null || actor.sentimentMentions() == 0
              ? 1
              : ActorSentimentModel.CLASSES.indexOf(actor.sentimentLabel());
      ours.add(document.label(), predicted);
      if ((i + 1) % 50 == 0) {
        LOG.info(
            "evaluate actor-sentiment: {}/{} articles ({} s)",
            i + 1,
            documents.size(),
            (System.nanoTime() - started) / 1_000_000_000L);
      }
    }
    MacroF1 theirs = new MacroF1(3);
    if (baseline) {
      AtomicInteger done = new AtomicInteger();
      long baselineStarted = System.nanoTime();
      int[] predicted =
          targetSentences.parallelStream()
              .mapToInt(
                  sentences -> {
                    int label = coreNlpMajority(sentences);
                    int n = done.incrementAndGet();
                    if (n % 50 == 0) {
                      LOG.info(
                          "evaluate actor-sentiment: CoreNLP baseline {}/{} articles ({} s)",
                          n,
                          targetSentences.size(),
                          (System.nanoTime() - baselineStarted) / 1_000_000_000L);
                    }
                    return label;
                  })
              .toArray();
      for (int i = 0; i < documents.size(); i++) {
        theirs.add(documents.get(i).label(), predicted[i]);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "articles %d (rows without a label skipped: %d); target found as an actor in %d",
            documents.size(),
            read.skipped(),
            found));
    lines.add(perClass("parallax", ours));
    if (baseline) {
      lines.add(perClass("corenlp sentiment (baseline)", theirs));
    }
    lines.add(lastLine(DataSetNames.of(file), ours, baseline ? theirs : null));
    return lines;
  }

  private static final int BASELINE_SENTENCES = 3;

  /**
   * The article's actor that is its target: the same person key; else one named by the target's
   * given name alone (Thai usage: "Thaksin" for Thaksin Shinawatra); else one with a surface form
   * ending in the target's family name.
   */
  static ArticleActor targetActor(List<ArticleActor> actors, PerSent.Document document) {
    ActorNames.PersonName target = ActorNames.splitRole(ActorNames.tokens(document.target()));
    String id = "person:" + ActorNames.personKey(target);
    List<String> wanted = new ArrayList<>(List.of(id));
    if (!target.givenName().isEmpty()) {
      wanted.add(
          "person:" + ActorNames.personKey(ActorNames.splitRole(List.of(target.givenName()))));
    }
    for (String key : wanted) {
      for (ArticleActor actor : actors) {
        if (actor.actorId().equals(key) || actor.actorId().startsWith(key + "|")) {
          return actor;
        }
      }
    }
    String surname = target.surname().toLowerCase(Locale.ROOT);
    for (ArticleActor actor : actors) {
      if (actor.surfaceForms().stream()
          .anyMatch(form -> form.toLowerCase(Locale.ROOT).endsWith(surname))) {
        return actor;
      }
    }
    return null;
  }

  /** The first sentences of the article that name the target by family name. */
  private static List<String> sentencesNaming(AnnotatedArticle article, String target) {
    String surname = ActorNames.splitRole(ActorNames.tokens(target)).surname();
    List<String> naming = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (naming.size() < BASELINE_SENTENCES && sentence.text().contains(surname)) {
        naming.add(sentence.text());
      }
    }
    return naming;
  }

  /** CoreNLP's classes of the sentences, by majority; ties and no sentences are neutral. */
  private static int coreNlpMajority(List<String> sentences) {
    int[] votes = new int[3];
    for (String sentence : sentences) {
      votes[coreNlp(sentence)]++;
    }
    if (votes[0] > votes[1] && votes[0] > votes[2]) {
      return 0;
    }
    return votes[2] > votes[1] && votes[2] > votes[0] ? 2 : 1;
  }

  private static String lastLine(String name, MacroF1 ours, MacroF1 theirs) {
    return String.format(
            Locale.ROOT, "actor-sentiment %s n=%d macro_f1=%.3f", name, ours.n(), ours.macroF1())
        + (theirs != null
            ? String.format(Locale.ROOT, " baseline_macro_f1=%.3f", theirs.macroF1())
            : "");
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
