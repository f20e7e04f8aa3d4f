package io.parallax.spark;

import io.parallax.annotate.SentenceEmbeddings;
import io.parallax.compare.FrameFeatures;
import io.parallax.compare.FrameModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.SparkSession;

/**
 * `train frames`: fits a shipped frame model (over words, or with {@code embeddings} over sentence
 * embeddings) on a whole Narrative Frames TSV, with the features, class weights and regularisation
 * that `evaluate frames` cross-validates, and writes it with a header saying how it was made and
 * what the cross-validation measured.
 */
public final class FrameTrainer {
  private FrameTrainer() {}

  public static List<String> train(Path data, Path output, boolean embeddings) {
    List<FrameEvaluation.Article> read = FrameEvaluation.read(data);
    List<FrameEvaluation.Labelled> articles =
        embeddings ? FrameEvaluation.embedded(read) : FrameEvaluation.words(read);
    double regParam = embeddings ? FrameEvaluation.EMBEDDING_REG_PARAM : FrameEvaluation.REG_PARAM;
    SparkSession spark = SparkSessions.local();
    try {
      double macroF1 = FrameEvaluation.macroF1(spark, articles, embeddings);
      Map<String, Integer> vocabulary = FrameEvaluation.vocabulary(articles);
      Map<String, double[]> weights = new HashMap<>();
      vocabulary.keySet().forEach(w -> weights.put(w, new double[FrameFeatures.FRAMES.size()]));
      double[] intercepts = new double[FrameFeatures.FRAMES.size()];
      for (int f = 0; f < intercepts.length; f++) {
        LogisticRegressionModel model =
            FrameEvaluation.fit(spark, articles, vocabulary, f, regParam, embeddings);
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
              "made by: parallax train frames --data "
                  + data.getFileName()
                  + (embeddings ? " --embeddings" : ""),
              "training data: Narrative Frames Corpus (Frermann, Li, Khanehzar & Mikolajczak, ACL"
                  + " 2023; MIT), sha256 "
                  + ActorSentimentTrainer.sha256(data)
                  + ", "
                  + articles.size()
                  + " labelled articles",
              embeddings
                  ? "features: io.parallax.compare.FrameEmbeddingFeatures ("
                      + SentenceEmbeddings.DESCRIPTION
                      + "), "
                      + vocabulary.size()
                      + ", standardised"
                  : "features: io.parallax.compare.FrameFeatures, words in >= 3 articles: "
                      + vocabulary.size(),
              String.format(
                  Locale.ROOT,
                  "regParam %.3f, balanced class weights; 5-fold cross-validation (seed 7):"
                      + " macro_f1=%.3f",
                  regParam,
                  macroF1));
      ActorSentimentTrainer.writeModelFile(output, model.toTsv(header));
      List<String> lines = new ArrayList<>();
      lines.add("wrote " + output + " (" + vocabulary.size() + " features)");
      lines.add(
          String.format(
              Locale.ROOT,
              "train frames %s n=%d features=%d macro_f1=%.3f",
              io.parallax.evaluate.DataSetNames.of(data),
              articles.size(),
              vocabulary.size(),
              macroF1));
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      spark.stop();
    }
  }
}
