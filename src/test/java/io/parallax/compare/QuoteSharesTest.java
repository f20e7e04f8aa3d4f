package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuoteSharesTest {
  @Test
  void sharesAreOfAllQuotedWordsAndTheLeaderIsNeverUnattributed() {
    QuoteShares shares =
        new QuoteShares()
            .add("unattributed", 70)
            .add("person:ryabkov", 30)
            .merge(new QuoteShares().add("person:blinken", 20).add("person:ryabkov", 10));

    assertThat(shares.quotedWords()).isEqualTo(130);
    assertThat(shares.shares().get("person:ryabkov")).isCloseTo(40 / 130.0, within(1e-9));
    assertThat(shares.shares().keySet()).first().isEqualTo("unattributed");
    assertThat(shares.leader()).isEqualTo("person:ryabkov");
  }

  @Test
  void aTieInWordsGoesToTheSpeakerQuotedMoreOften() {
    QuoteShares shares =
        new QuoteShares().add("person:blinken", 52, 2).add("person:ryabkov", 52, 4);

    assertThat(shares.leader()).isEqualTo("person:ryabkov");
    assertThat(new QuoteShares().add("unattributed", 9).leader()).isNull();
  }
}
