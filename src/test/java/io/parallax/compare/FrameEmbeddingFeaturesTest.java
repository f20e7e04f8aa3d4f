package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameEmbeddingFeaturesTest {
  @Test
  void aHeadlineLineStandsAloneAndSentencesAreCutAtTheirEnds() {
    List<String> sentences =
        FrameEmbeddingFeatures.sentences(
            "Talks end without a deal\nRussia said it had no plans to invade. Mr. Blinken"
                + " disagreed!\n\n  ");

    assertThat(sentences)
        .containsExactly(
            "Talks end without a deal",
            "Russia said it had no plans to invade.",
            "Mr. Blinken disagreed!");
  }

  @Test
  void aRunOnSentenceIsCutAndAnEndlessArticleStopsAtTheLimit() {
    String runOn = "word ".repeat(1_000);
    String endless = "One more sentence. ".repeat(FrameEmbeddingFeatures.MAX_SENTENCES + 50);

    assertThat(FrameEmbeddingFeatures.sentences(runOn))
        .singleElement()
        .satisfies(s -> assertThat(s).hasSize(FrameEmbeddingFeatures.MAX_SENTENCE_CHARS));
    assertThat(FrameEmbeddingFeatures.sentences(endless))
        .hasSize(FrameEmbeddingFeatures.MAX_SENTENCES);
    assertThat(FrameEmbeddingFeatures.sentences(null)).isEmpty();
  }

  @Test
  void cueFeaturesAreTheClosestSentenceTheMeanOfTheThreeClosestAndTheMeanOfAll() {
    float[][] cues = {{1, 0}, {0, 1}};
    float[][] sentences = {{1, 0}, {0.6f, 0.8f}, {0, 1}, {0.8f, 0.6f}};

    Map<String, Double> f = FrameEmbeddingFeatures.of(sentences, cues);

    assertThat(f.get("fe:0")).isCloseTo((1 + 0.6 + 0 + 0.8) / 4, within(1e-6));
    assertThat(f.get("fe:1")).isCloseTo((0 + 0.8 + 1 + 0.6) / 4, within(1e-6));
    assertThat(f.get("fc:max:0")).isCloseTo(1.0, within(1e-6));
    assertThat(f.get("fc:top3:0")).isCloseTo((1 + 0.8 + 0.6) / 3, within(1e-6));
    assertThat(f.get("fc:mean:0")).isCloseTo((1 + 0.6 + 0 + 0.8) / 4, within(1e-6));
    assertThat(f.get("fc:max:1")).isCloseTo(1.0, within(1e-6));
    assertThat(f).hasSize(2 + 3 * 2);
  }

  @Test
  void anArticleWithoutSentencesHasZeroFeaturesOfTheSameNames() {
    float[][] cues = {{1, 0}, {0, 1}};

    Map<String, Double> empty = FrameEmbeddingFeatures.of(new float[0][], cues);

    assertThat(empty.keySet())
        .isEqualTo(FrameEmbeddingFeatures.of(new float[][] {{1, 0}}, cues).keySet());
    assertThat(empty.values()).containsOnly(0.0);
  }

  @Test
  void aMoralSermonComesCloserToTheMoralCuesThanAMarketReport() {
    Map<String, Double> sermon =
        FrameEmbeddingFeatures.of(
            "The bishop told the congregation that caring for creation is a duty of faith. We"
                + " must live more simply, he said.");
    Map<String, Double> market =
        FrameEmbeddingFeatures.of(
            "Oil futures fell two percent on Tuesday. Analysts expect refiners' margins to"
                + " narrow next quarter.");

    int moral = firstCueOf("moral");
    int economic = firstCueOf("economic");
    assertThat(sermon.get("fc:max:" + moral)).isGreaterThan(market.get("fc:max:" + moral));
    assertThat(market.get("fc:max:" + economic)).isGreaterThan(sermon.get("fc:max:" + economic));
    assertThat(sermon).hasSize(384 + 3 * FrameEmbeddingFeatures.CUES.size());
  }

  /** The index of a frame's first cue in {@link FrameEmbeddingFeatures#CUES}. */
  private static int firstCueOf(String frame) {
    List<FrameEmbeddingFeatures.Cue> cues = FrameEmbeddingFeatures.CUES;
    for (int i = 0; i < cues.size(); i++) {
      if (cues.get(i).frame().equals(frame)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no cue of " + frame);
  }
}
