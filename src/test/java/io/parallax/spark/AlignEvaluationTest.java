package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.align.AlignSettings;
import io.parallax.evaluate.StoryDataSets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evaluate stories` on ten BASIL events (thirty articles, three outlets each). */
class AlignEvaluationTest {
  @TempDir Path dir;

  @Test
  void findsTheTenEventsOfThirtyBasilArticles() throws IOException {
    int articles = BasilEvents.copy(dir.resolve("basil"), 10);

    List<String> lines =
        AlignEvaluation.run(
            SparkTestSession.get(),
            dir.resolve("basil"),
            StoryDataSets.Format.BASIL,
            AlignSettings.defaults(),
            "basil",
            true);

    String last = lines.get(lines.size() - 1);
    Matcher m =
        Pattern.compile(
                "stories basil n=(\\d+) bcubed_p=([0-9.]+) bcubed_r=([0-9.]+) bcubed_f1=([0-9.]+)"
                    + " pairwise_f1=([0-9.]+)")
            .matcher(last);
    assertThat(m.matches()).as(last).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(articles);
    assertThat(Double.parseDouble(m.group(4))).as(last).isGreaterThan(0.9);
    // Date by date, as nightly runs would, mostly the same stories come out as all at once. On
    // thirty articles each night's document frequencies rest on few articles (0.75 measured here;
    // 0.97 on all of BASIL with `evaluate stories --day-by-day`).
    String dayByDay =
        lines.stream().filter(l -> l.startsWith("day by day (")).findFirst().orElseThrow();
    Matcher agreement =
        Pattern.compile("agreement with all at once, B-cubed P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)")
            .matcher(dayByDay);
    assertThat(agreement.find()).as(dayByDay).isTrue();
    assertThat(Double.parseDouble(agreement.group(1))).as(dayByDay).isGreaterThan(0.7);
    // Blocking, not all pairs: far fewer candidate pairs than the 435 pairs of 30 articles.
    assertThat(lines.get(0))
        .containsPattern("candidate pairs \\d+ of " + articles * (articles - 1) / 2);
  }
}
