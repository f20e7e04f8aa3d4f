package io.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryTermsTest {
  private static final Set<String> STOP = Set.of("the", "in", "of", "a");

  @Test
  void titleWordsCountTwiceNamesAndNumbersTwiceAgainAndStopWordsNotAtAll() {
    Map<String, Integer> terms =
        StoryTerms.of("talks in Geneva", "The talks lasted 8 hours, with 100,000 troops", 50, STOP);

    assertThat(terms)
        .containsEntry("talks", 3) // title 2 + body 1
        .containsEntry("geneva", 4) // title 2, a name: x2
        .containsEntry("100000", 2)
        .containsEntry("8", 2)
        .containsEntry("lasted", 1)
        .doesNotContainKeys("the", "in");
  }

  @Test
  void twoKeptWordsInARowAlsoCountAsAPhraseButNotAcrossAStopWord() {
    Map<String, Integer> terms =
        StoryTerms.of("Red Sox offer Teixeira", "The Red Sox made a new offer", 50, STOP);

    assertThat(terms)
        .containsEntry("red sox", 3) // title 2 + body 1, no name weight
        .containsEntry("sox offer", 2)
        .containsEntry("offer teixeira", 2)
        .containsEntry("sox made", 1)
        .containsEntry("new offer", 1)
        .doesNotContainKeys("the red", "made new", "made a");
  }

  @Test
  void onlyTheLeadOfTheBodyIsRead() {
    Map<String, Integer> terms = StoryTerms.of("", "alpha beta gamma delta", 2, STOP);

    assertThat(terms).containsOnlyKeys("alpha", "beta", "alpha beta");
  }

  @Test
  void possessivesAccentsAndCaseFold() {
    assertThat(StoryTerms.of("", "Russia’s Zelenskyy Café", 10, STOP))
        .containsOnlyKeys("russia", "zelenskyy", "cafe", "russia zelenskyy", "zelenskyy cafe");
  }
}
