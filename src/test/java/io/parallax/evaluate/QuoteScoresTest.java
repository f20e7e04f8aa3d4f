package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parallax.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScoresTest {
  // 0         1         2         3         4         5
  // 0123456789012345678901234567890123456789012345678901234
  private static final String TEXT = "Ryabkov said talks were hard. \"Amazing,\" he stated.";

  private static final String ANN =
      String.join(
          "\n",
          "T1\tSource 0 7\tRyabkov",
          "T2\tCue 8 12\tsaid",
          "T3\tContent 13 28\ttalks were hard",
          "T4\tAttribution 8 12\tsaid",
          "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
          "T5\tContent 30 40\t\"Amazing,\"",
          "T6\tSource 41 43\the",
          "T7\tCue 44 50\tstated",
          "T8\tAttribution 44 50\tstated",
          "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6");

  private static Quote quote(String kind, int begin, int end, String actor, int sBegin, int sEnd) {
    return new Quote(
        0, kind, begin, end, TEXT.substring(begin, end), 1, 0, actor, "x", sBegin, sEnd, "");
  }

  @Test
  void parsesBratAttributionsAndTellsDirectFromIndirect() {
    List<GoldAttribution> gold = BratAttributions.parse(ANN, TEXT);
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).direct()).isFalse();
    assertThat(gold.get(0).content().get(0)).containsExactly(13, 28);
    assertThat(gold.get(1).direct()).isTrue();
    assertThat(gold.get(1).source().get(0)).containsExactly(41, 43);
  }

  @Test
  void scoresContentWordsAndSpeakers() {
    List<GoldAttribution> gold = BratAttributions.parse(ANN, TEXT);
    // Indirect: content "were hard" only (2 of 3 gold words), speaker by name.
    // Direct: content exact, speaker span misses the gold "he" and names another actor.
    List<Quote> predicted =
        List.of(
            quote(Quote.INDIRECT, 19, 28, "person:ryabkov", -1, -1),
            quote(Quote.DIRECT, 31, 38, "person:blinken", 0, 7));
    QuoteScores scores = new QuoteScores();
    scores.add(TEXT, gold, predicted);

    assertThat(scores.contentPrecision()).isEqualTo(1.0);
    assertThat(scores.contentRecall()).isCloseTo(3.0 / 4.0, within(1e-9));
    assertThat(scores.speakerAccuracyIndirect()).isEqualTo(1.0);
    assertThat(scores.speakerAccuracyDirect()).isEqualTo(0.0);
    assertThat(scores.merge(scores).contentRecall()).isCloseTo(3.0 / 4.0, within(1e-9));
  }
}
