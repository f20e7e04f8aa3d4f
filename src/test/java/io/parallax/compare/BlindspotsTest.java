package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.compare.Blindspots.Coverage;
import io.parallax.compare.Blindspots.InRun;
import io.parallax.compare.Blindspots.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BlindspotsTest {
  /** Three sides with five outlets and a third of the run's articles each. */
  private static final TreeMap<String, InRun> SIDES =
      new TreeMap<>(
          Map.of(
              "center", new InRun(5, 1 / 3.0),
              "left", new InRun(5, 1 / 3.0),
              "right", new InRun(5, 1 / 3.0)));

  private static List<String> pairs(List<Blindspots.Blindspot> found) {
    return found.stream().map(b -> b.covering() + ">" + b.missing()).toList();
  }

  @Test
  void aStoryOnlyTheLeftCoversIsABlindspotOfTheOtherTwo() {
    var found = Blindspots.of(Map.of("left", new Coverage(3, 4)), 4, SIDES, Thresholds.defaults());
    assertThat(pairs(found)).containsExactly("left>center", "left>right");
    assertThat(found.get(1).missed()).isEqualTo(new Coverage(0, 0));
  }

  @Test
  void aSideWithALittleCoverageStillMissesItAndOneWithMoreDoesNot() {
    Map<String, Coverage> byValue =
        Map.of(
            "left", new Coverage(5, 12), "center", new Coverage(2, 6), "right", new Coverage(1, 1));
    // right has 1 of 19 articles (5%): under the 10% that counts as covering little.
    assertThat(pairs(Blindspots.of(byValue, 19, SIDES, Thresholds.defaults())))
        .containsExactly("left>right");
    Map<String, Coverage> balanced =
        Map.of(
            "left", new Coverage(2, 2), "center", new Coverage(2, 2), "right", new Coverage(2, 2));
    assertThat(Blindspots.of(balanced, 6, SIDES, Thresholds.defaults())).isEmpty();
  }

  @Test
  void oneOutletAloneIsNotCoverageUnlessTheThresholdsSaySo() {
    Map<String, Coverage> byValue = Map.of("left", new Coverage(1, 3));
    assertThat(Blindspots.of(byValue, 3, SIDES, Thresholds.defaults())).isEmpty();
    assertThat(pairs(Blindspots.of(byValue, 3, SIDES, new Thresholds(1, 0.5, 0.0, 0.0))))
        .containsExactly("left>center", "left>right");
  }

  @Test
  void articlesOfOutletsWithoutAValueCountInTheStoryAndAValueAbsentFromTheRunIsNeverMissing() {
    // 2 of 10 articles are the left's: not the half of the story that covering well needs.
    Map<String, Coverage> byValue = Map.of("left", new Coverage(2, 2));
    assertThat(Blindspots.of(byValue, 10, SIDES, Thresholds.defaults())).isEmpty();
    assertThat(
            pairs(
                Blindspots.of(
                    Map.of("left", new Coverage(2, 2)),
                    2,
                    new TreeMap<>(Map.of("left", new InRun(5, 1.0))),
                    Thresholds.defaults())))
        .isEmpty();
  }

  @Test
  void aValueWithFewerOutletsInTheRunThanCoveringTakesMissesNothing() {
    // One Cambodian outlet in the run could never have covered a story well, so it misses none.
    TreeMap<String, InRun> countries =
        new TreeMap<>(
            Map.of(
                "US",
                new InRun(30, 0.6),
                "UK",
                new InRun(5, 0.35),
                "Cambodia",
                new InRun(1, 0.05)));
    assertThat(
            pairs(
                Blindspots.of(
                    Map.of("US", new Coverage(3, 3)), 3, countries, Thresholds.defaults())))
        .containsExactly("US>UK");
  }

  @Test
  void aValueWithTooFewArticlesToExpectOneInTheStoryMissesNothing() {
    // Russia's two outlets wrote 2 of the night's 240 articles: 0.025 expected in a 3-article
    // story.
    TreeMap<String, InRun> countries =
        new TreeMap<>(Map.of("UK", new InRun(12, 0.6), "Russia", new InRun(2, 2 / 240.0)));
    assertThat(Blindspots.of(Map.of("UK", new Coverage(3, 3)), 3, countries, Thresholds.defaults()))
        .isEmpty();
    // In a story of 150 articles it would have been expected to have 1.25 of them.
    var found =
        Blindspots.of(Map.of("UK", new Coverage(40, 150)), 150, countries, Thresholds.defaults());
    assertThat(pairs(found)).containsExactly("UK>Russia");
    assertThat(found.get(0).missingExpected())
        .isCloseTo(1.25, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void thresholdsThatContradictEachOtherAreRefused() {
    assertThatThrownBy(() -> new Thresholds(0, 0.5, 0.1, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Thresholds(2, 0.3, 0.3, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
