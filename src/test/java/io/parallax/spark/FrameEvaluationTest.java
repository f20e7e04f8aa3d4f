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

/**
 * `evaluate frames` on the first 40 Narrative Frames articles in two folds (each fold fits ten
 * models, one Spark job per L-BFGS iteration, which is most of this test's time); figures are not
 * asserted.
 */
class FrameEvaluationTest {
  @TempDir Path dir;

  @Test
  void crossValidatesTheFiveFramesAndPrintsTheAgreedLastLine() throws IOException {
    Path source = SharedData.require("narrative-frames/articles_metadata.tsv");
    Path cut = Files.createDirectories(dir.resolve("narrative-frames")).resolve("dev.tsv");
    SharedData.firstRecords(source, cut, CSVFormat.TDF, 40);

    List<String> lines = FrameEvaluation.run(SparkTestSession.get(), cut, 2);

    assertThat(lines.get(0)).startsWith("articles 40, 2-fold cross-validation");
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "frames narrative-frames-dev n=40 macro_f1=[0-9.]+ embeddings_macro_f1=[0-9.]+"
                + " resolution_f1=[0-9.]+ human_interest_f1=[0-9.]+ conflict_f1=[0-9.]+"
                + " moral_f1=[0-9.]+ economic_f1=[0-9.]+ embeddings_resolution_f1=[0-9.]+"
                + " embeddings_human_interest_f1=[0-9.]+ embeddings_conflict_f1=[0-9.]+"
                + " embeddings_moral_f1=[0-9.]+ embeddings_economic_f1=[0-9.]+");
  }
}
