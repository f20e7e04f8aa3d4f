package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The benchmark command runs end to end and prints its figures; their values are not asserted. */
class AnnotateBenchmarkTest {
  @Test
  void printsRatiosAgainstBareCoreNlpOnTheSampleCorpus() {
    // The benchmark starts its own local[1] and local[N] sessions; a shared one would be reused
    // instead.
    SparkSession.getDefaultSession()
        .foreach(
            session -> {
              session.stop();
              return null;
            });

    List<String> lines = AnnotateBenchmark.run(List.of("src/sample/corpus"), 1, 2, false, false);

    // Every valid English record, before deduplication: the 122 English articles a run writes, plus
    // the
    // exact copy and the id-reusing record of broken.jsonl.
    assertThat(lines.get(0)).startsWith("articles: 124 English articles");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l).startsWith("bare CoreNLP (tokenize,ssplit,pos,lemma,ner), 1 thread"));
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("bare CoreNLP, ").contains(" threads"));
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Spark annotate stage, local[1]")
                    .contains("x bare CoreNLP"));
    assertThat(lines).filteredOn(l -> l.startsWith("round ")).hasSize(2);
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "benchmark annotate n=124 rounds=2 spark_1core_vs_bare=\\d+\\.\\d\\d"
                + " spark_(\\d+)cores_vs_1core=\\d+\\.\\d\\d bare_\\1threads_vs_1thread=\\d+\\.\\d\\d"
                + " spark_\\1cores_vs_bare_\\1threads=\\d+\\.\\d\\d");
  }

  @Test
  void theMedianOfOddAndEvenCounts() {
    assertThat(AnnotateBenchmark.median(1.7, 1.2, 1.5)).isEqualTo(1.5);
    assertThat(AnnotateBenchmark.median(2.0, 1.0, 4.0, 3.0)).isEqualTo(2.5);
    assertThat(AnnotateBenchmark.median(0.9)).isEqualTo(0.9);
  }
}
