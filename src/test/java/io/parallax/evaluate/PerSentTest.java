package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.errors.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerSentTest {
  @TempDir Path dir;

  @Test
  void readsQuotedMultiLineArticlesAndSkipsRowsWithoutALabel() throws IOException {
    Path csv = dir.resolve("dev.csv");
    Files.writeString(
        csv,
        "DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT\n"
            + "1,T,Jane Doe,\"Jane Doe won.\n \"\"Great\"\" she said.\",Positive\n"
            + "2,T,John Roe,John Roe lost.,Negative\n"
            + "3,T,Ann Poe,Ann Poe spoke.,\n");

    PerSent.Read read = PerSent.read(csv);

    assertThat(read.documents())
        .extracting(PerSent.Document::target, PerSent.Document::label)
        .containsExactly(tuple("Jane Doe", 2), tuple("John Roe", 0));
    assertThat(read.documents().get(0).text()).isEqualTo("Jane Doe won.\n \"Great\" she said.");
    assertThat(read.skipped()).isEqualTo(1);
  }

  @Test
  void aFileThatIsNotPerSentIsAUserError() throws IOException {
    Path csv = dir.resolve("other.csv");
    Files.writeString(csv, "a,b\n1,2\n");

    assertThatThrownBy(() -> PerSent.read(csv))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("PerSenT");
  }

  @Test
  void evaluatesTheFirstDevArticlesWithTheBaselineAndPrintsTheAgreedLastLine() throws IOException {
    Path dev = SharedData.require("persent").resolve("dev.csv");
    Path cut = Files.createDirectories(dir.resolve("persent")).resolve("dev.csv");
    SharedData.firstRecords(dev, cut, CSVFormat.DEFAULT, 6);

    List<String> lines = ActorSentimentEvaluation.perSent(cut, true);

    String last = lines.get(lines.size() - 1);
    Matcher m =
        Pattern.compile(
                "actor-sentiment persent-dev n=6 macro_f1=([0-9.]+) baseline_macro_f1=([0-9.]+)")
            .matcher(last);
    assertThat(m.matches()).as(last).isTrue();
    // Each article's main person is found among its actors, as the job would write them.
    assertThat(lines.get(0))
        .isEqualTo(
            "articles 6 (rows without a label skipped: 0); target" + " found as an actor in 6");
  }
}
