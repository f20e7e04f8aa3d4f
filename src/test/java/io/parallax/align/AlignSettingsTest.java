package io.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignSettingsTest {
  private final AlignSettings settings = new AlignSettings(120, 3, 5.0, 2.0, 0.15, 10, 1000, 365);
  private final TermVector v = TermVector.of(Map.of("geneva", 1), t -> 2L, 10);

  @Test
  void sameDayPairsKeepTheirCosineAndOlderOnesDecay() {
    assertThat(settings.similarity(v, 100, v, 100)).isCloseTo(1.0, within(1e-9));
    assertThat(settings.similarity(v, 100, v, 102)).isCloseTo(Math.exp(-2 / 5.0), within(1e-9));
  }

  @Test
  void pairsOutsideTheWindowNeverLinkAndUndatedOnesCountAsTheUndatedDaysApart() {
    assertThat(settings.similarity(v, 100, v, 104)).isNegative();
    assertThat(settings.similarity(v, null, v, 104)).isCloseTo(Math.exp(-2 / 5.0), within(1e-9));
    assertThat(settings.similarity(v, 100, v, null)).isCloseTo(Math.exp(-2 / 5.0), within(1e-9));
  }
}
