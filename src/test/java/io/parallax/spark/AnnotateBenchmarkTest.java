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

    List<String> lines = AnnotateBenchmark.run(List.of("src/sample/corpus"), 1, false, false);

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
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "benchmark annotate n=124 spark_1core_vs_bare=\\d+\\.\\d\\d spark_\\d+cores_vs_1core=\\d+\\.\\d\\d"
                + " bare_\\d+threads_vs_1thread=\\d+\\.\\d\\d");
  }
}
