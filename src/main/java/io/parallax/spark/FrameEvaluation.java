package io.parallax.spark;

import io.parallax.annotate.SentenceEmbeddings;
import io.parallax.compare.FrameEmbeddingFeatures;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 * `evaluate frames`: how well the two frame models find the five generic news frames, by 5-fold
 * cross-validation on a Narrative Frames TSV (Frermann et al., ACL 2023; MIT): for each fold and
 * frame a class-weighted logistic regression (Spark MLlib, regularisation fixed, not tuned per
 * fold) is fitted on the other four folds and predicts the held-out one; per-frame F1 of the
 * frame's presence, and their mean (macro-F1). Folds come from a seed-7 shuffle. The models: over
 * words ({@link FrameFeatures}, the default) and over sentence embeddings ({@link
 * FrameEmbeddingFeatures}, `compare.frames.embeddings=true`).
 */
public final class FrameEvaluation {
  /**
   * Light regularisation: cross-validated macro-F1 is flat from 0.001 to 0.1 (0.468–0.480), but at
   * 0.03 every score sits within 0.46–0.51, which leaves a story's frame mix and the divergence
   * between outlets nothing to show; at 0.001 scores spread (0.17–0.52 on the seed articles).
   */
  static final double REG_PARAM = 0.001;

  /**
   * The embeddings model's features are standardised (see {@link #fit}); its regularisation was
   * swept on the same folds as the words model's: macro-F1 0.547, 0.552, 0.582, 0.598, 0.576 at
   * 0.03, 0.1, 0.3, 1, 3.
   */
  static final double EMBEDDING_REG_PARAM = 1.0;

  static final int FOLDS = 5;
  private static final String[] COLUMNS = {"RE", "HI", "CO", "MO", "EC"};

  record Labelled(Map<String, Double> features, boolean[] frames) {}

  /** A labelled article: its text and which frames annotators found in it. */
  record Article(String text, boolean[] frames) {}

  private FrameEvaluation() {}

  public static List<String> run(SparkSession spark, Path file) {
    return run(spark, file, FOLDS);
  }

  /**
   * As {@link #run(SparkSession, Path)} with {@code folds} folds (each fold fits ten models, one
   * per frame and features, so fewer folds are a shorter smoke test of the same code).
   */
  static List<String> run(SparkSession spark, Path file, int folds) {
    List<Article> articles = read(file);
    return run(spark, file, words(articles), embedded(articles), folds);
  }

  /** As {@link #run(SparkSession, Path, int)}, on the articles already featurised both ways. */
  static List<String> run(
      SparkSession spark, Path file, List<Labelled> words, List<Labelled> embedded, int folds) {
    double[] wordsF1 = crossValidated(spark, words, REG_PARAM, false, folds);
    double[] embeddingsF1 = crossValidated(spark, embedded, EMBEDDING_REG_PARAM, true, folds);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "articles %d, %d-fold cross-validation (seed 7); words: regParam %.3f; sentence"
                + " embeddings (%s, %d cues), standardised: regParam %.3f",
            words.size(),
            folds,
            REG_PARAM,
            SentenceEmbeddings.DESCRIPTION,
            FrameEmbeddingFeatures.CUES.size(),
            EMBEDDING_REG_PARAM));
    StringBuilder perFrame = new StringBuilder();
    for (int f = 0; f < COLUMNS.length; f++) {
      String frame = FrameFeatures.FRAMES.get(f);
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: F1 %.3f words, %.3f sentence embeddings",
              frame,
              wordsF1[f],
              embeddingsF1[f]));
      perFrame.append(String.format(Locale.ROOT, " %s_f1=%.3f", frame, wordsF1[f]));
    }
    for (int f = 0; f < COLUMNS.length; f++) {
      perFrame.append(
          String.format(
              Locale.ROOT, " embeddings_%s_f1=%.3f", FrameFeatures.FRAMES.get(f), embeddingsF1[f]));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "frames %s n=%d macro_f1=%.3f embeddings_macro_f1=%.3f%s",
            DataSetNames.of(file),
            words.size(),
            mean(wordsF1),
            mean(embeddingsF1),
            perFrame));
    return lines;
  }

  /** Macro-F1 of a model's cross-validated predictions, for the trainers' headers. */
  static double macroF1(SparkSession spark, List<Labelled> articles, boolean embeddings) {
    return mean(
        crossValidated(
            spark, articles, embeddings ? EMBEDDING_REG_PARAM : REG_PARAM, embeddings, FOLDS));
  }

  /** Each frame's F1 over the held-out folds. */
  static double[] crossValidated(
      SparkSession spark,
      List<Labelled> articles,
      double regParam,
      boolean standardize,
      int folds) {
    double[] f1 = new double[COLUMNS.length];
    for (int f = 0; f < COLUMNS.length; f++) {
      boolean[] predicted = predictions(spark, articles, f, regParam, standardize, folds);
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < articles.size(); i++) {
        boolean gold = articles.get(i).frames()[f];
        tp += predicted[i] && gold ? 1 : 0;
        fp += predicted[i] && !gold ? 1 : 0;
        fn += !predicted[i] && gold ? 1 : 0;
      }
      f1[f] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return f1;
  }

  /**
   * Each item's prediction of label {@code label} by a model fit on the other folds of {@code
   * folds} (seed-7 shuffle; the vocabulary from the training folds alone).
   */
  static boolean[] predictions(
      SparkSession spark,
      List<Labelled> labelled,
      int label,
      double regParam,
      boolean standardize,
      int folds) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < labelled.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(7));
    boolean[] predicted = new boolean[labelled.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<Labelled> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        if (k % folds == fold) {
          test.add(order.get(k));
        } else {
          train.add(labelled.get(order.get(k)));
        }
      }
      Map<String, Integer> vocabulary = vocabulary(train);
      LogisticRegressionModel model = fit(spark, train, vocabulary, label, regParam, standardize);
      for (int i : test) {
        predicted[i] = model.predict(vector(labelled.get(i).features(), vocabulary)) > 0.5;
      }
    }
    return predicted;
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  /** The articles' words as features ({@link FrameFeatures}). */
  static List<Labelled> words(List<Article> articles) {
    return articles.stream()
        .map(a -> new Labelled(FrameFeatures.of(a.text(), StopWords.ENGLISH), a.frames()))
        .toList();
  }

  /** The articles' sentence embeddings as features ({@link FrameEmbeddingFeatures}). */
  static List<Labelled> embedded(List<Article> articles) {
    List<Map<String, Double>> features =
        FrameEmbeddingFeatures.ofAll(articles.stream().map(Article::text).toList());
    List<Labelled> labelled = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      labelled.add(new Labelled(features.get(i), articles.get(i).frames()));
    }
    return labelled;
  }

  /** The labelled articles of a Narrative Frames TSV; rows without all five labels are skipped. */
  static List<Article> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw ParallaxErrors.evaluationDataNotFound(
          file.toString(),
          "a Narrative Frames TSV, like ../shared/data/narrative-frames/articles_metadata.tsv");
    }
    List<Article> articles = new ArrayList<>();
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
          articles.add(new Article(record.get("text"), frames));
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

  /**
   * A class-weighted binary logistic regression of label {@code frame} over the vocabulary's
   * features. With {@code standardize}, features are scaled to unit variance before the penalty,
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
