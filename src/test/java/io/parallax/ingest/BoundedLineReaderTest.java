package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class BoundedLineReaderTest {
  private static List<Object> lines(String text, int max) throws IOException {
    BoundedLineReader reader = new BoundedLineReader(new StringReader(text), max);
    List<Object> lines = new ArrayList<>();
    for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(
          line instanceof BoundedLineReader.Text t
              ? t.text()
              : ((BoundedLineReader.TooLong) line).chars());
    }
    return lines;
  }

  @Property
  void withRoomEnoughItReadsWhatBufferedReaderReads(
      @ForAll @StringLength(max = 300) @Chars({'a', 'b', ' ', '\n', '\r'}) String text)
      throws IOException {
    List<Object> expected =
        new ArrayList<>(new BufferedReader(new StringReader(text)).lines().toList());
    assertThat(lines(text, 1_000)).isEqualTo(expected);
  }

  @Property
  void aLineOverTheLimitComesBackAsItsLengthOnly(
      @ForAll @StringLength(max = 300) @Chars({'a', 'b', '\n'}) String text) throws IOException {
    List<Object> expected = new ArrayList<>();
    for (String line : new BufferedReader(new StringReader(text)).lines().toList()) {
      expected.add(line.length() > 5 ? (Object) (long) line.length() : line);
    }
    assertThat(lines(text, 5)).isEqualTo(expected);
  }
}
