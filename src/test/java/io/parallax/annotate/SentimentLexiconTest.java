package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentLexiconTest {
  @Test
  void loadedWordsAreThoseOfStrongValenceEitherWayInOrder() {
    // VADER: amazing 2.8, terrible -2.1, crisis -3.1, disappointing -2.2; good only 1.9.
    assertThat(
            SentimentLexicon.loadedWords(
                "\"Amazing,\" he said of a terrible crisis, a good sign, and DISAPPOINTING talks."))
        .containsExactly("Amazing", "terrible", "crisis", "DISAPPOINTING");
    assertThat(SentimentLexicon.loadedWords("The talks began in Geneva on Monday.")).isEmpty();
  }
}
