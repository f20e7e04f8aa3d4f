package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
  private static BCubed.Item item(String group, String gold, String predicted) {
    return new BCubed.Item(group, gold, predicted);
  }

  @Test
  void aPerfectClusteringScoresOne() {
    BCubed scores =
        BCubed.of(List.of(item("e", "a", "1"), item("e", "a", "1"), item("e", "b", "2")));

    assertThat(scores.precision()).isEqualTo(1.0);
    assertThat(scores.recall()).isEqualTo(1.0);
  }

  @Test
  void splittingAndMergingCostRecallAndPrecisionAsWorkedByHand() {
    // gold {m1,m2,m3} {m4}; predicted {m1,m2} {m3,m4}.
    // precision: m1 2/2, m2 2/2, m3 1/2, m4 1/2 -> 3/4; recall: m1 2/3, m2 2/3, m3 1/3, m4 1/1
    BCubed scores =
        BCubed.of(
            List.of(
                item("e", "a", "1"),
                item("e", "a", "1"),
                item("e", "a", "2"),
                item("e", "b", "2")));

    assertThat(scores.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(scores.recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
    assertThat(scores.items()).isEqualTo(4);
  }

  @Test
  void oneIdInTwoGroupsIsNotAMerge() {
    BCubed scores = BCubed.of(List.of(item("event0", "trump", "1"), item("event1", "trump", "1")));

    assertThat(scores.precision()).isEqualTo(1.0);
    assertThat(scores.recall()).isEqualTo(1.0);
  }
}
