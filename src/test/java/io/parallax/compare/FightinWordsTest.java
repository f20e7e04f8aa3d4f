package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FightinWordsTest {
  // Background: "the" is very common, "talks" common, "businesslike" and "escalation" rare.
  private static final Map<String, Long> BACKGROUND =
      Map.of("the", 10_000L, "talks", 500L, "businesslike", 5L, "escalation", 5L);

  @Test
  void aWordOneSideUsesMoreScoresPositiveForItAndNegativeForTheOther() {
    Map<String, Long> focus = Map.of("the", 50L, "talks", 5L, "businesslike", 6L);
    Map<String, Long> rest = Map.of("the", 50L, "talks", 5L, "escalation", 6L);

    Map<String, Double> z = FightinWords.zScores(focus, rest, BACKGROUND, 500);

    // By hand: alpha = max(0.5, 500 * 5 / 10,510) = 0.5; n = 61 a side;
    // delta = ln(6.5 / (61 + 500 - 6 - 0.5)) - ln(0.5 / (61 + 500 - 0.5)) = 2.5757;
    // variance = 1 / 6.5 + 1 / 0.5 = 2.1538; z = 2.5757 / sqrt(2.1538) = 1.755.
    assertThat(z.get("businesslike")).isCloseTo(1.755, within(0.001));
    assertThat(z.get("escalation")).isCloseTo(-1.755, within(0.001));
    // Used alike by both: near zero, however frequent.
    assertThat(Math.abs(z.get("the"))).isLessThan(0.5);
    assertThat(FightinWords.top(z, 1, 0))
        .extracting(FightinWords.Scored::word)
        .containsExactly("businesslike");
  }

  @Test
  void frequentWordsDoNotWinByVolume() {
    // "the" is used 10% more by the focus (550 vs 500), "businesslike" 6 vs 0.
    Map<String, Double> z =
        FightinWords.zScores(
            Map.of("the", 550L, "businesslike", 6L), Map.of("the", 500L), BACKGROUND, 500);

    assertThat(z.get("businesslike")).isGreaterThan(z.get("the"));
  }

  @Test
  void ownWordScoresAreTheFullScoresOfTheWordsTheFocusUses() {
    Map<String, Long> focus = Map.of("troops", 5L, "talks", 2L, "geneva", 1L);
    Map<String, Long> whole = Map.of("troops", 6L, "talks", 9L, "geneva", 4L, "businesslike", 3L);
    Map<String, Long> rest = Map.of("troops", 1L, "talks", 7L, "geneva", 3L, "businesslike", 3L);

    Map<String, Double> full = FightinWords.zScores(focus, rest, BACKGROUND, 500);
    Map<String, Double> own =
        new FightinWords.AgainstTheRest(whole, BACKGROUND, 500).zScoresOfOwnWords(focus);

    assertThat(own.keySet()).containsExactlyInAnyOrder("troops", "talks", "geneva");
    own.forEach((word, z) -> assertThat(z).as(word).isCloseTo(full.get(word), within(1e-12)));
  }
}
