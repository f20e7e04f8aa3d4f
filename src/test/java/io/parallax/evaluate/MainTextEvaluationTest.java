package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTextEvaluationTest {
  @Test
  void shinglesCountWhatIsFoundMissedAndAdded() {
    // Truth: 6 tokens = 3 shingles; prediction repeats them and adds "ads here" (2 more shingles).
    MainTextEvaluation.Counts counts =
        MainTextEvaluation.match(
            "one two three four five six", "one two three four five six ads here");
    assertThat(counts.tp()).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(counts.fp()).isCloseTo(2 / 5.0, within(1e-9));
    assertThat(counts.fn()).isZero();
    assertThat(MainTextEvaluation.match("a b c d", "").fn()).isEqualTo(1.0);
  }

  @Test
  void precisionAndRecallAreMeansOverPagesAndF1TheirHarmonicMean() {
    double[] scores =
        MainTextEvaluation.scores(
            List.of(
                new MainTextEvaluation.Counts(1, 0, 0),
                new MainTextEvaluation.Counts(0.5, 0.5, 0),
                new MainTextEvaluation.Counts(0, 0, 1)));
    assertThat(scores[0]).isCloseTo((1 + 0.5) / 2, within(1e-9));
    assertThat(scores[1]).isCloseTo((1 + 1 + 0) / 3.0, within(1e-9));
    assertThat(scores[2]).isCloseTo(2 * 0.75 * (2 / 3.0) / (0.75 + 2 / 3.0), within(1e-9));
  }
}
