package io.parallax.spark;

import io.parallax.compare.FrameFeatures;
import io.parallax.errors.ParallaxErrors;
import io.parallax.evaluate.DataSetNames;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * `evaluate frames`: how well word features find the five generic news frames, by 5-fold
 * cross-validation on a Narrative Frames TSV (Frermann et al., ACL 2023; MIT): for each fold and
 * frame a class-weighted logistic regression (Spark MLlib, L2 {@value #REG_PARAM}, fixed, not tuned
 * on the folds) is fitted on the other four folds and predicts the held-out one; per-frame F1 of
 * the frame's presence, and their mean (macro-F1). Folds come from a seed-7 shuffle.
 */
public final class FrameEvaluation {
  /**
   * Light regularisation: cross-validated macro-F1 is flat from 0.001 to 0.1 (0.468–0.480), but at
   * 0.03 every score sits within 0.46–0.51, which leaves a story's frame mix and the divergence
   * between outlets nothing to show; at 0.001 scores spread (0.17–0.52 on the seed articles).
   */
  static final double REG_PARAM = 0.001;

  private static final int FOLDS = 5;
  private static final String[] COLUMNS = {"RE", "HI", "CO", "MO", "EC"};

  record Labelled(Map<String, Double> features, boolean[] frames) {}

  private FrameEvaluation() {}

  public static List<String> run(SparkSession spark, Path file) {
    return run(spark, file, read(file, StopWords.ENGLISH));
  }

  /** As {@link #run(SparkSession, Path)}, on the file's articles already read. */
  static List<String> run(SparkSession spark, Path file, List<Labelled> articles) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(7));
    long[][] counts = new long[COLUMNS.length][3]; // true positive, false positive, false negative
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Labelled> train = new ArrayList<>();
      List<Labelled> test = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        (k % FOLDS == fold ? test : train).add(articles.get(order.get(k)));
      }
      Map<String, Integer> vocabulary = vocabulary(train);
      for (int f = 0; f < COLUMNS.length; f++) {
        LogisticRegressionModel model = fit(spark, train, vocabulary, f);
        for (Labelled article : test) {
          boolean predicted = model.predict(vector(article.features(), vocabulary)) > 0.5;
          boolean gold = article.frames()[f];
          counts[f][predicted && gold ? 0 : predicted ? 1 : gold ? 2 : 0] +=
              predicted || gold ? 1 : 0;
        }
      }
    }
    List<String> lines = new ArrayList<>();
    StringBuilder last =
        new StringBuilder(
            String.format(Locale.ROOT, "frames %s n=%d", DataSetNames.of(file), articles.size()));
    double sum = 0;
    StringBuilder perFrame = new StringBuilder();
    for (int f = 0; f < COLUMNS.length; f++) {
      double p =
          counts[f][0] + counts[f][1] == 0
              ? 0
              : (double) counts[f][0] / (counts[f][0] + counts[f][1]);
      double r =
          counts[f][0] + counts[f][2] == 0
              ? 0
              : (double) counts[f][0] / (counts[f][0] + counts[f][2]);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      sum += f1;
      perFrame.append(String.format(Locale.ROOT, " %s_f1=%.3f", FrameFeatures.FRAMES.get(f), f1));
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: precision %.3f, recall %.3f, F1 %.3f",
              FrameFeatures.FRAMES.get(f),
              p,
              r,
              f1));
    }
    last.append(String.format(Locale.ROOT, " macro_f1=%.3f", sum / COLUMNS.length))
        .append(perFrame);
    lines.add(
        0,
        String.format(
            Locale.ROOT,
            "articles %d, %d-fold cross-validation (seed 7), regParam %.3f",
            articles.size(),
            FOLDS,
            REG_PARAM));
    lines.add(last.toString());
    return lines;
  }

  static List<Labelled> read(Path file, Set<String> stop) {
    if (!Files.isRegularFile(file)) {
      throw ParallaxErrors.evaluationDataNotFound(
          file.toString(),
          "a Narrative Frames TSV, like ../shared/data/narrative-frames/articles_metadata.tsv");
    }
    List<Labelled> articles = new ArrayList<>();
    CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : format.parse(reader)) {
        if (!record.isConsistent()) {
          continue;
        }
        boolean[] frames = new boolean[COLUMNS.length];
        boolean labelled = true;
        for (int f = 0; f < COLUMNS.length; f++) {
          String value = record.get(COLUMNS[f]);
          labelled &= value.equals("True") || value.equals("False");
          frames[f] = value.equals("True");
        }
        if (labelled) {
          articles.add(new Labelled(FrameFeatures.of(record.get("text"), stop), frames));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw ParallaxErrors.evaluationDataNotFound(
          file.toString(), "a Narrative Frames TSV with text, RE, HI, CO, MO, EC columns");
    }
    return articles;
  }

  /** Words in at least three training articles. */
  static Map<String, Integer> vocabulary(List<Labelled> train) {
    Map<String, Integer> df = new HashMap<>();
    train.forEach(a -> a.features().keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
    Map<String, Integer> index = new TreeMap<>();
    df.forEach(
        (w, n) -> {
          if (n >= 3) {
            index.put(w, 0);
          }
        });
    int i = 0;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      e.setValue(i++);
    }
    return index;
  }

  static Vector vector(Map<String, Double> features, Map<String, Integer> vocabulary) {
    TreeMap<Integer, Double> sparse = new TreeMap<>();
    features.forEach(
        (w, v) -> {
          Integer i = vocabulary.get(w);
          if (i != null) {
            sparse.put(i, v);
          }
        });
    return Vectors.sparse(
        vocabulary.size(),
        sparse.keySet().stream().mapToInt(Integer::intValue).toArray(),
        sparse.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  static LogisticRegressionModel fit(
      SparkSession spark, List<Labelled> train, Map<String, Integer> vocabulary, int frame) {
    return fit(spark, train, vocabulary, frame, REG_PARAM);
  }

  /**
   * A class-weighted binary logistic regression of label {@code frame} over the vocabulary's
   * features.
   */
  static LogisticRegressionModel fit(
      SparkSession spark,
      List<Labelled> train,
      Map<String, Integer> vocabulary,
      int frame,
      double regParam) {
    return fit(spark, train, vocabulary, frame, regParam, false);
  }

  /**
   * As above; with {@code standardize}, features are scaled to unit variance before the penalty,
   * which dense features (sentence embeddings, every dimension small and in every row) need: on the
   * raw scale MLlib's L-BFGS gives up on them.
   */
  static LogisticRegressionModel fit(
      SparkSession spark,
      List<Labelled> train,
      Map<String, Integer> vocabulary,
      int frame,
      double regParam,
      boolean standardize) {
    long positives = train.stream().filter(a -> a.frames()[frame]).count();
    List<Row> rows = new ArrayList<>();
    for (Labelled a : train) {
      boolean gold = a.frames()[frame];
      // Balanced class weights: a rare frame (moral, human interest) counts as much as a common
      // one.
      double weight =
          train.size()
              / (2.0 * (gold ? Math.max(1, positives) : Math.max(1, train.size() - positives)));
      rows.add(RowFactory.create(gold ? 1.0 : 0.0, weight, vector(a.features(), vocabulary)));
    }
    StructType schema =
        new StructType()
            .add("label", DataTypes.DoubleType, false)
            .add("weight", DataTypes.DoubleType, false)
            .add("features", SQLDataTypes.VectorType(), false);
    return new LogisticRegression()
        .setWeightCol("weight")
        .setRegParam(regParam)
        .setStandardization(standardize)
        .setMaxIter(200)
        .fit(spark.createDataFrame(rows, schema));
  }
}
