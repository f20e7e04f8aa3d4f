package io.parallax.compare;

import io.parallax.annotate.LinearModelFile;
import io.parallax.annotate.SentenceEmbeddings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-choice bias of a sentence as a probability: one binary logistic regression over the
 * sentence's embedding ({@link #ENCODER}), trained with Spark MLlib on BABE by `parallax train
 * bias-sentences` and read from the file `compare.bias.model` names. None ships: BABE is AGPL-3.0,
 * so a team that has its own copy trains its own. Inference is a dot product and a sigmoid; the
 * model is small enough to travel with a Spark task.
 */
public final class BiasModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The encoder whose embeddings the model reads. */
  public static final SentenceEmbeddings.Encoder ENCODER = SentenceEmbeddings.Encoder.E5_SMALL;

  /** The name of embedding dimension {@code d} in the model file: {@code e:d}. */
  static final String PREFIX = "e:";

  private static final String OUTPUTS_KEY = "classes";
  private static final List<String> OUTPUTS = List.of("biased");

  private final double[] weights;
  private final double intercept;

  public BiasModel(double[] weights, double intercept) {
    if (weights.length != SentenceEmbeddings.DIMENSIONS) {
      throw new IllegalArgumentException(
          "a bias model has one weight per embedding dimension ("
              + SentenceEmbeddings.DIMENSIONS
              + "), not "
              + weights.length);
    }
    this.weights = weights.clone();
    this.intercept = intercept;
  }

  /** A sentence embedding as the features the trainer fits: {@code e:0 .. e:383}. */
  public static Map<String, Double> features(float[] embedding) {
    Map<String, Double> features = new HashMap<>();
    SentenceEmbeddings.addTo(features, PREFIX, embedding);
    return features;
  }

  /** The model from the trainer's weights by feature name ({@link #features}). */
  public static BiasModel of(Map<String, Double> weights, double intercept) {
    double[] w = new double[SentenceEmbeddings.DIMENSIONS];
    for (int d = 0; d < w.length; d++) {
      w[d] = weights.getOrDefault(PREFIX + d, 0.0);
    }
    return new BiasModel(w, intercept);
  }

  /** The probability that a sentence of this embedding is biased. */
  public double score(float[] embedding) {
    double sum = intercept;
    for (int d = 0; d < weights.length; d++) {
      sum += weights[d] * embedding[d];
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /** Each sentence's probability of bias, in order; the sentences are encoded here. */
  public double[] scores(List<String> sentences) {
    float[][] embeddings = SentenceEmbeddings.of(ENCODER, sentences);
    double[] scores = new double[embeddings.length];
    for (int i = 0; i < embeddings.length; i++) {
      scores[i] = score(embeddings[i]);
    }
    return scores;
  }

  /** Writes the model as TSV ({@link LinearModelFile}). */
  public String toTsv(List<String> header) {
    Map<String, double[]> byFeature = new HashMap<>();
    for (int d = 0; d < weights.length; d++) {
      byFeature.put(PREFIX + d, new double[] {weights[d]});
    }
    return LinearModelFile.write(header, OUTPUTS_KEY, OUTPUTS, byFeature, new double[] {intercept});
  }

  /** Reads a model file `train bias-sentences` wrote; the message says what is wrong with it. */
  public static BiasModel read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("there is no such file");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return fromTsv(reader);
    } catch (NumberFormatException e) {
      throw new IOException("not a bias model: " + e.getMessage(), e);
    }
  }

  /** Reads a model file; one that lacks a dimension's weight or has an unknown feature fails. */
  public static BiasModel fromTsv(BufferedReader reader) throws IOException {
    LinearModelFile.Contents contents = LinearModelFile.read(reader, OUTPUTS_KEY, OUTPUTS.size());
    double[] w = new double[SentenceEmbeddings.DIMENSIONS];
    for (int d = 0; d < w.length; d++) {
      double[] value = contents.weights().get(PREFIX + d);
      if (value == null) {
        throw new IOException("not a bias model: no weight for " + PREFIX + d);
      }
      w[d] = value[0];
    }
    if (contents.weights().size() != w.length) {
      throw new IOException(
          "not a bias model: "
              + contents.weights().size()
              + " weights, not one per embedding dimension ("
              + w.length
              + ")");
    }
    return new BiasModel(w, contents.intercepts()[0]);
  }
}
