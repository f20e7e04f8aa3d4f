package io.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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

  /** The model shipped in the jar. */
  public static FrameModel shipped() {
    return Shipped.MODEL;
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

  /** Writes the model as TSV: header comments, `frames`, `intercept`, then one line per word. */
  public String toTsv(List<String> header) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append("# ").append(line).append('\n'));
    out.append("frames\t").append(String.join("\t", FrameFeatures.FRAMES)).append('\n');
    out.append("intercept");
    for (double b : intercepts) {
      out.append('\t').append((float) b);
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

  public static FrameModel fromTsv(BufferedReader reader) throws IOException {
    Map<String, double[]> weights = new HashMap<>();
    double[] intercepts = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#") || line.startsWith("frames\t") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != FrameFeatures.FRAMES.size() + 1) {
        throw new IOException("frame model line has " + fields.length + " fields: " + line);
      }
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
      throw new IOException("frame model file has no intercept line");
    }
    return new FrameModel(weights, intercepts);
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
    InputStream in = FrameModel.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE + " is not on the classpath; train it with 'parallax train frames'");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static final class Shipped {
    static final FrameModel MODEL = load();

    private static FrameModel load() {
      try (BufferedReader reader = open()) {
        return fromTsv(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
