package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonIdsTest {
  private static String idOf(String... mentions) {
    List<Mention> list =
        java.util.Arrays.stream(mentions).map(m -> new Mention("PERSON", m, "", 0, 1)).toList();
    return ActorResolver.resolve(list).get(0).actorId();
  }

  @Test
  void twoPeopleOfOneFamilyNameInTwoArticlesAreTwoActors() {
    // Each article alone: nothing in one says which Obama the other means.
    assertThat(idOf("Barack Obama", "Obama")).isNotEqualTo(idOf("Michelle Obama", "Obama"));
    assertThat(idOf("Hillary Clinton")).isNotEqualTo(idOf("Bill Clinton"));
    assertThat(idOf("Sergey Ryabkov")).isEqualTo(idOf("Sergei Ryabkov"));
  }

  private static java.util.Map<String, Long> named(Object... idAndArticles) {
    java.util.Map<String, Long> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < idAndArticles.length; i += 2) {
      map.put((String) idAndArticles[i], ((Number) idAndArticles[i + 1]).longValue());
    }
    return map;
  }

  @Test
  void aFamilyNameAloneIsTheRunsOnePersonOrPrincipalBearerOfThatNameElseItStaysAsItIs() {
    String barack = idOf("Barack Obama");
    String michelle = idOf("Michelle Obama");
    String ryabkov = idOf("Sergei Ryabkov");
    String ryabkovAlone = idOf("Ryabkov");
    String obamaAlone = idOf("Obama");
    assertThat(ryabkovAlone).isEqualTo("person:ryabkov");

    // Two Obamas named in about as many articles: "Obama" alone could be either, and stays.
    assertThat(
            PersonIds.familyNamesResolved(
                named(
                    ryabkov,
                    3,
                    ryabkovAlone,
                    1,
                    barack,
                    4,
                    michelle,
                    3,
                    obamaAlone,
                    2,
                    "entity:russia",
                    5)))
        .containsExactlyEntriesOf(java.util.Map.of(ryabkovAlone, ryabkov));
    // Barack named in far more of the run's articles than Michelle: he is the principal bearer.
    assertThat(PersonIds.familyNamesResolved(named(barack, 9, michelle, 2, obamaAlone, 2)))
        .containsEntry(obamaAlone, barack);
    // Donald Trump Jr. is named with his suffix: "Trump" alone is the Trump named without one.
    String donald = idOf("Donald Trump");
    String junior = idOf("Donald Trump Jr.");
    String trumpAlone = idOf("Trump");
    assertThat(PersonIds.familyNamesResolved(named(donald, 2, junior, 5, trumpAlone, 3)))
        .containsEntry(trumpAlone, donald);
    // With none named in full, it stays a family name.
    assertThat(PersonIds.familyNamesResolved(named(obamaAlone, 4))).isEmpty();
  }
}
