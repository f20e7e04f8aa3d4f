package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.BiasModel;
import io.parallax.evaluate.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evaluate bias-sentences` on the first 300 BABE sentences; figures are not asserted. */
class BiasSentenceEvaluationTest {
  @TempDir Path dir;

  @Test
  void crossValidatesTheEmbeddingAndWordModelsBesideTheLexiconRule() throws IOException {
    Path source = SharedData.require("babe/final_labels_SG2.csv");
    Path cut = Files.createDirectories(dir.resolve("babe")).resolve("dev.csv");
    SharedData.firstRecords(source, cut, CSVFormat.DEFAULT.builder().setDelimiter(';').get(), 300);

    List<String> lines = BiasSentenceEvaluation.run(SparkTestSession.get(), cut);

    assertThat(lines.get(lines.size() - 1))
        .matches(
            "bias-sentences babe-dev n=300 macro_f1=[0-9.]+ words_macro_f1=[0-9.]+"
                + " lexicon_macro_f1=[0-9.]+");
    // Every one of the 300 rows is labelled Biased or Non-biased and read.
    assertThat(lines.get(0)).startsWith("sentences 300 (");
  }

  @Test
  void trainingWritesAModelTheJobReadsThatScoresItsBiasedSentencesHigher() throws IOException {
    Path source = SharedData.require("babe/final_labels_SG2.csv");
    Path cut = Files.createDirectories(dir.resolve("babe")).resolve("dev.csv");
    SharedData.firstRecords(source, cut, CSVFormat.DEFAULT.builder().setDelimiter(';').get(), 300);
    Path modelFile = dir.resolve("bias-model.tsv");

    List<String> lines = BiasModelTrainer.train(SparkTestSession.get(), cut, modelFile);

    assertThat(lines.get(lines.size() - 1))
        .matches("train bias-sentences babe-dev n=300 macro_f1=[0-9.]+");
    assertThat(Files.readString(modelFile)).contains("AGPL-3.0", "300 labelled sentences");
    // The fitted weights land on the right dimensions: on its own training sentences the model
    // scores the biased ones higher on average than the rest.
    List<BiasSentenceEvaluation.Sentence> sentences = BiasSentenceEvaluation.read(cut);
    double[] scores =
        BiasModel.read(modelFile)
            .scores(sentences.stream().map(BiasSentenceEvaluation.Sentence::text).toList());
    double biased = 0;
    double neutral = 0;
    long biasedCount = sentences.stream().filter(BiasSentenceEvaluation.Sentence::biased).count();
    for (int i = 0; i < scores.length; i++) {
      if (sentences.get(i).biased()) {
        biased += scores[i] / biasedCount;
      } else {
        neutral += scores[i] / (scores.length - biasedCount);
      }
    }
    assertThat(biased).isGreaterThan(neutral + 0.2);
  }

  @Test
  void theTwoClassesWeighEquallyInMacroF1() {
    boolean[] gold = {true, true, false, false};
    boolean[] allBiased = {true, true, true, true};

    // Biased: P 0.5, R 1, F1 2/3; not biased: F1 0. Mean 1/3.
    assertThat(BiasSentenceEvaluation.macroF1(gold, allBiased)).isEqualTo(1 / 3.0);
    assertThat(BiasSentenceEvaluation.macroF1(gold, gold)).isEqualTo(1.0);
  }
}
