package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DivergenceTest {
  @Test
  void jensenShannonIsZeroForTheSameWordsOneForDisjointAndSymmetric() {
    Map<String, Long> a = Map.of("talks", 2L, "geneva", 2L);
    Map<String, Long> b = Map.of("troops", 1L, "border", 3L);

    assertThat(Divergence.jensenShannon(a, Map.of("talks", 4L, "geneva", 4L)))
        .isCloseTo(0, within(1e-12));
    assertThat(Divergence.jensenShannon(a, b)).isCloseTo(1, within(1e-12));
    // Half shared: p = (1/2, 1/2, 0), q = (1/2, 0, 1/2); by hand JS = 0.5 bits.
    Map<String, Long> c = Map.of("talks", 1L, "troops", 1L);
    assertThat(Divergence.jensenShannon(a, Map.of("talks", 1L, "geneva", 1L)))
        .isCloseTo(0, within(1e-12));
    assertThat(Divergence.jensenShannon(Map.of("talks", 1L, "geneva", 1L), c))
        .isCloseTo(0.5, within(1e-12));
    assertThat(Divergence.jensenShannon(c, Map.of("talks", 1L, "geneva", 1L)))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void frameMixesAreComparedAsDistributionsWhateverTheirSum() {
    Map<String, Double> conflict = Map.of("conflict", 0.8, "economic", 0.2);

    assertThat(
            Divergence.jensenShannonOfWeights(conflict, Map.of("conflict", 0.4, "economic", 0.1)))
        .isCloseTo(0, within(1e-12));
    assertThat(Divergence.jensenShannonOfWeights(Map.of("conflict", 1.0), Map.of("economic", 0.3)))
        .isCloseTo(1, within(1e-12));
    assertThat(
            Divergence.jensenShannonOfWeights(conflict, Map.of("conflict", 0.2, "economic", 0.8)))
        .isBetween(0.2, 0.3); // by hand: 0.278 bits
  }

  @Test
  void jaccardOfQuotedSources() {
    assertThat(Divergence.jaccard(Set.of("blinken", "ryabkov"), Set.of("blinken", "sherman")))
        .isCloseTo(1 / 3.0, within(1e-12));
    assertThat(Divergence.jaccard(Set.of(), Set.of())).isEqualTo(1);
  }
}
