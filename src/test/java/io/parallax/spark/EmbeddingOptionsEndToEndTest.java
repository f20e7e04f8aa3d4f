package io.parallax.spark;

import static io.parallax.spark.DuckDb.query;
import static io.parallax.spark.DuckDb.scalar;
import static io.parallax.spark.DuckDb.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parallax.annotate.SentenceEmbeddings;
import io.parallax.compare.BiasModel;
import io.parallax.compare.BiasModelTest;
import io.parallax.compare.FrameEmbeddingFeatures;
import io.parallax.compare.FrameModel;
import io.parallax.config.ParallaxConfig;
import io.parallax.site.ReportSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on the two seed articles with every sentence-embedding option on, as a user turns them on
 * in a config file: frames come from the embeddings model, a claim the other outlet tells in its
 * own words is no longer an omission, while the facts only one outlet reports still are, and a bias
 * model of the user's scores every sentence.
 */
class EmbeddingOptionsEndToEndTest {
  /** The whole sample corpus: the seeds alone are too few documents for align's term weights. */
  private static final Path CORPUS = Path.of("src/sample/corpus");

  @TempDir static Path dir;
  private static Path output;
  private static RunReport report;

  private static BiasModel biasModel;

  @BeforeAll
  static void runTheJobWithEmbeddings() throws IOException {
    // A user's model (none ships); what matters here is that the job applies it, not its quality.
    biasModel =
        BiasModelTest.towardLoaded(
            "This is the tensest, most dangerous point since the Cold War.",
            "The delegations met in Geneva on Monday.",
            10);
    Path model = dir.resolve("bias-model.tsv");
    Files.writeString(model, biasModel.toTsv(List.of("a test's model")));
    Path config = dir.resolve("embeddings.properties");
    Files.writeString(
        config,
        "annotate.actor-sentiment.embeddings=true\n"
            + "compare.frames.embeddings=true\n"
            + "compare.claims.embeddings=true\n"
            + "compare.bias.model="
            + model
            + "\n");
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
  void everySentenceHasTheBiasModelsScoreAndEachOutletTheShareFoundBiased() {
    assertThat(
            scalar(
                "SELECT count(*) FILTER (WHERE bias IS NULL OR bias < 0 OR bias > 1) FROM "
                    + table(output, "sentences")))
        .isEqualTo(0L);
    List<Object> tensest =
        query(
                "SELECT text, bias FROM "
                    + table(output, "sentences")
                    + " WHERE text LIKE 'This is the tensest point%'")
            .get(0);
    float[] embedding =
        SentenceEmbeddings.of(BiasModel.ENCODER, List.of((String) tensest.get(0)))[0];
    assertThat(((Number) tensest.get(1)).doubleValue())
        .isCloseTo(biasModel.score(embedding), within(1e-6));

    // story_outlets.biased_share is the share of the outlet's sentences in the story at 0.5 or
    // more.
    List<List<Object>> shares =
        query(
            "SELECT o.biased_share, avg(CASE WHEN s.bias >= 0.5 THEN 1.0 ELSE 0.0 END) FROM "
                + table(output, "story_outlets")
                + " o JOIN "
                + table(output, "articles")
                + " a ON a.story_id = o.story_id AND a.outlet = o.outlet JOIN "
                + table(output, "sentences")
                + " s ON s.article_id = a.article_id GROUP BY o.story_id, o.outlet, o.biased_share");
    assertThat(shares).isNotEmpty();
    shares.forEach(
        r ->
            assertThat(((Number) r.get(0)).doubleValue())
                .isCloseTo(((Number) r.get(1)).doubleValue(), within(1e-9)));
  }

  @Test
  void theReportSetsTheOutletsBiasedSharesSideBySide() throws IOException {
    Path index = ReportSite.build(output, output.resolve("report"), null);
    String seedStory = null;
    try (Stream<Path> files = Files.list(index.getParent().resolve("story"))) {
      for (Path f : files.toList()) {
        if (Files.readString(f).contains("Al Mayadeen")) {
          seedStory = Files.readString(f);
        }
      }
    }

    assertThat(Jsoup.parse(seedStory).select("table.side tr:contains(bias model) td"))
        .hasSize(2)
        .allSatisfy(cell -> assertThat(cell.text()).matches("[0-9]+ %"));
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
