package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseF1Test {
  @Test
  void countsPairsAsWorkedByHand() {
    // gold {a1,a2,a3} {b1}; predicted {a1,a2} {a3,b1}: true pairs 1 (a1-a2), predicted 2, gold 3.
    PairwiseF1 scores =
        PairwiseF1.of(
            List.of(
                new BCubed.Item("g", "a", "1"),
                new BCubed.Item("g", "a", "1"),
                new BCubed.Item("g", "a", "2"),
                new BCubed.Item("g", "b", "2")));

    assertThat(scores.truePairs()).isEqualTo(1);
    assertThat(scores.precision()).isEqualTo(0.5);
    assertThat(scores.recall()).isEqualTo(1 / 3.0);
  }
}
