package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleAnnotatorTest {
  @Test
  void findsActorsWithRolesAndMergesSpellings() {
    String text =
        "The Russian team, led by Sergei Ryabkov, arrived in Geneva.\n\n"
            + "Deputy Foreign Minister Sergey Ryabkov met Wendy Sherman on Sunday.\n\n"
            + "Ryabkov said the talks with the U.S. were businesslike, and the United States agreed.";

    AnnotatedArticle article = new ArticleAnnotator().annotate(text);

    assertThat(article.sentences()).hasSize(3);
    List<ArticleActor> actors = article.actors();
    ArticleActor ryabkov =
        actors.stream()
            .filter(a -> a.actorId().equals("person:ryabkov|srj"))
            .findFirst()
            .orElseThrow();
    assertThat(ryabkov.mentionCount()).isEqualTo(3);
    assertThat(ryabkov.roles()).contains("Deputy Foreign Minister");
    assertThat(actors)
        .extracting(ArticleActor::actorId)
        .contains("person:sherman|ant", "entity:geneva", "entity:united states");
    assertThat(
            actors.stream()
                .filter(a -> a.actorId().equals("entity:united states"))
                .findFirst()
                .orElseThrow()
                .mentionCount())
        .isEqualTo(2);
  }

  private static ArticleActor actor(AnnotatedArticle article, String id) {
    return article.actors().stream().filter(a -> a.actorId().equals(id)).findFirst().orElseThrow();
  }

  /** Both shipped models: words alone (the default) and words with sentence embeddings. */
  @ParameterizedTest(name = "sentence embeddings {0}")
  @ValueSource(booleans = {false, true})
  void sentimentTowardEachActorFollowsWhatTheTextSaysOfThem(boolean embeddings) {
    ArticleAnnotator annotator = new ArticleAnnotator(true, embeddings);
    AnnotatedArticle accused =
        annotator.annotate("Prosecutors said the corrupt mayor John Smith was arrested for fraud.");
    AnnotatedArticle praised =
        annotator.annotate("Nurse Jane Doe was hailed as a hero for saving dozens of lives.");
    AnnotatedArticle plain = annotator.annotate("John Smith met Jane Doe in Geneva on Monday.");

    assertThat(actor(accused, "person:smith|jn").sentimentLabel()).isEqualTo("negative");
    assertThat(actor(accused, "person:smith|jn").sentiment()).isLessThan(-0.3);
    assertThat(actor(praised, "person:doe|jn").sentimentLabel()).isEqualTo("positive");
    assertThat(actor(praised, "person:doe|jn").sentiment()).isGreaterThan(0.3);
    assertThat(plain.actors())
        .allSatisfy(
            a -> {
              assertThat(a.sentimentLabel()).isEqualTo("neutral");
              assertThat(a.sentimentMentions()).isEqualTo(1);
            });
    assertThat(accused.sentences().get(0).sentiment()).isLessThan(-0.3);
    assertThat(praised.sentences().get(0).sentiment()).isGreaterThan(0.3);
    assertThat(plain.sentences().get(0).sentiment()).isEqualTo(0.0);
  }
}
