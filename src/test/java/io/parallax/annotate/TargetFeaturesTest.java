package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetFeaturesTest {
  private static Token t(String text, String pos) {
    return new Token(text, pos, text.toLowerCase(), "O", 0, 0);
  }

  // "Critics attacked Smith , who did not harm ."
  private static final List<Token> SENTENCE =
      List.of(
          t("Critics", "NNS"),
          t("attacked", "VBD"),
          t("Smith", "NNP"),
          t(",", ","),
          t("who", "WP"),
          t("did", "VBD"),
          t("not", "RB"),
          t("harm", "VB"),
          t(".", "."));

  @Test
  void masksTheTargetAndMarksWordsNearItBySide() {
    Map<String, Double> f = TargetFeatures.of(SENTENCE, 2, 2);

    assertThat(f).doesNotContainKey("u:smith").containsKeys("u:critics", "nl:attacked", "nr:harm");
    assertThat(f).containsKey("bl:critics_attacked").containsKey("t:undergoes:attacked");
    assertThat(f).doesNotContainKey("t:opens");
  }

  @Test
  void lexiconValencesAreNegatedAfterNot() {
    Map<String, Double> f = TargetFeatures.of(SENTENCE, 2, 2);
    // VADER: "critics" -1.2, "attacked" -2.0; "harm" -2.5, negated by "not" to +1.85.
    assertThat(SentimentLexicon.valence("harm")).isEqualTo(-2.5);
    assertThat(SentimentLexicon.valenceInContext(SENTENCE, 7)).isEqualTo(-2.5 * -0.74);
    assertThat(f.get("lex:pos")).isEqualTo(-2.5 * -0.74);
    assertThat(f.get("lex:neg")).isCloseTo(3.2, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void modelFileRoundTripsAndScoresBySoftmax() throws IOException {
    ActorSentimentModel model =
        new ActorSentimentModel(Map.of("u:great", new double[] {-1, 0, 2}), new double[] {0, 1, 0});
    ActorSentimentModel read =
        ActorSentimentModel.fromTsv(
            new BufferedReader(new StringReader(model.toTsv(List.of("made by hand")))));

    double[] p = read.probabilities(Map.of("u:great", 1.0));
    // scores -1, 1, 2 -> softmax
    double z = Math.exp(-1) + Math.exp(1) + Math.exp(2);
    assertThat(p[2]).isEqualTo(Math.exp(2) / z, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(ActorSentimentModel.label(p)).isEqualTo(2);
    assertThat(ActorSentimentModel.label(read.probabilities(Map.of()))).isEqualTo(1);
  }
}
