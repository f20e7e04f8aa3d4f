package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongTokensTest {
  @Test
  void aTokenLongerThanAnyWordBecomesSpacesAndOffsetsStay() {
    String blob = "A".repeat(100_000);
    String text = "The mayor said " + blob + " it was fine. https://example.com/short stays.";
    String blanked = LongTokens.blankOut(text);
    assertThat(blanked).hasSameSizeAs(text).doesNotContain("AAAA");
    assertThat(blanked.indexOf("it was fine")).isEqualTo(text.indexOf("it was fine"));
    assertThat(blanked).contains("https://example.com/short stays.");
  }

  @Test
  void ordinaryTextIsReturnedAsItIs() {
    String text = "Rescuers reached the quarry miners on Tuesday.";
    assertThat(LongTokens.blankOut(text)).isSameAs(text);
  }

  @Test
  void aTokenOfExactlyTheLimitStays() {
    String word = "b".repeat(LongTokens.MAX_TOKEN_CHARS);
    assertThat(LongTokens.blankOut(word + " " + word + "b"))
        .startsWith(word)
        .endsWith(" ".repeat(101));
  }
}
