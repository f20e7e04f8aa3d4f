package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.evaluate.SharedData;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * `evaluate groups` on the first AllSides roundups: the job's coverage by side reproduces the
 * roundups' better than "every side covers every story", and the side taken out of a story is its
 * blindspot far more often than flagging every side of every story would make it look.
 */
class GroupEvaluationTest {
  @Test
  void storyGroupsAndBlindspotsBeatTheirBaselinesOnThirtyRoundups() {
    List<String> lines =
        GroupEvaluation.run(
            SparkTestSession.get(), SharedData.require("allsides-neus"), 30, "allsides-neus");

    String last = lines.get(lines.size() - 1);
    Matcher m =
        Pattern.compile(
                "groups allsides-neus n=30 coverage_exact=([0-9.]+) baseline_exact=([0-9.]+)"
                    + " blindspot_f1=([0-9.]+) baseline_f1=([0-9.]+)")
            .matcher(last);
    assertThat(m.matches()).as(String.join("\n", lines)).isTrue();
    assertThat(Double.parseDouble(m.group(1)))
        .as(String.join("\n", lines))
        .isGreaterThan(Double.parseDouble(m.group(2)));
    assertThat(Double.parseDouble(m.group(3)))
        .as(String.join("\n", lines))
        .isGreaterThan(Double.parseDouble(m.group(4)) + 0.3);
    assertThat(lines.get(0)).contains("one side taken out of 9");
  }
}
