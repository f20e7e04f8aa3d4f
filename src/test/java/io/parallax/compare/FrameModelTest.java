package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameModelTest {
  private static final Set<String> STOP = Set.of("the", "and", "over");

  @Test
  void aWordWithAConflictWeightRaisesOnlyTheConflictScore() {
    FrameModel model =
        new FrameModel(
            Map.of("clash", new double[] {0, 0, 4, 0, 0}, "budget", new double[] {0, 0, 0, 0, 4}),
            new double[] {0, 0, 0, 0, 0});

    Map<String, Double> scores = model.scores("Rivals clash over the summit", STOP);

    assertThat(scores.keySet()).containsExactlyElementsOf(FrameFeatures.FRAMES);
    assertThat(scores.get("conflict")).isGreaterThan(0.8);
    assertThat(scores.get("economic")).isCloseTo(0.5, within(1e-12));
    assertThat(FrameFeatures.mainFrame(scores)).isEqualTo("conflict");
  }

  @Test
  void noFrameIsMainWhenNoneReachesHalf() {
    assertThat(FrameFeatures.mainFrame(Map.of("conflict", 0.49, "moral", 0.2))).isNull();
    assertThat(FrameFeatures.mainFrame(Map.of("conflict", 0.6, "economic", 0.7)))
        .isEqualTo("economic");
  }

  @Test
  void theModelFileReadsBackTheSameScores() throws IOException {
    FrameModel model =
        new FrameModel(
            Map.of("strike", new double[] {0.5, -1, 2, 0.25, -0.5}),
            new double[] {-1, -0.5, 0, 0.5, 1});
    String tsv = model.toTsv(List.of("made by a test"));

    FrameModel read = FrameModel.fromTsv(new BufferedReader(new StringReader(tsv)));

    assertThat(tsv).startsWith("# made by a test\nframes\tresolution\t");
    assertThat(read.scores("Workers strike", STOP)).isEqualTo(model.scores("Workers strike", STOP));
  }

  /** An article's scores by one of the shipped models, as the job computes them. */
  private static Map<String, Double> shippedScores(boolean embeddings, String text) {
    return embeddings
        ? FrameModel.shipped(true).scores(FrameEmbeddingFeatures.of(text))
        : FrameModel.shipped(false).scores(text, STOP);
  }

  @ParameterizedTest(name = "embeddings={0}")
  @ValueSource(booleans = {false, true})
  void theShippedModelsReadAConflictStoryAsConflictAndAMarketStoryAsEconomic(boolean embeddings) {
    Map<String, Double> protest =
        shippedScores(
            embeddings,
            "Protesters clashed with police as opposition leaders accused the government of"
                + " betraying voters. Critics attacked the minister and rivals vowed to fight the"
                + " plan in parliament.");
    Map<String, Double> market =
        shippedScores(
            embeddings,
            "Energy prices for consumers rose again and factories cut shifts. Investors sold"
                + " shares as economists warned that higher costs would slow growth and hiring.");

    assertThat(protest.get("conflict")).isGreaterThan(market.get("conflict"));
    assertThat(market.get("economic")).isGreaterThan(protest.get("economic"));
    assertThat(FrameModel.shippedHeader(embeddings))
        .anyMatch(line -> line.contains("Narrative Frames"));
  }
}
