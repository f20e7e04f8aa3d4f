package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void everyMarkStyleAndMixedPairs() {
    assertThat(quoted("He said “curly” and \"straight\" and «guillemets» and „low“."))
        .containsExactly("curly", "straight", "guillemets", "low");
    assertThat(quoted("told him Washington \"would welcome genuine progress.”"))
        .containsExactly("would welcome genuine progress.");
    assertThat(quoted("She called it ‘a disaster’, and didn’t stop."))
        .containsExactly("a disaster");
  }

  @Test
  void apostrophesAreNotClosingMarks() {
    assertThat(quoted("‘We don’t know,’ he said.")).containsExactly("We don’t know,");
    assertThat(quoted("Russia’s talks, the U.S.’ view.")).isEmpty();
  }

  @Test
  void aQuoteRunningOnOverParagraphsOpensEachAndClosesAtTheLast() {
    String text = "“The first paragraph goes on\n“and the second ends here,” he said.";
    assertThat(quoted(text))
        .containsExactly("The first paragraph goes on", "and the second ends here,");
  }

  @Test
  void anOpeningMarkNeverClosedMidLineIsIgnored() {
    assertThat(quoted("The so-called “reset was never\nfinished.")).isEmpty();
  }
}
