package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedAtTest {
  @ParameterizedTest
  @CsvSource({
    "2022-01-10, 2022-01-10T00:00:00Z",
    "2022-01-10T09:30:00Z, 2022-01-10T09:30:00Z",
    "2022-01-10T09:30:00+01:00, 2022-01-10T08:30:00Z",
    "2021-10-18T16:15:00-07:00, 2021-10-18T23:15:00Z",
    "2022-01-10T09:30:00.123+0100, 2022-01-10T08:30:00.123Z",
    "2022-01-10 16:15:00, 2022-01-10T16:15:00Z",
    "2022-01-10T16:15, 2022-01-10T16:15:00Z",
    "'Mon, 10 Jan 2022 09:30:00 GMT', 2022-01-10T09:30:00Z",
    "'  2022-01-10  ', 2022-01-10T00:00:00Z",
    "'July 13, 2009', 2009-07-13T00:00:00Z",
    "'Jul 13, 2009', 2009-07-13T00:00:00Z",
    "'13 July 2009', 2009-07-13T00:00:00Z"
  })
  void readsIsoAndRssDatesAsUtc(String value, String expected) {
    assertThat(PublishedAt.parse(value)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "last Tuesday",
        "10/01/2022",
        "2022-13-01",
        "2022-02-30",
        "1066-10-14",
        "",
        "20220110",
        "Published July 28, 2004 He was 75.",
        "July 32, 2009"
      })
  void rejectsWhatIsNotAClearDate(String value) {
    assertThat(PublishedAt.parse(value)).isEmpty();
  }
}
