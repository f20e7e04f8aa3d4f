package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
                m("PERSON", "HER", ""),
                m("PERSON", "Wendy Sherman", "")));

    assertThat(actors)
        .extracting(ArticleActor::actorId)
        .containsExactly("person:ryabkov|srj", "person:sherman|ant");
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
              assertThat(a.actorId()).isEqualTo("person:blinken|antn");
              assertThat(a.name()).isEqualTo("Antony Blinken");
              assertThat(a.roles()).containsExactly("U.S. Secretary of State");
              assertThat(a.mentionCount()).isEqualTo(2);
            });
  }

  @Test
  void aNameGluedFromTwoNamesTheArticleGivesIsThoseTwoPeople() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                new Mention("PERSON", "Theresa May Trump", "", 0, 17),
                new Mention("PERSON", "Theresa May", "", 30, 41),
                new Mention("PERSON", "Donald Trump", "", 50, 62),
                new Mention("PERSON", "Trump", "", 70, 75),
                // Not glued: the article never gives "Sarah Huckabee" on its own.
                new Mention("PERSON", "Sarah Huckabee Sanders", "", 80, 102),
                new Mention("PERSON", "Bernie Sanders", "", 110, 124)));

    assertThat(actors)
        .extracting(ArticleActor::actorId, ArticleActor::mentionCount)
        .containsExactly(
            tuple("person:may|0rs", 2),
            tuple("person:trump|tnlt", 3),
            tuple("person:sanders|sr", 1),
            tuple("person:sanders|prn", 1));
  }

  @Test
  void aFamilyNameWrittenBeforeItsOnlyNamesakeIsNamedIsNotThatNamesake() {
    // "President Obama ... Obama said ... first lady Michelle Obama ... Obama said": Barack.
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                new Mention("PERSON", "Obama", "President", 10, 15),
                new Mention("PERSON", "Obama", "", 200, 205),
                new Mention("PERSON", "Michelle Obama", "first lady", 4000, 4014),
                new Mention("PERSON", "Obama", "Mrs.", 4200, 4205),
                new Mention("PERSON", "Obama", "", 5000, 5005),
                new Mention("PERSON", "Biden", "", 5100, 5105),
                new Mention("PERSON", "Biden", "", 5200, 5205)));

    assertThat(actors)
        .extracting(ArticleActor::actorId, ArticleActor::mentionCount)
        .containsExactly(
            tuple("person:obama|mxl", 2), tuple("person:obama", 3), tuple("person:biden", 2));
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

  @Test
  void peopleOfOneFamilyNameAreTwoAndTheirFamilyNameAloneIsOneOnlyWhenATitleTells() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                new Mention("PERSON", "Hillary Clinton", "", 0, 15),
                new Mention("PERSON", "Bill Clinton", "", 40, 52),
                new Mention("PERSON", "Clinton", "", 80, 87),
                new Mention("PERSON", "Clinton", "Mrs.", 90, 97),
                new Mention("PERSON", "Kim Jong Un", "", 100, 111),
                new Mention("PERSON", "Kim", "", 130, 133),
                new Mention("PERSON", "Trump", "President", 150, 155)));

    // "Clinton" alone beside Hillary and Bill could be either: it stays the family name, which
    // the run resolves if it can; "Mrs. Clinton" is Hillary.
    assertThat(actors)
        .extracting(ArticleActor::actorId, ArticleActor::mentionCount)
        .containsExactly(
            tuple("person:clinton|hlr", 2),
            tuple("person:clinton|alm", 1),
            tuple("person:kim|jongun", 2),
            tuple("person:clinton", 1),
            tuple("person:trump", 1));
  }

  @Test
  void aFamilyNameTaggedAsAnOrganisationAndAGivenNameAloneJoinTheirPerson() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                new Mention("PERSON", "Donald Trump Jr.", "", 0, 16),
                new Mention("PERSON", "Emmanuel Macron", "", 20, 35),
                new Mention("ORGANIZATION", "Macron", "", 40, 46),
                new Mention("PERSON", "Emmanuel", "", 50, 58),
                new Mention("PERSON", "Robert S. Mueller III", "", 60, 81),
                new Mention("PERSON", "Mueller", "", 90, 97)));

    assertThat(actors)
        .extracting(ArticleActor::actorId, ArticleActor::mentionCount)
        .containsExactly(
            tuple("person:trump|tnlt|jr", 1),
            tuple("person:macron|amnl", 3),
            tuple("person:mueller|rprt", 2));
  }

  @Test
  void withMetonymyOnAnActingCapitalIsItsCountryAndAVisitedOneStaysAPlace() {
    List<Mention> mentions =
        List.of(
            new Mention("LOCATION", "Russia", "", 0, 6, ""),
            new Mention("LOCATION", "Moscow", "", 20, 26, ""),
            new Mention("LOCATION", "Moscow", "", 40, 46, "in"));

    assertThat(ActorResolver.resolveMentions(mentions, true).actors())
        .extracting(ArticleActor::actorId, ArticleActor::mentionCount)
        .containsExactly(tuple("entity:russia", 2), tuple("entity:moscow", 1));
    assertThat(ActorResolver.resolveMentions(mentions, false).actors())
        .extracting(ArticleActor::actorId, ArticleActor::mentionCount)
        .containsExactly(tuple("entity:russia", 1), tuple("entity:moscow", 2));
  }

  @Test
  void aBrandOrAWordTheArticleTagsMostlyAsAPlaceOrBodyIsNoPerson() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(
                m("PERSON", "WeWork", ""),
                m("PERSON", "EA", ""),
                m("PERSON", "Sandilands", ""),
                m("LOCATION", "Sandilands", ""),
                m("LOCATION", "Sandilands", ""),
                m("PERSON", "LeBron James", ""),
                m("PERSON", "McConnell", ""),
                m("PERSON", "Cher", "")));

    assertThat(actors)
        .extracting(ArticleActor::actorId, ArticleActor::type)
        .containsExactlyInAnyOrder(
            tuple("person:james|lprn", "person"),
            tuple("person:mcconnell", "person"),
            tuple("person:cher", "person"),
            tuple("entity:wework", "organization"),
            tuple("entity:ea", "organization"),
            tuple("entity:sandilands", "location"));
    assertThat(actors)
        .filteredOn(a -> a.actorId().equals("entity:sandilands"))
        .singleElement()
        .satisfies(a -> assertThat(a.mentionCount()).isEqualTo(3));
  }

  @Test
  void bracketsCreditsAndHandlesGluedToANameAreNotPartOfIt() {
    assertThat(
            List.of(
                    m("PERSON", "James B.] Comey", ""),
                    m("PERSON", "James Long) Mayor of London Sadiq Khan", ""),
                    m("PERSON", "LeBron James - into", ""),
                    m("PERSON", "Heidi Fang @HeidiFang", ""),
                    m("PERSON", "Wendy Sherman", ""))
                .stream()
                .map(ActorResolver::withoutPunctuation)
                .map(Mention::text))
        .containsExactly(
            "James B. Comey",
            "Mayor of London Sadiq Khan",
            "LeBron James",
            "Heidi Fang",
            "Wendy Sherman");
    assertThat(
            ActorResolver.resolve(
                List.of(m("PERSON", "James Long) Mayor of London Sadiq Khan", ""))))
        .extracting(ArticleActor::name)
        .containsExactly("Sadiq Khan");
  }

  @Test
  void aBodyNamedByItsWebAddressIsTheBody() {
    List<ArticleActor> actors =
        ActorResolver.resolve(
            List.of(m("ORGANIZATION", "Equifax", ""), m("ORGANIZATION", "Equifax.com", "")));
    assertThat(actors)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.actorId()).isEqualTo("entity:equifax");
              assertThat(a.name()).isEqualTo("Equifax");
              assertThat(a.mentionCount()).isEqualTo(2);
            });
  }
}
