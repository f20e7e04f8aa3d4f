package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorNamesTest {
  private static String personKey(String mention) {
    return ActorNames.personKey(ActorNames.splitRole(ActorNames.tokens(mention)));
  }

  @Test
  void rolesAreSplitFromNames() {
    ActorNames.PersonName name =
        ActorNames.splitRole(ActorNames.tokens("Deputy Foreign Minister Sergei Ryabkov"));

    assertThat(name.roleText()).isEqualTo("Deputy Foreign Minister");
    assertThat(name.nameText()).isEqualTo("Sergei Ryabkov");
    assertThat(
            ActorNames.splitRole(ActorNames.tokens("U.S. Secretary of State Antony Blinken"))
                .nameText())
        .isEqualTo("Antony Blinken");
  }

  @Test
  void seedSpellingsOfRyabkovShareAKey() {
    assertThat(personKey("Sergey Ryabkov"))
        .isEqualTo(personKey("Sergei Ryabkov"))
        .isEqualTo(personKey("Deputy Foreign Minister Sergei Ryabkov"))
        .isEqualTo("ryabkov|s");
    assertThat(personKey("Ryabkov")).isEqualTo("ryabkov");
    assertThat(personKey("Wendy Sherman")).isNotEqualTo(personKey("Sergei Ryabkov"));
  }

  @Test
  void countryAliasesMeet() {
    assertThat(ActorNames.placeOrBodyKey("US"))
        .isEqualTo(ActorNames.placeOrBodyKey("U.S."))
        .isEqualTo(ActorNames.placeOrBodyKey("United States"))
        .isEqualTo(ActorNames.placeOrBodyKey("the United States"))
        .isEqualTo("united states");
    assertThat(ActorNames.placeOrBodyKey("NATO")).isEqualTo("north atlantic treaty organization");
    assertThat(ActorNames.placeOrBodyKey("Geneva")).isEqualTo("geneva");
  }

  @Test
  void roleBeforeANameIsTheRunOfCapitalisedRoleWords() {
    assertThat(
            ActorNames.roleBefore(ActorNames.tokens("A delegation led by Deputy Foreign Minister")))
        .isEqualTo("Deputy Foreign Minister");
    assertThat(ActorNames.roleBefore(ActorNames.tokens("The U.S. Secretary of State")))
        .isEqualTo("U.S. Secretary of State");
    assertThat(ActorNames.roleBefore(ActorNames.tokens("talks with the minister"))).isEmpty();
  }
}
