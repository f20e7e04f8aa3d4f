package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.ingest.TextCleaner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences as the annotate stage produces them ({@link ArticleAnnotator} over {@link
 * SentenceSplitter}).
 */
class SentenceSplitterTest {
  private final ArticleAnnotator annotator = new ArticleAnnotator();

  private List<Sentence> split(String text) {
    return annotator.annotate(text).sentences();
  }

  @Test
  void headingsOnTheirOwnLineAreTheirOwnSentence() {
    String text =
        "Kremlin also announced today that there are no plans for a call.\n\n"
            + "Ryabkov: Talks were difficult but businesslike\n\n"
            + "Ryabkov had commented on yesterday's talks, saying they were difficult but \"businesslike.\" "
            + "\"Amazing,\" Ryabkov stated.";

    List<Sentence> sentences = split(text);

    assertThat(sentences)
        .extracting(Sentence::text)
        .containsExactly(
            "Kremlin also announced today that there are no plans for a call.",
            "Ryabkov: Talks were difficult but businesslike",
            "Ryabkov had commented on yesterday's talks, saying they were difficult but \"businesslike.\"",
            "\"Amazing,\" Ryabkov stated.");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text =
        new TextCleaner()
            .clean("U.S. envoys met on Monday. They talked for 7.5 hours.\n\nNo deal.", null);

    List<Sentence> sentences = split(text);

    assertThat(sentences).hasSize(3);
    for (Sentence sentence : sentences) {
      assertThat(text.substring(sentence.charBegin(), sentence.charEnd()))
          .isEqualTo(sentence.text());
    }
    assertThat(sentences.get(0).text()).isEqualTo("U.S. envoys met on Monday.");
    assertThat(sentences.get(0).tokenCount()).isEqualTo(6);
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void pipelinesAreBuiltOncePerConfiguration() {
    int before = CoreNlpPipelines.built();

    new ArticleAnnotator().annotate("One sentence.");
    new ArticleAnnotator().annotate("Another sentence.");

    assertThat(CoreNlpPipelines.built()).isEqualTo(before);
  }
}
