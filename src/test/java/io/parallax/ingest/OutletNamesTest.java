package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletNamesTest {
  @Test
  void everySpellingOfOneHostHasOneKeyAndOneDisplayName() {
    for (String spelling :
        new String[] {
          "www.nytimes.com",
          "nytimes.com",
          "NYTimes.com",
          " WWW.NYTIMES.COM ",
          "https://www.nytimes.com/",
          "http://m.nytimes.com/2019/11/19/world/story.html",
          "amp.nytimes.com",
          "www.nytimes.com."
        }) {
      assertThat(OutletNames.key(spelling)).as(spelling).isEqualTo("nytimes.com");
      assertThat(OutletNames.display(spelling)).as(spelling).isEqualTo("nytimes.com");
    }
  }

  @Test
  void aSubdomainThatIsNotAMobileOrWwwLabelStays() {
    assertThat(OutletNames.key("abcnews.go.com")).isEqualTo("abcnews.go.com");
    assertThat(OutletNames.key("gadgets.ndtv.com")).isEqualTo("gadgets.ndtv.com");
    assertThat(OutletNames.key("www.bbc.co.uk")).isEqualTo("bbc.co.uk");
    assertThat(OutletNames.key("m.co")).isEqualTo("m.co");
  }

  @Test
  void aNameIsShownAsGivenAndKeyedWithoutCase() {
    assertThat(OutletNames.display("  The  New York Times ")).isEqualTo("The New York Times");
    assertThat(OutletNames.key("The New York Times"))
        .isEqualTo(OutletNames.key("the new york TIMES"));
    assertThat(OutletNames.key("CNN")).isEqualTo("cnn");
    assertThat(OutletNames.display("Al Mayadeen")).isEqualTo("Al Mayadeen");
    // Names with dots are no hosts.
    assertThat(OutletNames.display("N.Y. Post")).isEqualTo("N.Y. Post");
    assertThat(OutletNames.display("Yahoo!")).isEqualTo("Yahoo!");
  }

  @Test
  void aUrlGivesItsCanonicalHost() {
    assertThat(OutletNames.hostOfUrl("http://www.independent.co.uk/news/uk/a.html"))
        .contains("independent.co.uk");
    assertThat(OutletNames.hostOfUrl("not a url")).isEmpty();
    assertThat(OutletNames.hostOfUrl(null)).isEmpty();
  }

  @Test
  void oddButRealAddressesGiveTheirHostAndOneNameIsOneOutletInEitherUnicodeForm() {
    // Found by an independent probe (issue 22): pages lost as "no host", credentials shown as an
    // outlet, one outlet split in two by the form of its accent.
    assertThat(OutletNames.hostOfUrl("https://www.example.org/a|b c/{x}.html"))
        .contains("example.org");
    assertThat(OutletNames.display("https://user:secret@www.example.org/feed"))
        .isEqualTo("example.org");
    assertThat(OutletNames.key("Ze\u0301ro")).isEqualTo(OutletNames.key("Z\u00e9ro"));
    assertThat(OutletNames.display("Ze\u0301ro")).isEqualTo("Z\u00e9ro");
  }
}
