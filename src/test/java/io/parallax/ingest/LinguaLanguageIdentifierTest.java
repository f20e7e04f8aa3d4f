package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinguaLanguageIdentifierTest {
  private final LanguageIdentifier languages = LinguaLanguageIdentifier.INSTANCE;

  @Test
  void tellsNewsLanguagesApart() {
    assertThat(
            languages.identify(
                "Talks between U.S. and Russian diplomats begin in Geneva on Monday after a weeks-long standoff."))
        .isEqualTo("en");
    assertThat(
            languages.identify(
                "Les délégations russe et américaine se sont retrouvées lundi à Genève pour discuter."))
        .isEqualTo("fr");
    assertThat(
            languages.identify(
                "Die Gespräche zwischen Russland und den USA haben am Montag in Genf begonnen."))
        .isEqualTo("de");
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertThat(languages.identify("OK 123")).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }
}
