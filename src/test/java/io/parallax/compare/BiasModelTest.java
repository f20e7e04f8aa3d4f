package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.parallax.annotate.SentenceEmbeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class BiasModelTest {
  @TempDir Path dir;

  /**
   * A model that points from a neutral sentence's embedding toward a loaded one's: the direction a
   * fitted model learns from BABE, drawn from two examples, so a test needs no BABE.
   */
  public static BiasModel towardLoaded(String loaded, String neutral, double strength) {
    float[][] e = SentenceEmbeddings.of(BiasModel.ENCODER, List.of(loaded, neutral));
    double[] w = new double[SentenceEmbeddings.DIMENSIONS];
    double midpoint = 0;
    for (int d = 0; d < w.length; d++) {
      w[d] = strength * (e[0][d] - e[1][d]);
      midpoint += w[d] * (e[0][d] + e[1][d]) / 2;
    }
    return new BiasModel(w, -midpoint);
  }

  @Test
  void theScoreIsTheSigmoidOfTheEmbeddingsWeightedSum() {
    double[] w = new double[SentenceEmbeddings.DIMENSIONS];
    w[0] = 2;
    w[1] = -1;
    BiasModel model = new BiasModel(w, 0.5);
    float[] embedding = new float[SentenceEmbeddings.DIMENSIONS];
    embedding[0] = 0.5f;
    embedding[1] = 1;

    // 0.5 + 2 * 0.5 - 1 * 1 = 0.5
    assertThat(model.score(embedding)).isCloseTo(1 / (1 + Math.exp(-0.5)), within(1e-12));
  }

  @Test
  void sentencesCloseToTheLoadedExampleScoreAboveThoseCloseToTheNeutralOne() {
    BiasModel model =
        towardLoaded(
            "The radical mob shamelessly spewed its hateful lies.",
            "The committee met on Tuesday to review the budget.",
            20);

    double[] scores =
        model.scores(
            List.of(
                "Extremist thugs spread their disgusting propaganda again.",
                "The council met on Wednesday to discuss the schedule."));

    assertThat(scores).hasSize(2);
    assertThat(scores[0]).isGreaterThan(0.5);
    assertThat(scores[1]).isLessThan(0.5);
  }

  @Test
  void theModelFileReadsBackTheSameScores() throws IOException {
    BiasModel model = towardLoaded("A disgraceful, corrupt scheme.", "A plan was announced.", 5);
    Path file = dir.resolve("bias-model.tsv");
    Files.writeString(file, model.toTsv(List.of("made by a test")));

    BiasModel read = BiasModel.read(file);

    assertThat(Files.readString(file)).startsWith("# made by a test\nclasses\tbiased\n");
    float[] e = SentenceEmbeddings.of(BiasModel.ENCODER, List.of("A corrupt plan."))[0];
    // Weights are written as floats.
    assertThat(read.score(e)).isCloseTo(model.score(e), within(1e-6));
  }

  @Test
  void aMissingFileOrAnotherModelsFileSaysWhatIsWrong() throws IOException {
    Path frameModel = dir.resolve("frames.tsv");
    Files.writeString(
        frameModel,
        new FrameModel(java.util.Map.of("e:0", new double[] {1, 1, 1, 1, 1}), new double[5])
            .toTsv(List.of("a frame model")));
    Path truncated = dir.resolve("truncated.tsv");
    Files.writeString(truncated, "classes\tbiased\nintercept\t0.1\ne:0\t0.5\n");

    assertThatThrownBy(() -> BiasModel.read(dir.resolve("none.tsv")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> BiasModel.read(frameModel))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("fields");
    assertThatThrownBy(() -> BiasModel.read(truncated))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a bias model: no weight for e:1");
  }
}
