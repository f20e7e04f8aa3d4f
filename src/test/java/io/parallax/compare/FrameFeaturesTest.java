package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameFeaturesTest {
  @Test
  void wordsAreWeightedSublinearlyScaledToUnitLengthAndStopWordsLeftOut() {
    Map<String, Double> features =
        FrameFeatures.of(
            "The costs, the COSTS and the costs of a climate plan", Set.of("the", "and"));

    assertThat(features).containsOnlyKeys("costs", "climate", "plan");
    double norm = features.values().stream().mapToDouble(v -> v * v).sum();
    assertThat(norm).isCloseTo(1.0, within(1e-12));
    // costs: 1 + ln 3 against 1 for each other word.
    assertThat(features.get("costs") / features.get("plan"))
        .isCloseTo(1 + Math.log(3), within(1e-12));
  }
}
