package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OmissionsTest {
  private static final Set<String> STOP = Set.of("the", "of", "a", "in", "to", "and", "on", "was");

  private static Omissions.Sentence s(String text) {
    return new Omissions.Sentence("a", 0, text);
  }

  @Test
  void eachKindOfFactOneOutletLeavesOutIsListedWithItsReporterAndEvidence() {
    Omissions.OutletTelling wire =
        new Omissions.OutletTelling(
            "Wire",
            List.of(
                s("Russia has massed 100,000 troops near the border of Ukraine."),
                s("Blinken called it the tensest point since the Cold War ended.")),
            Map.of("person:blinken", "Antony Blinken"),
            Set.of("person:blinken"),
            List.of(new Omissions.Quotation("person:blinken", "a gun to the head")));
    Omissions.OutletTelling daily =
        new Omissions.OutletTelling(
            "Daily",
            // Restates the second claim inside a longer sentence: a counterpart, not an omission.
            List.of(
                s(
                    "Analysts agree the tensest point since the Cold War ended has come, Blinken said.")),
            Map.of("person:blinken", "Blinken"),
            Set.of(),
            List.of());

    List<Omissions.Omission> omissions = Omissions.of(List.of(wire, daily), STOP);

    assertThat(omissions)
        .extracting(Omissions.Omission::outlet, Omissions.Omission::kind, Omissions.Omission::fact)
        .containsExactlyInAnyOrder(
            tuple("Daily", "claim", "Russia has massed 100,000 troops near the border of Ukraine."),
            tuple("Daily", "number", "100,000 troops"),
            tuple("Daily", "quote", "person:blinken"));
    assertThat(omissions)
        .filteredOn(o -> o.kind().equals("number"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.reportedBy()).containsExactly("Wire");
              assertThat(o.evidence())
                  .containsExactly("Russia has massed 100,000 troops near the border of Ukraine.");
            });
  }

  @Test
  void factsReportedByMoreOutletsRankFirst() {
    Omissions.OutletTelling a =
        new Omissions.OutletTelling(
            "A",
            List.of(s("The summit in Vienna ended without any agreement on missiles.")),
            Map.of(),
            Set.of(),
            List.of());
    Omissions.OutletTelling b =
        new Omissions.OutletTelling(
            "B",
            List.of(
                s("The Vienna summit ended without agreement on missiles, officials said."),
                s("Protesters gathered outside the conference hall holding banners.")),
            Map.of(),
            Set.of(),
            List.of());
    Omissions.OutletTelling c =
        new Omissions.OutletTelling(
            "C", List.of(s("Markets rose on Tuesday.")), Map.of(), Set.of(), List.of());

    List<Omissions.Omission> omissions = Omissions.of(List.of(a, b, c), STOP);

    assertThat(omissions.get(0).outlet()).isEqualTo("C");
    assertThat(omissions.get(0).reportedBy()).containsExactly("A", "B");
  }
}
