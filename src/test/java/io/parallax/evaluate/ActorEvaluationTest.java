package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evaluate actors` on NewsWCL50's first event (five outlets), cut into a temporary directory. */
class ActorEvaluationTest {
  @TempDir Path dir;

  @Test
  void scoresTheFirstEventAndBeatsExactWordClusteringAcrossOutlets() throws IOException {
    Path conll = SharedData.require("newswcl50").resolve("NewsWCL50.conll");
    List<String> firstEvent = new ArrayList<>();
    for (String line : Files.readAllLines(conll)) {
      if (line.startsWith("#begin document 1/")) {
        break;
      }
      firstEvent.add(line);
    }
    Files.write(dir.resolve("NewsWCL50.conll"), firstEvent);

    List<String> lines = ActorEvaluation.run(dir, true);

    String last = lines.get(lines.size() - 1);
    Matcher m =
        Pattern.compile(
                "actors (\\S+) n=(\\d+) bcubed_f1=([0-9.]+) bcubed_p=([0-9.]+) bcubed_r=([0-9.]+)"
                    + " baseline_bcubed_f1=([0-9.]+) mention_recall=([0-9.]+)"
                    + " bcubed_f1_all=([0-9.]+)")
            .matcher(last);
    assertThat(m.matches()).as(last).isTrue();
    assertThat(lines.get(0)).startsWith("documents 5, metonymy on;");
    assertThat(Integer.parseInt(m.group(2))).isGreaterThan(100);
    // "Kim", "Kim Jong Un" and "Kim Jong-un" are one actor; exact words keep them apart.
    assertThat(Double.parseDouble(m.group(3))).isGreaterThan(Double.parseDouble(m.group(6)));
    assertThat(Double.parseDouble(m.group(4))).isGreaterThan(0.8);
  }
}
