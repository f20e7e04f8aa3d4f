package io.parallax.spark;

import io.parallax.compare.ClaimFeatures;
import io.parallax.compare.OmissionModel;
import io.parallax.evaluate.OmissionPairs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The omission model ({@link OmissionModel}): trained by Spark MLlib's logistic regression on hand
 * labels of which facts each outlet leaves out, and measured on them event by event: each event's
 * pairs are judged by a model trained on the other events only, so no figure comes from a model
 * that saw the event it is scored on.
 */
public final class OmissionModelTrainer {
  /** L2 penalty, on standardised features: chosen by the by-event cross-validation below. */
  static final double REG_PARAM = 0.05;

  private OmissionModelTrainer() {}

  /** A model of every pair given. */
  public static OmissionModel fit(SparkSession spark, List<OmissionPairs.Pair> pairs) {
    List<Row> rows = new ArrayList<>();
    for (OmissionPairs.Pair p : pairs) {
      rows.add(RowFactory.create(p.omitted() ? 1.0 : 0.0, Vectors.dense(p.features())));
    }
    StructType schema =
        new StructType()
            .add("label", DataTypes.DoubleType, false)
            .add("features", SQLDataTypes.VectorType(), false);
    LogisticRegressionModel model =
        new LogisticRegression()
            .setRegParam(REG_PARAM)
            .setStandardization(true)
            .setMaxIter(200)
            .fit(spark.createDataFrame(rows, schema));
    return new OmissionModel(model.coefficients().toArray(), model.intercept());
  }

  /** Each pair's confidence from a model trained on the other events' pairs. */
  static double[] byEvent(SparkSession spark, List<OmissionPairs.Pair> pairs) {
    double[] confidence = new double[pairs.size()];
    for (int event : new TreeSet<>(pairs.stream().map(OmissionPairs.Pair::event).toList())) {
      OmissionModel model = fit(spark, pairs.stream().filter(p -> p.event() != event).toList());
      for (int i = 0; i < pairs.size(); i++) {
        OmissionPairs.Pair p = pairs.get(i);
        if (p.event() == event) {
          confidence[i] =
              model.confidence(new ClaimFeatures.Scored(p.features(), -1, p.features()[0]));
        }
      }
    }
    return confidence;
  }

  /** Precision, recall and F1 of flags against a truth. */
  record Scores(double precision, double recall, double f1, long flagged) {
    static Scores of(
        boolean[] flagged, List<OmissionPairs.Pair> pairs, Predicate<OmissionPairs.Pair> truth) {
      long tp = 0;
      long flags = 0;
      long positives = 0;
      for (int i = 0; i < pairs.size(); i++) {
        boolean gold = truth.test(pairs.get(i));
        positives += gold ? 1 : 0;
        flags += flagged[i] ? 1 : 0;
        tp += flagged[i] && gold ? 1 : 0;
      }
      double p = flags == 0 ? 0 : tp / (double) flags;
      double r = positives == 0 ? 0 : tp / (double) positives;
      return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), flags);
    }

    String show(String prefix) {
      return String.format(
          Locale.ROOT,
          "%sprecision=%.3f %srecall=%.3f %sf1=%.3f",
          prefix,
          precision,
          prefix,
          recall,
          prefix,
          f1);
    }
  }

  /** Precision at the first rank where recall reaches {@code recall}: threshold-free. */
  static double precisionAtRecall(
      double[] confidence, List<OmissionPairs.Pair> pairs, double recall) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -confidence[i]));
    long positives = pairs.stream().filter(OmissionPairs.Pair::omitted).count();
    long tp = 0;
    for (int k = 0; k < order.size(); k++) {
      tp += pairs.get(order.get(k)).omitted() ? 1 : 0;
      if (tp >= recall * positives) {
        return tp / (double) (k + 1);
      }
    }
    return 0;
  }

  /**
   * `evaluate omission-pairs`: the model by event at {@code minConfidence}, the containment rule it
   * replaces, and flagging every pair, each under the strict and the lenient reading.
   */
  public static List<String> evaluate(
      SparkSession spark, List<OmissionPairs.Pair> pairs, double minConfidence) {
    double[] confidence = byEvent(spark, pairs);
    boolean[] model = new boolean[pairs.size()];
    boolean[] rule = new boolean[pairs.size()];
    boolean[] all = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      model[i] = confidence[i] >= minConfidence;
      rule[i] = pairs.get(i).flaggedByContainmentRule();
      all[i] = true;
    }
    Predicate<OmissionPairs.Pair> strict = OmissionPairs.Pair::omitted;
    Predicate<OmissionPairs.Pair> lenient = OmissionPairs.Pair::omittedOrPartly;
    long events = pairs.stream().map(OmissionPairs.Pair::event).distinct().count();
    long omitted = pairs.stream().filter(strict).count();
    long partly = pairs.stream().filter(lenient).count() - omitted;
    Scores modelStrict = Scores.of(model, pairs, strict);
    Scores baselineStrict = Scores.of(all, pairs, strict);
    Scores modelLenient = Scores.of(model, pairs, lenient);
    Scores baselineLenient = Scores.of(all, pairs, lenient);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "pairs %d over %d events: omitted %d, partly %d, reported %d (facts only)",
            pairs.size(),
            events,
            omitted,
            partly,
            pairs.size() - omitted - partly));
    lines.add(
        "flag every pair (baseline): strict "
            + baselineStrict.show("")
            + "; lenient "
            + baselineLenient.show(""));
    lines.add(
        "containment rule (no sentence holds half the claim, the compare stage before its model):"
            + " strict "
            + Scores.of(rule, pairs, strict).show("")
            + String.format(
                Locale.ROOT,
                " flagged=%.2f",
                Scores.of(rule, pairs, strict).flagged() / (double) pairs.size())
            + "; lenient "
            + Scores.of(rule, pairs, lenient).show(""));
    lines.add(
        String.format(
            Locale.ROOT,
            "model, each event judged by a model trained on the others, confidence >= %.2f:"
                + " strict %s flagged=%.2f; lenient %s; threshold-free strict precision at recall"
                + " 0.6=%.3f",
            minConfidence,
            modelStrict.show(""),
            modelStrict.flagged() / (double) pairs.size(),
            modelLenient.show(""),
            precisionAtRecall(confidence, pairs, 0.6)));
    lines.add(
        String.format(
            Locale.ROOT,
            "omission-pairs n=%d events=%d min_confidence=%.2f %s baseline_f1=%.3f %s"
                + " lenient_baseline_f1=%.3f",
            pairs.size(),
            events,
            minConfidence,
            modelStrict.show(""),
            baselineStrict.f1(),
            modelLenient.show("lenient_"),
            baselineLenient.f1()));
    return lines;
  }

  /** `train omissions`: fits every pair, writes the model with how it was made and measured. */
  public static List<String> train(
      SparkSession spark,
      List<OmissionPairs.Pair> pairs,
      double minConfidence,
      Path gold,
      Path to) {
    List<String> figures = evaluate(spark, pairs, minConfidence);
    OmissionModel model = fit(spark, pairs);
    List<String> header = new ArrayList<>();
    header.add("Parallax omission model (binary logistic regression, Spark MLlib)");
    header.add("made by: parallax train omissions --gold " + gold.getFileName() + " --basil basil");
    header.add(
        "training data: hand labels of omitted facts over BASIL events (Fan et al., EMNLP 2019),"
            + " "
            + pairs.size()
            + " sentence x other-outlet pairs, facts only; label: omitted (strict)");
    header.add(
        "features: io.parallax.compare.ClaimFeatures; regParam " + REG_PARAM + ", standardised");
    header.add("by-event cross-validation: " + figures.get(figures.size() - 1));
    try {
      Files.createDirectories(to.toAbsolutePath().getParent());
      Files.writeString(to, model.toTsv(header));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>(figures);
    out.add("wrote " + to);
    return out;
  }
}
