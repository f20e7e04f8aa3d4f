package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
  void theTwoClassesWeighEquallyInMacroF1() {
    boolean[] gold = {true, true, false, false};
    boolean[] allBiased = {true, true, true, true};

    // Biased: P 0.5, R 1, F1 2/3; not biased: F1 0. Mean 1/3.
    assertThat(BiasSentenceEvaluation.macroF1(gold, allBiased)).isEqualTo(1 / 3.0);
    assertThat(BiasSentenceEvaluation.macroF1(gold, gold)).isEqualTo(1.0);
  }
}
