package io.parallax.spark;

import io.parallax.compare.FrameFeatures;
import io.parallax.compare.FrameModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.SparkSession;

/**
 * `train frames`: fits the shipped frame model on a whole Narrative Frames TSV, with the features,
 * class weights and regularisation that `evaluate frames` cross-validates, and writes it with a
 * header saying how it was made and what the cross-validation measured.
 */
public final class FrameTrainer {
  private FrameTrainer() {}

  public static List<String> train(Path data, Path output) {
    List<FrameEvaluation.Labelled> articles = FrameEvaluation.read(data, StopWords.ENGLISH);
    SparkSession spark = SparkSessions.local();
    try {
      List<String> evaluation = FrameEvaluation.run(spark, data, articles);
      String crossValidated = evaluation.get(evaluation.size() - 1);
      Map<String, Integer> vocabulary = FrameEvaluation.vocabulary(articles);
      Map<String, double[]> weights = new HashMap<>();
      vocabulary.keySet().forEach(w -> weights.put(w, new double[FrameFeatures.FRAMES.size()]));
      double[] intercepts = new double[FrameFeatures.FRAMES.size()];
      for (int f = 0; f < intercepts.length; f++) {
        LogisticRegressionModel model = FrameEvaluation.fit(spark, articles, vocabulary, f);
        double[] coefficients = model.coefficients().toArray();
        for (Map.Entry<String, Integer> word : vocabulary.entrySet()) {
          weights.get(word.getKey())[f] = coefficients[word.getValue()];
        }
        intercepts[f] = model.intercept();
      }
      FrameModel model = new FrameModel(weights, intercepts);
      List<String> header =
          List.of(
              "Parallax frame model (one binary logistic regression per frame, Spark MLlib)",
              "made by: parallax train frames --data " + data.getFileName(),
              "training data: Narrative Frames Corpus (Frermann, Li, Khanehzar & Mikolajczak, ACL"
                  + " 2023; MIT), sha256 "
                  + ActorSentimentTrainer.sha256(data)
                  + ", "
                  + articles.size()
                  + " labelled articles",
              "features: io.parallax.compare.FrameFeatures, words in >= 3 articles: "
                  + vocabulary.size(),
              String.format(
                  Locale.ROOT,
                  "regParam %.3f, balanced class weights; 5-fold cross-validation: %s",
                  FrameEvaluation.REG_PARAM,
                  crossValidated));
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.writeString(output, model.toTsv(header), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(evaluation);
      lines.add("wrote " + output + " (" + vocabulary.size() + " words)");
      lines.add(
          String.format(
              Locale.ROOT,
              "train frames %s n=%d words=%d",
              io.parallax.evaluate.DataSetNames.of(data),
              articles.size(),
              vocabulary.size()));
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      spark.stop();
    }
  }
}
