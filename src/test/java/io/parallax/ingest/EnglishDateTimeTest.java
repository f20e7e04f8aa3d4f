package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnglishDateTimeTest {
  @Test
  void pageDatesInFreeFormAreRead() {
    assertThat(PublishedAt.parse("November 19, 2019, 07:47 PM EST"))
        .contains(Instant.parse("2019-11-20T00:47:00Z"));
    assertThat(PublishedAt.parse("Published: Nov. 19, 2019 at 7:47 p.m. ET"))
        .contains(Instant.parse("2019-11-20T00:47:00Z"));
    assertThat(PublishedAt.parse("Tue 19 Nov 2019 14.30 GMT"))
        .contains(Instant.parse("2019-11-19T14:30:00Z"));
    assertThat(PublishedAt.parse("Updated 19th November 2019, 10:05 BST"))
        .contains(Instant.parse("2019-11-19T09:05:00Z"));
    assertThat(PublishedAt.parse("July 4, 2019 12:00 AM PT"))
        .contains(Instant.parse("2019-07-04T07:00:00Z"));
    assertThat(PublishedAt.parse("Nov 19, 2019 18:00 +0530"))
        .contains(Instant.parse("2019-11-19T12:30:00Z"));
  }

  @Test
  void whatIsNoDateStaysUnread() {
    assertThat(PublishedAt.parse("19/11/2019")).isEmpty();
    assertThat(PublishedAt.parse("November 31, 2019")).isEmpty();
    assertThat(PublishedAt.parse("November 19, 2019, 13:47 PM EST")).isEmpty();
    assertThat(PublishedAt.parse("yesterday at noon")).isEmpty();
    assertThat(PublishedAt.parse("November 19, 2019 07:47 XYZ")).isEmpty();
  }
}
