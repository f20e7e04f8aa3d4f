package io.parallax.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Annotates one article's clean text with CoreNLP: sentences (line breaks always end one) and
 * named-entity mentions, resolved into canonical actors by {@link ActorResolver}. NER runs with
 * coarse types only (`ner.applyFineGrained=false`), no SUTime and no numeric classifiers: on this
 * project's machines the fine-grained rules cost about 4x the time (710 vs 2,600 tokens/s) for
 * types no stage uses yet.
 */
public final class ArticleAnnotator {
  /** Tokens before a mention searched for its role ("Deputy Foreign Minister"). */
  private static final int ROLE_WINDOW = 8;

  public static Properties properties() {
    Properties properties = SentenceSplitter.properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "true");
    return properties;
  }

  private final StanfordCoreNLP pipeline;
  private final boolean metonymy;
  private final boolean sentimentEmbeddings;

  /** The default settings: metonymy on, as `annotate.actors.metonymy` defaults. */
  public ArticleAnnotator() {
    this(true);
  }

  /** With {@code metonymy} on, "Washington warned" names the United States' actor. */
  public ArticleAnnotator(boolean metonymy) {
    this(properties(), metonymy, false);
  }

  /**
   * With {@code sentimentEmbeddings} on, sentiment toward actors comes from the model over words
   * and sentence embeddings (`annotate.actor-sentiment.embeddings`).
   */
  public ArticleAnnotator(boolean metonymy, boolean sentimentEmbeddings) {
    this(properties(), metonymy, sentimentEmbeddings);
  }

  /**
   * An annotator with other CoreNLP settings; the benchmark uses it for CoreNLP's stock pipeline.
   */
  public ArticleAnnotator(Properties properties, boolean metonymy, boolean sentimentEmbeddings) {
    this.pipeline = CoreNlpPipelines.get(properties);
    this.metonymy = metonymy;
    this.sentimentEmbeddings = sentimentEmbeddings;
  }

  public AnnotatedArticle annotate(String text) {
    Annotation document = new Annotation(LongTokens.blankOut(text));
    pipeline.annotate(document);
    List<Mention> mentions = mentions(document);
    ActorResolver.Resolution resolution = ActorResolver.resolveMentions(mentions, metonymy);
    List<List<Token>> tokens = tokens(document);
    List<Quote> quotes =
        QuoteExtractor.extract(text, tokens, mentions, resolution.actorOf(), resolution.actors());
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.sentencesOf(document, text)) {
      sentences.add(
          sentence.withSentiment(SentimentLexicon.compound(tokens.get(sentence.index()))));
    }
    List<ArticleActor> actors = withSentiment(resolution, tokens, sentimentEmbeddings);
    return new AnnotatedArticle(sentences, actors, actorMentions(resolution), quotes);
  }

  private static List<ActorMention> actorMentions(ActorResolver.Resolution resolution) {
    List<ActorMention> named = new ArrayList<>();
    resolution
        .actorOf()
        .forEach(
            (mention, actorId) ->
                named.add(
                    new ActorMention(
                        actorId, mention.text(), mention.charBegin(), mention.charEnd())));
    named.sort(Comparator.comparingInt(ActorMention::charBegin));
    return named;
  }

  /** Each actor's sentiment: its mentions scored by the target-sentiment model, averaged. */
  private static List<ArticleActor> withSentiment(
      ActorResolver.Resolution resolution, List<List<Token>> sentences, boolean embeddings) {
    ActorSentimentModel model = ActorSentimentModel.shipped(embeddings);
    List<String> actorOfTarget = new ArrayList<>();
    List<TargetFeatures.Target> targets = new ArrayList<>();
    for (Map.Entry<Mention, String> entry : resolution.actorOf().entrySet()) {
      Mention mention = entry.getKey();
      for (List<Token> tokens : sentences) {
        if (tokens.get(0).begin() <= mention.charBegin()
            && mention.charEnd() <= tokens.get(tokens.size() - 1).end()) {
          targets.add(new TargetFeatures.Target(tokens, mention.charBegin(), mention.charEnd()));
          actorOfTarget.add(entry.getValue());
          break;
        }
      }
    }
    List<Map<String, Double>> features = TargetFeatures.ofAll(targets, embeddings);
    Map<String, double[]> sums = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      if (!features.get(i).isEmpty()) {
        double[] p = model.probabilities(features.get(i));
        double[] sum = sums.computeIfAbsent(actorOfTarget.get(i), id -> new double[p.length]);
        for (int k = 0; k < p.length; k++) {
          sum[k] += p[k];
        }
        counts.merge(actorOfTarget.get(i), 1, Integer::sum);
      }
    }
    List<ArticleActor> actors = new ArrayList<>();
    for (ArticleActor actor : resolution.actors()) {
      double[] sum = sums.get(actor.actorId());
      if (sum == null) {
        actors.add(actor);
        continue;
      }
      int n = counts.get(actor.actorId());
      double score = (sum[2] - sum[0]) / n;
      String label = ActorSentimentModel.CLASSES.get(ActorSentimentModel.label(sum));
      actors.add(actor.withSentiment(score, label, n));
    }
    return actors;
  }

  private static List<List<Token>> tokens(Annotation document) {
    List<List<Token>> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue; // as SentenceSplitter skips it, so sentence indexes agree
      }
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : labels) {
        String ner = label.ner();
        tokens.add(
            new Token(
                label.originalText(),
                label.tag() == null ? "" : label.tag(),
                label.lemma() == null ? label.originalText() : label.lemma(),
                ner == null ? "O" : ner,
                label.beginPosition(),
                label.endPosition()));
      }
      sentences.add(tokens);
    }
    return sentences;
  }

  /** The word before token `first`, skipping a "the" ("at the White House" gives "at"). */
  private static String wordBefore(List<CoreLabel> tokens, int first) {
    int i = first - 1;
    if (i >= 0 && tokens.get(i).word().equalsIgnoreCase("the")) {
      i--;
    }
    return i < 0 ? "" : tokens.get(i).word();
  }

  private static List<Mention> mentions(Annotation document) {
    List<Mention> mentions = new ArrayList<>();
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreMap> entities = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (entities == null) {
        continue;
      }
      for (CoreMap entity : entities) {
        int begin = entity.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = entity.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (ActorNames.isDateline(text, begin, end)) {
          continue; // where the story was filed, not who is in it
        }
        List<CoreLabel> entityTokens = entity.get(CoreAnnotations.TokensAnnotation.class);
        int first = entityTokens.get(0).index() - 1;
        List<String> before = new ArrayList<>();
        for (CoreLabel token : tokens.subList(Math.max(0, first - ROLE_WINDOW), first)) {
          before.add(token.originalText());
        }
        mentions.add(
            new Mention(
                entity.get(CoreAnnotations.EntityTypeAnnotation.class),
                entity.get(CoreAnnotations.TextAnnotation.class),
                ActorNames.roleBefore(before),
                begin,
                end,
                wordBefore(tokens, first)));
      }
    }
    return mentions;
  }
}
