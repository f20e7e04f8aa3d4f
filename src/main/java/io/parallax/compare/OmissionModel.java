package io.parallax.compare;

import io.parallax.annotate.LinearModelFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Whether another outlet leaves a claim out: a logistic regression over {@link ClaimFeatures},
 * trained on hand labels of which facts each outlet of an event reports (`parallax train
 * omissions`, on `../shared/data/omission-gold` over BASIL). Its output is the row's confidence
 * that the fact is omitted.
 */
public final class OmissionModel implements java.io.Serializable {
  public static final String RESOURCE = "io/parallax/compare/omission-model.tsv";
  private static final String TRAIN = "parallax train omissions";
  private static final String OUTPUTS = "classes";

  private final double[] weights;
  private final double intercept;

  public OmissionModel(double[] weights, double intercept) {
    if (weights.length != ClaimFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "an omission model has "
              + ClaimFeatures.NAMES.size()
              + " weights, one per claim feature, not "
              + weights.length);
    }
    this.weights = weights.clone();
    this.intercept = intercept;
  }

  /** The model in the jar. */
  public static OmissionModel shipped() {
    return Shipped.MODEL;
  }

  /** The probability that the other outlet leaves the claim out. */
  public double confidence(ClaimFeatures.Scored claim) {
    double sum = intercept;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * claim.values()[i];
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /** Writes the model as TSV ({@link LinearModelFile}). */
  public String toTsv(List<String> header) {
    Map<String, double[]> byName = new java.util.TreeMap<>();
    for (int i = 0; i < weights.length; i++) {
      byName.put(ClaimFeatures.NAMES.get(i), new double[] {weights[i]});
    }
    return LinearModelFile.write(
        header, OUTPUTS, List.of("omitted"), byName, new double[] {intercept});
  }

  public static OmissionModel fromTsv(BufferedReader reader) throws IOException {
    LinearModelFile.Contents model = LinearModelFile.read(reader, OUTPUTS, 1);
    double[] weights = new double[ClaimFeatures.NAMES.size()];
    for (int i = 0; i < weights.length; i++) {
      double[] w = model.weights().get(ClaimFeatures.NAMES.get(i));
      if (w == null) {
        throw new IOException("the omission model has no weight for " + ClaimFeatures.NAMES.get(i));
      }
      weights[i] = w[0];
    }
    return new OmissionModel(weights, model.intercepts()[0]);
  }

  /** The header lines of the shipped model: how it was trained. */
  public static List<String> shippedHeader() {
    return LinearModelFile.header(RESOURCE, TRAIN);
  }

  private static final class Shipped {
    static final OmissionModel MODEL =
        LinearModelFile.load(RESOURCE, TRAIN, OmissionModel::fromTsv);
  }
}
