package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonStringsTest {
  @Test
  void readsBothQuoteStylesAndTheirEscapes() {
    String repr = "['The\\xa0Supreme Court ruled.', \"It's final.\", 'He said \\'no\\'.\\n']";

    assertThat(PythonStrings.of(repr))
        .containsExactly("The\u00a0Supreme Court ruled.", "It's final.", "He said 'no'.\n");
  }
}
