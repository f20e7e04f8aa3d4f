package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerGroupsTest {
  @Test
  void aRoleThatNamesACountryByNameOrAdjectivePutsTheSpeakerOnItsSide() {
    assertThat(
            SpeakerGroups.of(
                "person:ryabkov",
                "person",
                List.of("Deputy Foreign Minister", "Russian Deputy Foreign Minister")))
        .isEqualTo("country:russia");
    assertThat(SpeakerGroups.of("person:blinken", "person", List.of("U.S. Secretary of State")))
        .isEqualTo("country:united states");
    assertThat(SpeakerGroups.of("person:kim", "person", List.of("South Korean President")))
        .isEqualTo("country:south korea");
    assertThat(SpeakerGroups.of("person:sunak", "person", List.of("British Prime Minister")))
        .isEqualTo("country:united kingdom");
  }

  @Test
  void aCountrySpeakingIsItsOwnSideAndAContinentIsNone() {
    assertThat(SpeakerGroups.of("entity:russia", "location", List.of()))
        .isEqualTo("country:russia");
    assertThat(SpeakerGroups.of("entity:united states", "organization", List.of()))
        .isEqualTo("country:united states");
    assertThat(SpeakerGroups.of("person:borrell", "person", List.of("European Union envoy")))
        .isEqualTo("official");
  }

  @Test
  void officeHoldersWithoutACountryAreOfficialsAndOthersKeepTheirType() {
    assertThat(SpeakerGroups.of("person:mayorkas", "person", List.of("Secretary")))
        .isEqualTo("official");
    assertThat(SpeakerGroups.of("person:manchin", "person", List.of("Sen."))).isEqualTo("official");
    assertThat(SpeakerGroups.of("person:haugen", "person", List.of())).isEqualTo("person");
    assertThat(SpeakerGroups.of("entity:fbi", "organization", null)).isEqualTo("organization");
    assertThat(SpeakerGroups.of("unattributed", null, List.of())).isEqualTo("unattributed");
  }
}
