package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MacroF1Test {
  @Test
  void averagesPerClassF1WorkedByHand() {
    MacroF1 scores = new MacroF1(3);
    scores.add(0, 0);
    scores.add(0, 1);
    scores.add(1, 1);
    scores.add(2, 2);
    scores.add(2, 1);
    // class 0: tp 1, predicted 1, gold 2 -> 2/3; class 1: tp 1, predicted 3, gold 1 -> 1/2;
    // class 2: tp 1, predicted 1, gold 2 -> 2/3.
    assertThat(scores.f1(0)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(scores.f1(1)).isCloseTo(0.5, within(1e-9));
    assertThat(scores.macroF1()).isCloseTo((2.0 / 3 + 0.5 + 2.0 / 3) / 3, within(1e-9));
    assertThat(scores.accuracy()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(scores.n()).isEqualTo(5);
  }
}
