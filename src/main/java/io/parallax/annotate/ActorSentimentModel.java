package io.parallax.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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

  private final Map<String, double[]> weights;
  private final double[] intercepts;

  public ActorSentimentModel(Map<String, double[]> weights, double[] intercepts) {
    this.weights = Map.copyOf(weights);
    this.intercepts = intercepts.clone();
  }

  /** The model shipped in the jar. */
  public static ActorSentimentModel shipped() {
    return Shipped.MODEL;
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

  /** Writes the model as TSV: header comments, `intercept`, then one line per feature. */
  public String toTsv(List<String> header) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append("# ").append(line).append('\n'));
    out.append("classes\t").append(String.join("\t", CLASSES)).append('\n');
    out.append("intercept");
    for (double b : intercepts) {
      out.append('\t').append(b);
    }
    out.append('\n');
    weights.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              out.append(e.getKey());
              for (double w : e.getValue()) {
                out.append('\t').append((float) w);
              }
              out.append('\n');
            });
    return out.toString();
  }

  public static ActorSentimentModel fromTsv(BufferedReader reader) throws IOException {
    Map<String, double[]> weights = new HashMap<>();
    double[] intercepts = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#") || line.startsWith("classes\t") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      double[] values = new double[fields.length - 1];
      for (int k = 1; k < fields.length; k++) {
        values[k - 1] = Double.parseDouble(fields[k]);
      }
      if (fields[0].equals("intercept")) {
        intercepts = values;
      } else {
        weights.put(fields[0], values);
      }
    }
    if (intercepts == null) {
      throw new IOException("model file has no intercept line");
    }
    return new ActorSentimentModel(weights, intercepts);
  }

  /** The header lines of the shipped model: how it was trained. */
  public static List<String> shippedHeader() {
    List<String> header = new ArrayList<>();
    try (BufferedReader reader = open()) {
      String line;
      while ((line = reader.readLine()) != null && line.startsWith("#")) {
        header.add(line.substring(1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return header;
  }

  private static BufferedReader open() {
    InputStream in = ActorSentimentModel.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE + " is not on the classpath; train it with 'parallax train actor-sentiment'");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static final class Shipped {
    static final ActorSentimentModel MODEL = load();

    private static ActorSentimentModel load() {
      try (BufferedReader reader = open()) {
        return fromTsv(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
