package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.scalar;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parallax.compare.FrameEmbeddingFeatures;
import io.parallax.compare.FrameModel;
import io.parallax.config.ParallaxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on the two seed articles with every sentence-embedding option on, as a user turns them on
 * in a config file: frames come from the embeddings model, and a claim the other outlet tells in
 * its own words is no longer an omission, while the facts only one outlet reports still are.
 */
class EmbeddingOptionsEndToEndTest {
  /** The whole sample corpus: the seeds alone are too few documents for align's term weights. */
  private static final Path CORPUS = Path.of("src/sample/corpus");

  @TempDir static Path dir;
  private static Path output;
  private static RunReport report;

  @BeforeAll
  static void runTheJobWithEmbeddings() throws IOException {
    Path config = dir.resolve("embeddings.properties");
    Files.writeString(
        config,
        "annotate.actor-sentiment.embeddings=true\n"
            + "compare.frames.embeddings=true\n"
            + "compare.claims.embeddings=true\n");
    output = dir.resolve("out");
    report =
        RunJob.run(
            SparkTestSession.get(),
            new RunRequest(
                List.of(CORPUS.toString()),
                Optional.empty(),
                output.toString(),
                LocalDate.of(2022, 1, 10),
                ParallaxConfig.load(config)));
  }

  @Test
  void everyRecordIsAccountedForAndTheOptionsAreRecorded() {
    assertThat(report.recordsRead()).isEqualTo(136);
    assertThat(report.articlesWritten()).isEqualTo(123);
    assertThat(report.balanced()).isTrue();
    assertThat(
            scalar(
                "SELECT config['compare.claims.embeddings'] || config['compare.frames.embeddings']"
                    + " || config['annotate.actor-sentiment.embeddings'] FROM "
                    + table(output, "run_summary")))
        .isEqualTo("truetruetrue");
  }

  @Test
  void framesAreTheEmbeddingModelsScoresOfTheText() {
    List<Object> row =
        query(
                "SELECT text, frames['conflict'], frames['economic'] FROM "
                    + table(output, "articles")
                    + " WHERE article_id = 'seed-000'")
            .get(0);
    Map<String, Double> expected =
        FrameModel.shipped(true).scores(FrameEmbeddingFeatures.of((String) row.get(0)));

    assertThat(((Number) row.get(1)).doubleValue())
        .isCloseTo(expected.get("conflict"), within(1e-9));
    assertThat(((Number) row.get(2)).doubleValue())
        .isCloseTo(expected.get("economic"), within(1e-9));
  }

  @Test
  void theDelegationBothOutletsReportInTheirOwnWordsIsNoOmissionButTheOneOutletFactsStay() {
    String omissions =
        query(
                "SELECT outlet, fact FROM "
                    + table(output, "omissions")
                    + " WHERE kind = 'claim' AND story_id = (SELECT story_id FROM "
                    + table(output, "articles")
                    + " WHERE article_id = 'seed-000')")
            .toString();

    assertThat(omissions).doesNotContain("delegation");
    assertThat(omissions)
        .contains("gun to the head", "tensest point", "businesslike", "Brussels between Russia");
  }
}
