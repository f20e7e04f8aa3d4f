package io.parallax.spark;

import io.parallax.compare.BiasModel;
import io.parallax.evaluate.DataSetNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.SparkSession;

/**
 * `train bias-sentences`: fits the word-choice {@link BiasModel} on a whole BABE CSV, with the
 * features, class weights and regularisation `evaluate bias-sentences` cross-validates, and writes
 * it where the user says (none ships: BABE is AGPL-3.0), with a header saying how it was made and
 * what the cross-validation measured.
 */
public final class BiasModelTrainer {
  private BiasModelTrainer() {}

  /** In a local Spark session of its own, stopped at the end. */
  public static List<String> train(Path data, Path output) {
    // A file that is no BABE CSV fails here, before Spark starts.
    List<BiasSentenceEvaluation.Sentence> read = BiasSentenceEvaluation.read(data);
    SparkSession spark = SparkSessions.local();
    try {
      return train(spark, data, read, output);
    } finally {
      spark.stop();
    }
  }

  static List<String> train(SparkSession spark, Path data, Path output) {
    return train(spark, data, BiasSentenceEvaluation.read(data), output);
  }

  private static List<String> train(
      SparkSession spark, Path data, List<BiasSentenceEvaluation.Sentence> read, Path output) {
    List<FrameEvaluation.Labelled> sentences = BiasSentenceEvaluation.embedded(read);
    try {
      boolean[] predicted =
          FrameEvaluation.predictions(
              spark,
              sentences,
              0,
              BiasSentenceEvaluation.MODEL_REG_PARAM,
              true,
              FrameEvaluation.FOLDS);
      boolean[] gold = BiasSentenceEvaluation.goldOf(read);
      long biased = read.stream().filter(BiasSentenceEvaluation.Sentence::biased).count();
      double macroF1 = BiasSentenceEvaluation.macroF1(gold, predicted);
      Map<String, Integer> features = FrameEvaluation.vocabulary(sentences);
      LogisticRegressionModel fitted =
          FrameEvaluation.fit(
              spark, sentences, features, 0, BiasSentenceEvaluation.MODEL_REG_PARAM, true);
      double[] coefficients = fitted.coefficients().toArray();
      Map<String, Double> weights = new HashMap<>();
      features.forEach((name, index) -> weights.put(name, coefficients[index]));
      BiasModel model = BiasModel.of(weights, fitted.intercept());
      List<String> header =
          List.of(
              "Parallax word-choice bias model (binary logistic regression, Spark MLlib)",
              "made by: parallax train bias-sentences --data " + data.getFileName(),
              "training data: BABE (Spinde et al., Findings of EMNLP 2021; AGPL-3.0), sha256 "
                  + ActorSentimentTrainer.sha256(data)
                  + ", "
                  + sentences.size()
                  + " labelled sentences ("
                  + biased
                  + " biased); this file is made from it, so do not publish it as Parallax's",
              "features: the sentence's embedding by "
                  + BiasModel.ENCODER.description
                  + ", standardised",
              String.format(
                  Locale.ROOT,
                  "regParam %.1f, balanced class weights; 5-fold cross-validation (seed 7):"
                      + " macro_f1=%.3f",
                  BiasSentenceEvaluation.MODEL_REG_PARAM,
                  macroF1));
      ActorSentimentTrainer.writeModelFile(output, model.toTsv(header));
      return List.of(
          "wrote " + output + "; the job uses it with compare.bias.model=" + output,
          String.format(
              Locale.ROOT,
              "train bias-sentences %s n=%d macro_f1=%.3f",
              DataSetNames.of(data),
              sentences.size(),
              macroF1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
