package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
            .filter(a -> a.actorId().equals("person:ryabkov|s"))
            .findFirst()
            .orElseThrow();
    assertThat(ryabkov.mentionCount()).isEqualTo(3);
    assertThat(ryabkov.roles()).contains("Deputy Foreign Minister");
    assertThat(actors)
        .extracting(ArticleActor::actorId)
        .contains("person:sherman|w", "entity:geneva", "entity:united states");
    assertThat(
            actors.stream()
                .filter(a -> a.actorId().equals("entity:united states"))
                .findFirst()
                .orElseThrow()
                .mentionCount())
        .isEqualTo(2);
  }
}
