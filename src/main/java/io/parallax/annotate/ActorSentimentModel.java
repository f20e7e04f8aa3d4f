package io.parallax.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Sentiment toward a target, from a multinomial logistic regression over {@link TargetFeatures},
 * trained with Spark MLlib on NewsMTSC (`parallax train actor-sentiment`; how, and on what, is in
 * the model file's header). Inference is a dot product per class and a softmax: no Spark, loaded
 * once per JVM from the classpath.
 */
public final class ActorSentimentModel {
  /** Class order of {@link #probabilities}. */
  public static final List<String> CLASSES = List.of("negative", "neutral", "positive");

  public static final String RESOURCE = "io/parallax/annotate/actor-sentiment-model.tsv";

  /** The model over words and sentence embeddings (`annotate.actor-sentiment.embeddings`). */
  public static final String EMBEDDINGS_RESOURCE =
      "io/parallax/annotate/actor-sentiment-model-embeddings.tsv";

  private static final String TRAIN = "parallax train actor-sentiment";

  private final Map<String, double[]> weights;
  private final double[] intercepts;

  public ActorSentimentModel(Map<String, double[]> weights, double[] intercepts) {
    this.weights = Map.copyOf(weights);
    this.intercepts = intercepts.clone();
  }

  /** The model shipped in the jar: over words, or over words and sentence embeddings. */
  public static ActorSentimentModel shipped(boolean embeddings) {
    return embeddings ? ShippedWithEmbeddings.MODEL : Shipped.MODEL;
  }

  /** Probabilities of negative, neutral, positive. */
  public double[] probabilities(Map<String, Double> features) {
    double[] scores = intercepts.clone();
    for (Map.Entry<String, Double> feature : features.entrySet()) {
      double[] w = weights.get(feature.getKey());
      if (w != null) {
        for (int k = 0; k < scores.length; k++) {
          scores[k] += w[k] * feature.getValue();
        }
      }
    }
    double max = Math.max(scores[0], Math.max(scores[1], scores[2]));
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      scores[k] = Math.exp(scores[k] - max);
      sum += scores[k];
    }
    for (int k = 0; k < scores.length; k++) {
      scores[k] /= sum;
    }
    return scores;
  }

  /** The most probable class's index into {@link #CLASSES}. */
  public static int label(double[] probabilities) {
    int best = 0;
    for (int k = 1; k < probabilities.length; k++) {
      if (probabilities[k] > probabilities[best]) {
        best = k;
      }
    }
    return best;
  }

  /** Writes the model as TSV ({@link LinearModelFile}). */
  public String toTsv(List<String> header) {
    return LinearModelFile.write(header, "classes", CLASSES, weights, intercepts);
  }

  public static ActorSentimentModel fromTsv(BufferedReader reader) throws IOException {
    LinearModelFile.Contents model = LinearModelFile.read(reader, "classes", CLASSES.size());
    return new ActorSentimentModel(model.weights(), model.intercepts());
  }

  /** The header lines of a shipped model: how it was trained. */
  public static List<String> shippedHeader(boolean embeddings) {
    return LinearModelFile.header(embeddings ? EMBEDDINGS_RESOURCE : RESOURCE, TRAIN);
  }

  private static final class Shipped {
    static final ActorSentimentModel MODEL =
        LinearModelFile.load(RESOURCE, TRAIN, ActorSentimentModel::fromTsv);
  }

  private static final class ShippedWithEmbeddings {
    static final ActorSentimentModel MODEL =
        LinearModelFile.load(EMBEDDINGS_RESOURCE, TRAIN, ActorSentimentModel::fromTsv);
  }
}
