package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbeddingsTest {
  @Test
  void aParaphraseLiesCloserThanAnotherStoryAndEveryEmbeddingHasUnitLength() {
    float[][] e =
        SentenceEmbeddings.of(
            List.of(
                "Russia has massed 100,000 troops near the border with Ukraine.",
                "Some 100,000 Russian soldiers are gathered close to the Ukrainian frontier.",
                "The Geneva talks between Moscow and Washington ended without a breakthrough.",
                "Mix the flour with two eggs and bake the cake for forty minutes.",
                " "));

    assertThat(e).hasNumberOfRows(5);
    for (float[] v : e) {
      assertThat(v).hasSize(SentenceEmbeddings.DIMENSIONS);
      assertThat(SentenceEmbeddings.cosine(v, v)).isCloseTo(1.0, within(1e-3));
    }
    assertThat(SentenceEmbeddings.cosine(e[0], e[1]))
        .isGreaterThan(SentenceEmbeddings.cosine(e[0], e[2]))
        .isGreaterThan(0.6);
    assertThat(SentenceEmbeddings.cosine(e[0], e[2]))
        .isGreaterThan(SentenceEmbeddings.cosine(e[0], e[3]));
    // Same text, same numbers: the job's figures do not depend on which thread or run encoded it.
    assertThat(
            SentenceEmbeddings.of(
                List.of("Russia has massed 100,000 troops near the border with Ukraine."))[0])
        .containsExactly(e[0]);
  }
}
