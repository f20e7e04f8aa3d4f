package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        .isEqualTo("ryabkov|srj");
    // The family name alone is resolved by the article or the run (PersonIds).
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
    // Set off by a comma, as seed 002 writes "Deputy Secretary of State, Wendy Sherman".
    assertThat(ActorNames.roleBefore(List.of("Deputy", "Secretary", "of", "State", ",")))
        .isEqualTo("Deputy Secretary of State");
    assertThat(ActorNames.roleBefore(List.of("In", "Geneva", ","))).isEmpty();
  }

  @Test
  void familyFirstNamesKeepTheirGivenNameAndWesternNamesTheirOrder() {
    assertThat(personKey("Kim Jong Un"))
        .isEqualTo(personKey("Kim Jong-un"))
        .isEqualTo(personKey("Leader Kim Jong-Un"))
        .isEqualTo("kim|jongun");
    assertThat(personKey("Kim Yo Jong")).isEqualTo("kim|yojong");
    assertThat(personKey("Xi Jinping")).isEqualTo("xi|jinping");
    assertThat(personKey("Moon Jae-in")).isEqualTo("moon|jaein");
    assertThat(personKey("Kim Kardashian")).isEqualTo("kardashian|km");
    assertThat(personKey("Lee Harvey Oswald")).isEqualTo("oswald|l");
    assertThat(personKey("Andrew Yang")).isEqualTo("yang|antr");
  }

  @Test
  void aPersonIsTheirFamilyNameAndTheSoundOfTheirGivenName() {
    // Spellings of one name meet; two people of one family name do not.
    assertThat(personKey("Sergey Ryabkov")).isEqualTo(personKey("Sergei Ryabkov"));
    assertThat(personKey("Dmitry Peskov")).isEqualTo(personKey("Dmitri Peskov"));
    assertThat(personKey("Bill Clinton")).isEqualTo(personKey("William Clinton"));
    assertThat(personKey("Barack Obama")).isNotEqualTo(personKey("Michelle Obama"));
    assertThat(personKey("Hillary Clinton")).isNotEqualTo(personKey("Bill Clinton"));
    assertThat(personKey("Boris Johnson")).isNotEqualTo(personKey("Magic Johnson"));
    assertThat(personKey("LeBron James")).isNotEqualTo(personKey("Letitia James"));
    assertThat(personKey("Hillary Clinton")).isEqualTo("clinton|hlr");
    assertThat(personKey("Clinton")).isEqualTo("clinton");
  }

  @Test
  void aCapitalActsForItsCountryUnlessItIsWhereSomethingHappens() {
    assertThat(ActorNames.governmentOf("moscow", "")).isEqualTo("russia");
    assertThat(ActorNames.governmentOf("white house", "said")).isEqualTo("united states");
    assertThat(ActorNames.governmentOf("moscow", "in")).isEmpty();
    assertThat(ActorNames.governmentOf("geneva", "")).isEmpty();
  }

  private static boolean dateline(String text, String place) {
    int begin = text.indexOf(place);
    return ActorNames.isDateline(text, begin, begin + place.length());
  }

  @Test
  void aDatelineIsWhereTheStoryWasFiledNotAnActor() {
    assertThat(dateline("WASHINGTON -- President Obama said", "WASHINGTON")).isTrue();
    assertThat(dateline("Intro line.\nSAO PAULO (AP) — Flamengo won", "SAO PAULO")).isTrue();
    assertThat(dateline("London (Reuters) - Shares fell", "London")).isTrue();
    assertThat(dateline("BEIJING, China — Officials said", "BEIJING")).isTrue();
    // The same places acting, or in the middle of a line, are not datelines.
    assertThat(dateline("Washington - and its allies - warned Moscow", "Washington")).isFalse();
    assertThat(dateline("Talks in LONDON — the city — went on", "LONDON")).isFalse();
    assertThat(dateline("Moscow warned Kyiv on Monday.", "Moscow")).isFalse();
  }
}
