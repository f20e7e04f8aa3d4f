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
 * The TSV file a shipped linear model lives in: `# ` header lines saying how it was made, a line
 * naming its outputs (`classes`, `frames`), `intercept` with one value per output, then one line
 * per feature with its weight per output. Shared by {@link ActorSentimentModel} and the frame
 * model.
 */
public final class LinearModelFile {
  /** A model's weights by feature and its intercepts, one value per output each. */
  public record Contents(Map<String, double[]> weights, double[] intercepts) {}

  private LinearModelFile() {}

  /** The file's text; weights are written as floats, intercepts in full. */
  public static String write(
      List<String> header,
      String outputsKey,
      List<String> outputs,
      Map<String, double[]> weights,
      double[] intercepts) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append("# ").append(line).append('\n'));
    out.append(outputsKey).append('\t').append(String.join("\t", outputs)).append('\n');
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

  /** Reads a model of {@code outputs} values per line, checking every line has that many. */
  public static Contents read(BufferedReader reader, String outputsKey, int outputs)
      throws IOException {
    Map<String, double[]> weights = new HashMap<>();
    double[] intercepts = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#") || line.startsWith(outputsKey + "\t") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != outputs + 1) {
        throw new IOException(
            "model line has " + fields.length + " fields, not " + (outputs + 1) + ": " + line);
      }
      double[] values = new double[outputs];
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
    return new Contents(weights, intercepts);
  }

  /** The header lines of a model file on the classpath: how it was trained. */
  public static List<String> header(String resource, String trainCommand) {
    List<String> header = new ArrayList<>();
    try (BufferedReader reader = open(resource, trainCommand)) {
      String line;
      while ((line = reader.readLine()) != null && line.startsWith("#")) {
        header.add(line.substring(1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return header;
  }

  /** Reads a model from its text. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(BufferedReader reader) throws IOException;
  }

  /**
   * A model file on the classpath, read by {@code parser}; a missing file is an error that says
   * which command trains it.
   */
  public static <T> T load(String resource, String trainCommand, Parser<T> parser) {
    try (BufferedReader reader = open(resource, trainCommand)) {
      return parser.parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model file on the classpath, or an error that says which command trains it. */
  public static BufferedReader open(String resource, String trainCommand) {
    InputStream in = LinearModelFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          resource + " is not on the classpath; train it with '" + trainCommand + "'");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
