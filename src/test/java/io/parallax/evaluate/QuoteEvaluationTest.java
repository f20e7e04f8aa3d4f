package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evaluate quotes` on five PolNeAR dev articles, linked into a temporary directory. */
class QuoteEvaluationTest {
  @TempDir Path dir;

  @Test
  void scoresEveryGoldAttributionWithASourceAndPrintsTheAgreedLastLine() throws IOException {
    Path polnear = SharedData.require("polnear/dev");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    long expectedN = 0;
    List<Path> texts;
    try (Stream<Path> files = Files.list(polnear.resolve("text"))) {
      texts = files.sorted().limit(5).toList();
    }
    for (Path text : texts) {
      String stem = text.getFileName().toString().replace(".txt", "");
      Files.copy(text, dir.resolve("text").resolve(text.getFileName()));
      Path ann;
      try (Stream<Path> anns = Files.list(polnear.resolve("attributions"))) {
        ann =
            anns.filter(a -> a.getFileName().toString().startsWith(stem + "_"))
                .sorted()
                .findFirst()
                .orElseThrow();
      }
      Files.copy(ann, dir.resolve("attributions").resolve(ann.getFileName()));
      // Counted by hand from the standoff: attribution events that name a source.
      expectedN +=
          Files.readAllLines(ann).stream()
              .filter(line -> line.startsWith("E") && line.contains("Source:"))
              .count();
    }

    List<String> lines = QuoteEvaluation.run(dir);

    String last = lines.get(lines.size() - 1);
    Matcher m =
        Pattern.compile(
                "quotes (\\S+) n=(\\d+) content_f1=([0-9.]+) speaker_acc_direct=([0-9.]+)"
                    + " speaker_acc_indirect=([0-9.]+)")
            .matcher(last);
    assertThat(m.matches()).as(last).isTrue();
    assertThat(Long.parseLong(m.group(2))).isEqualTo(expectedN);
    // Five articles are too few for the targets; they do show the extractor finds most quotes.
    assertThat(Double.parseDouble(m.group(3))).isBetween(0.4, 1.0);
    assertThat(Double.parseDouble(m.group(4))).isBetween(0.5, 1.0);
  }
}
