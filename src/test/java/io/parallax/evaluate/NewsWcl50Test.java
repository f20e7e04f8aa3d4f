package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsWcl50Test {
  private static final List<String> CONLL =
      List.of(
          "#begin document 0/-/0_L; part 000",
          "0/-/0_L\t0\t0\tPresident\t(0_USA_Trump_ACTOR\t",
          "0/-/0_L\t0\t1\tTrump\t0_USA_Trump_ACTOR)\t",
          "0/-/0_L\t0\t2\tmet\t-\t",
          "0/-/0_L\t0\t3\tKim\t(0_PRK_Jong_Un_ACTOR| (0_PRK_COUNTRY\t",
          "0/-/0_L\t0\t4\tJong\t-\t",
          "0/-/0_L\t0\t5\t-\t-\t",
          "0/-/0_L\t0\t6\tun\t0_PRK_Jong_Un_ACTOR)| 0_PRK_COUNTRY)\t",
          "0/-/0_L\t0\t7\t,\t-\t",
          "0/-/0_L\t0\t8\t\\n\t-\t",
          "",
          "0/-/0_L\t1\t0\tPyongyang\t(0_PRK_COUNTRY)\t",
          "0/-/0_L\t1\t1\tsaid\t-\t",
          "0/-/0_L\t1\t2\t.\t-\t",
          "",
          "#end document",
          "#begin document 0/-/0_RR; part 000",
          "0/-/0_RR\t0\t0\tTrump\t(0_USA_Trump_ACTOR)\t",
          "",
          "#end document");

  @Test
  void rebuildsTextALinePerSentenceWithConceptSpansOnIt() {
    List<NewsWcl50.Document> documents = NewsWcl50.parse(CONLL);

    assertThat(documents).extracting(NewsWcl50.Document::id).containsExactly("0_L", "0_RR");
    NewsWcl50.Document first = documents.get(0);
    assertThat(first.event()).isEqualTo("0");
    assertThat(first.outlet()).isEqualTo("L");
    assertThat(first.text()).isEqualTo("President Trump met Kim Jong-un,\nPyongyang said.");
    assertThat(first.gold())
        .extracting(c -> c.conceptId(), c -> first.text().substring(c.charBegin(), c.charEnd()))
        .containsExactlyInAnyOrder(
            tuple("0_USA_Trump_ACTOR", "President Trump"),
            tuple("0_PRK_Jong_Un_ACTOR", "Kim Jong-un"),
            tuple("0_PRK_COUNTRY", "Kim Jong-un"),
            tuple("0_PRK_COUNTRY", "Pyongyang"));
    assertThat(first.gold()).extracting(NewsWcl50.Concept::codeType).contains("ACTOR", "COUNTRY");
  }
}
