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

  @Test
  void theEmbeddedTextsAreTheWordsAroundTheTargetAndItsSentenceWithTheTargetBracketed() {
    assertThat(TargetFeatures.around(SENTENCE, 2, 2))
        .isEqualTo("Critics attacked Smith , who did not harm .");
    assertThat(TargetFeatures.bracketed(SENTENCE, 2, 2))
        .isEqualTo("Critics attacked [ Smith ] , who did not harm .");
    List<Token> longer = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      longer.add(t("w" + i, "NN"));
    }
    assertThat(TargetFeatures.around(longer, 15, 16).split(" "))
        .hasSize(2 + 2 * TargetFeatures.EMBEDDED_WINDOW)
        .startsWith("w7")
        .endsWith("w24");
  }

  @Test
  void everyTargetGetsItsWordFeaturesAndThreeEmbeddingsOrNothingWhenNoTokenCoversIt() {
    List<Token> tokens =
        List.of(
            new Token("Critics", "NNS", "critic", "O", 0, 7),
            new Token("attacked", "VBD", "attack", "O", 8, 16),
            new Token("Smith", "NNP", "smith", "PERSON", 17, 22),
            new Token(".", ".", ".", "O", 22, 23));

    List<TargetFeatures.Target> targets =
        List.of(
            new TargetFeatures.Target(tokens, 17, 22),
            new TargetFeatures.Target(tokens, 40, 45),
            new TargetFeatures.Target(tokens, 0, 7));
    List<Map<String, Double>> features = TargetFeatures.ofAll(targets, true);

    assertThat(TargetFeatures.ofAll(targets, false))
        .containsExactly(
            TargetFeatures.ofCharacters(tokens, 17, 22),
            Map.of(),
            TargetFeatures.ofCharacters(tokens, 0, 7));

    assertThat(features.get(0))
        .containsAllEntriesOf(TargetFeatures.ofCharacters(tokens, 17, 22))
        .containsKeys("ew:0", "ew:383", "em:0", "em:383", "es:0", "es:383")
        .hasSize(
            TargetFeatures.ofCharacters(tokens, 17, 22).size() + 3 * SentenceEmbeddings.DIMENSIONS);
    assertThat(features.get(1)).isEmpty();
    // Another target in the same sentence: the same words around it, another bracketing, the same
    // sentence.
    assertThat(features.get(2).get("ew:0")).isEqualTo(features.get(0).get("ew:0"));
    assertThat(features.get(2).get("em:0")).isNotEqualTo(features.get(0).get("em:0"));
    assertThat(features.get(2).get("es:0")).isEqualTo(features.get(0).get("es:0"));
    assertThat(features.get(0).get("es:0")).isNotEqualTo(features.get(0).get("em:0"));
  }
}
