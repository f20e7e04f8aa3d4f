package io.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorTest {
  // Document frequencies in a corpus of 100: "talks" is everywhere, "geneva" and "ryabkov" rare.
  private static final Map<String, Long> DF = Map.of("talks", 99L, "geneva", 2L, "ryabkov", 2L);

  private static TermVector vector(Map<String, Integer> counts) {
    return TermVector.of(counts, t -> DF.getOrDefault(t, 1L), 100);
  }

  @Test
  void vectorsHaveUnitLengthAndAWordEveryArticleUsesWeighsLeast() {
    TermVector v = vector(Map.of("talks", 1, "geneva", 1));
    double norm = 0;
    for (double w : v.weights()) {
      norm += w * w;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-9));
    assertThat(v.topTerms(1)).containsExactly("geneva");
  }

  @Test
  void cosineIsOneForTheSameWordsAndZeroForNoneShared() {
    TermVector a = vector(Map.of("geneva", 2, "ryabkov", 1));
    TermVector b = vector(Map.of("ryabkov", 1, "geneva", 2));
    TermVector c = vector(Map.of("talks", 3));

    assertThat(a.cosine(b)).isCloseTo(1.0, within(1e-9));
    assertThat(a.cosine(c)).isZero();
  }
}
