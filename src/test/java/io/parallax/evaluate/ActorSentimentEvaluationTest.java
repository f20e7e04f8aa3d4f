package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evaluate actor-sentiment` on the first NewsMTSC devtest sentences, baseline included. */
class ActorSentimentEvaluationTest {
  @TempDir Path dir;

  @Test
  void scoresEveryTargetAndPrintsModelAndBaselineOnTheLastLine() throws IOException {
    Path devtest = SharedData.require("newsmtsc/devtest_mt.jsonl");
    List<String> firstSentences = Files.readAllLines(devtest).subList(0, 12);
    Path slice = dir.resolve("devtest_mt.jsonl");
    Files.write(slice, firstSentences);
    // Counted by hand: each line lists its targets, each with one "polarity".
    long targets =
        firstSentences.stream().mapToLong(line -> line.split("\"polarity\"", -1).length - 1).sum();

    List<String> lines = ActorSentimentEvaluation.newsMtsc(slice, true);

    Matcher m =
        Pattern.compile(
                "actor-sentiment devtest_mt n=(\\d+) macro_f1=([0-9.]+) baseline_macro_f1=([0-9.]+)"
                    + " embeddings_macro_f1=([0-9.]+)")
            .matcher(lines.get(lines.size() - 1));
    assertThat(m.matches()).as(lines.get(lines.size() - 1)).isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(targets);
    assertThat(Double.parseDouble(m.group(2))).isBetween(0.0, 1.0);
    assertThat(Double.parseDouble(m.group(4))).isBetween(0.0, 1.0);
    assertThat(lines.get(0)).contains("NewsMTSC train.jsonl");
  }
}
