package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static Mention m(String type, String text, String roleBefore) {
    return new Mention(type, text, roleBefore, 0, text.length());
  }

  @Test
  void ryabkovsSpellingsAndSurnameAreOneActorWithHisRole() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                m("PERSON", "Sergey Ryabkov", ""),
                m("PERSON", "Sergei Ryabkov", "Deputy Foreign Minister"),
                m("PERSON", "Ryabkov", ""),
                m("PERSON", "he", ""),
                m("PERSON", "Wendy Sherman", "")));

    assertThat(actors)
        .extracting(ArticleActor::actorId)
        .containsExactly("person:ryabkov|s", "person:sherman|w");
    ArticleActor ryabkov = actors.get(0);
    assertThat(ryabkov.mentionCount()).isEqualTo(3);
    assertThat(ryabkov.surfaceForms())
        .containsExactly("Sergey Ryabkov", "Sergei Ryabkov", "Ryabkov");
    assertThat(ryabkov.roles()).containsExactly("Deputy Foreign Minister");
    assertThat(ryabkov.type()).isEqualTo("person");
  }

  @Test
  void rolesInsideAMentionAreRolesNotNames() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                m("PERSON", "U.S. Secretary of State Antony Blinken", ""),
                m("PERSON", "Blinken", "")));

    assertThat(actors)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.actorId()).isEqualTo("person:blinken|a");
              assertThat(a.name()).isEqualTo("Antony Blinken");
              assertThat(a.roles()).containsExactly("U.S. Secretary of State");
              assertThat(a.mentionCount()).isEqualTo(2);
            });
  }

  @Test
  void countryAliasesAreOneActorAndOtherTypesAreNotActors() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                m("LOCATION", "U.S.", ""),
                m("ORGANIZATION", "US", ""),
                m("LOCATION", "United States", ""),
                m("DATE", "Sunday", ""),
                m("MISC", "Russian", "")));

    assertThat(actors)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.actorId()).isEqualTo("entity:united states");
              assertThat(a.type()).isEqualTo("location");
              assertThat(a.mentionCount()).isEqualTo(3);
            });
  }
}
