package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evaluate omissions` on three BASIL events, copied into a temporary directory. */
class OmissionEvaluationTest {
  @TempDir Path dir;

  @Test
  void scoresEveryInformationalSpanOfTheEventsAndPrintsTheAgreedLastLine() throws IOException {
    Path basil = SharedData.require("basil/articles");
    Path articles = Files.createDirectories(dir.resolve("basil").resolve("articles"));
    long spans = 0;
    for (String event : List.of("0", "10", "12")) {
      for (String outlet : List.of("fox", "nyt", "hpo")) {
        Path file = basil.resolve(event + "_" + outlet + ".json");
        Files.copy(file, articles.resolve(file.getFileName()));
        // Counted from the raw JSON, independently of the reader.
        spans +=
            Pattern.compile("\"bias\": \"Informational\"")
                .matcher(Files.readString(file))
                .results()
                .count();
      }
    }

    List<String> lines = OmissionEvaluation.run(dir.resolve("basil"), Set.of("the", "a", "of"));

    String last = lines.get(lines.size() - 1);
    Matcher m =
        Pattern.compile(
                "omissions basil n=(\\d+) recall=([0-9.]+) flagged_share=([0-9.]+)"
                    + " embeddings_recall=([0-9.]+) embeddings_flagged_share=([0-9.]+)")
            .matcher(last);
    assertThat(m.matches()).as(last).isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(spans);
    assertThat(Double.parseDouble(m.group(2))).isBetween(0.0, 1.0);
    // A second way to find a counterpart can only remove omissions, never add them.
    assertThat(Double.parseDouble(m.group(4))).isLessThanOrEqualTo(Double.parseDouble(m.group(2)));
    assertThat(Double.parseDouble(m.group(5))).isLessThanOrEqualTo(Double.parseDouble(m.group(3)));
  }
}
