package io.parallax.compare;

import io.parallax.annotate.LinearModelFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How strongly an article uses each of the five generic news frames ({@link FrameFeatures#FRAMES}):
 * one binary logistic regression per frame over {@link FrameFeatures}, trained with Spark MLlib on
 * the Narrative Frames corpus (`parallax train frames`; how, and on what, is in the model file's
 * header). A score is the probability that the frame is present. Inference is a dot product and a
 * sigmoid per frame: no Spark, loaded once per JVM from the classpath.
 */
public final class FrameModel {
  public static final String RESOURCE = "io/parallax/compare/frame-model.tsv";

  /** The model over sentence embeddings ({@link FrameEmbeddingFeatures}). */
  public static final String EMBEDDINGS_RESOURCE = "io/parallax/compare/frame-model-embeddings.tsv";

  private static final String TRAIN = "parallax train frames";

  private final Map<String, double[]> weights;
  private final double[] intercepts;

  public FrameModel(Map<String, double[]> weights, double[] intercepts) {
    if (intercepts.length != FrameFeatures.FRAMES.size()) {
      throw new IllegalArgumentException(
          "a frame model has one intercept per frame, not " + intercepts.length);
    }
    this.weights = Map.copyOf(weights);
    this.intercepts = intercepts.clone();
  }

  /**
   * The model shipped in the jar: over words ({@link FrameFeatures}), or over sentence embeddings
   * ({@link FrameEmbeddingFeatures}, `compare.frames.embeddings`).
   */
  public static FrameModel shipped(boolean embeddings) {
    return embeddings ? ShippedWithEmbeddings.MODEL : Shipped.MODEL;
  }

  /** The probability of each frame, by name, in {@link FrameFeatures#FRAMES} order. */
  public Map<String, Double> scores(String text, Set<String> stopWords) {
    return scores(FrameFeatures.of(text, stopWords));
  }

  public Map<String, Double> scores(Map<String, Double> features) {
    double[] sums = intercepts.clone();
    for (Map.Entry<String, Double> feature : features.entrySet()) {
      double[] w = weights.get(feature.getKey());
      if (w != null) {
        for (int f = 0; f < sums.length; f++) {
          sums[f] += w[f] * feature.getValue();
        }
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int f = 0; f < sums.length; f++) {
      scores.put(FrameFeatures.FRAMES.get(f), 1 / (1 + Math.exp(-sums[f])));
    }
    return scores;
  }

  /** Writes the model as TSV ({@link LinearModelFile}). */
  public String toTsv(List<String> header) {
    return LinearModelFile.write(header, "frames", FrameFeatures.FRAMES, weights, intercepts);
  }

  public static FrameModel fromTsv(BufferedReader reader) throws IOException {
    LinearModelFile.Contents model =
        LinearModelFile.read(reader, "frames", FrameFeatures.FRAMES.size());
    return new FrameModel(model.weights(), model.intercepts());
  }

  /** The header lines of a shipped model: how it was trained. */
  public static List<String> shippedHeader(boolean embeddings) {
    return LinearModelFile.header(embeddings ? EMBEDDINGS_RESOURCE : RESOURCE, TRAIN);
  }

  private static final class Shipped {
    static final FrameModel MODEL = LinearModelFile.load(RESOURCE, TRAIN, FrameModel::fromTsv);
  }

  private static final class ShippedWithEmbeddings {
    static final FrameModel MODEL =
        LinearModelFile.load(EMBEDDINGS_RESOURCE, TRAIN, FrameModel::fromTsv);
  }
}
