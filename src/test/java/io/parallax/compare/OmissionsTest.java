package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.annotate.SentenceEmbeddings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

  @Test
  void theWordIndexFindsTheClosestSentencesExactlyAsCheckingEverySentenceWould() {
    Random random = new Random(11);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      vocabulary.add("x" + (char) ('a' + i / 26) + (char) ('a' + i % 26));
    }
    for (int round = 0; round < 100; round++) {
      List<ClaimFeatures.Telling> tellings = new ArrayList<>();
      for (String outlet : List.of("A", "B", "C")) {
        List<String> texts = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          texts.add(String.join(" ", randomWords(random, vocabulary, 3 + random.nextInt(12))));
          articles.add(outlet + (i < 10 ? "1" : "2"));
        }
        tellings.add(new ClaimFeatures.Telling(outlet, texts, articles, texts.size()));
      }
      ClaimFeatures.StoryIndex index = new ClaimFeatures.StoryIndex(tellings, STOP);
      for (int c = 0; c < 10; c++) {
        Set<String> claim = randomWords(random, vocabulary, 5 + random.nextInt(8));
        ClaimFeatures.Scored[] scored =
            index.score(0, String.join(" ", claim), new ClaimFeatures.Position(0, 10, null));
        for (int o = 1; o < 3; o++) {
          List<String> texts = tellings.get(o).texts();
          double best = 0;
          double bestTwo = 0;
          for (int i = 0; i < texts.size(); i++) {
            Set<String> one = Set.of(texts.get(i).split(" "));
            best = Math.max(best, share(claim, one));
            if (i + 1 < texts.size()
                && tellings.get(o).article().get(i).equals(tellings.get(o).article().get(i + 1))) {
              Set<String> two = new java.util.HashSet<>(one);
              two.addAll(Set.of(texts.get(i + 1).split(" ")));
              bestTwo = Math.max(bestTwo, share(claim, two));
            }
          }
          assertThat(scored[o].values()[0]).as("closest sentence").isEqualTo(best);
          assertThat(scored[o].values()[1]).as("closest two").isEqualTo(Math.max(best, bestTwo));
          assertThat(share(claim, Set.of(texts.get(scored[o].closest()).split(" "))))
              .isEqualTo(best);
        }
      }
    }
  }

  private static double share(Set<String> claim, Set<String> text) {
    return claim.stream().filter(text::contains).count() / (double) claim.size();
  }

  private static Set<String> randomWords(Random random, List<String> vocabulary, int n) {
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < n) {
      // Skewed toward the first words, as a story's vocabulary is.
      words.add(vocabulary.get((int) (vocabulary.size() * Math.pow(random.nextDouble(), 3))));
    }
    return words;
  }

  @Test
  void eachOutletKeepsOnlyItsMostReportedOmissionsWithinTheLimit() {
    Omissions.OutletTelling a =
        telling(
            "A",
            "The summit in Vienna ended without any agreement on missiles.",
            "Negotiators from both delegations will meet again next month in Geneva.",
            "Protesters gathered outside the conference hall holding banners.");
    Omissions.OutletTelling b =
        telling(
            "B",
            "The Vienna summit ended without agreement on missiles, officials said.",
            "Negotiators from both delegations will meet again next month, in Geneva.");
    Omissions.OutletTelling c = telling("C", "Markets rose on Tuesday after the long weekend.");

    List<Omissions.Omission> all = Omissions.of(List.of(a, b, c), STOP);
    List<Omissions.Omission> limited =
        Omissions.of(List.of(a, b, c), STOP, new Omissions.Limits(2, 100));

    assertThat(all).filteredOn(o -> o.outlet().equals("C")).hasSize(3);
    assertThat(limited)
        .filteredOn(o -> o.outlet().equals("C"))
        .extracting(o -> o.reportedBy().size())
        .containsExactly(2, 2);
    assertThat(limited)
        .filteredOn(o -> !o.outlet().equals("C"))
        .containsExactlyElementsOf(all.stream().filter(o -> !o.outlet().equals("C")).toList());
  }

  @Test
  void aStoryOverTheClaimLimitListsNumbersAndActorsButNoClaims() {
    List<Omissions.OutletTelling> tellings = new ArrayList<>();
    for (int outlet = 0; outlet < 3; outlet++) {
      List<Omissions.Sentence> sentences = new ArrayList<>();
      for (int article = 0; article < 4; article++) {
        String id = "o" + outlet + "a" + article;
        sentences.add(
            new Omissions.Sentence(
                id,
                0,
                "Rescuers in " + "ABC".charAt(outlet) + "-town pulled survivors from the rubble."));
        if (outlet == 0) {
          sentences.add(new Omissions.Sentence(id, 1, "At least 4,000 people died in the quake."));
        }
      }
      tellings.add(
          new Omissions.OutletTelling("O" + outlet, sentences, Map.of(), Set.of(), List.of()));
    }

    assertThat(Omissions.articles(tellings)).isEqualTo(12);
    assertThat(Omissions.of(tellings, STOP, new Omissions.Limits(200, 12)))
        .extracting(Omissions.Omission::kind)
        .contains("claim", "number");
    assertThat(Omissions.of(tellings, STOP, new Omissions.Limits(200, 11)))
        .extracting(Omissions.Omission::kind, Omissions.Omission::fact)
        .containsExactly(tuple("number", "4,000 people"), tuple("number", "4,000 people"));
  }

  @Test
  void aClaimRestatedInOtherWordsIsNoOmission() {
    // The seed story's delegation, told by each outlet in its own words (half the content words
    // are not shared either way).
    List<Omissions.OutletTelling> tellings =
        List.of(
            telling(
                "Al Mayadeen",
                "Al Mayadeen's correspondent reports that the Russian delegation, led by Sergey"
                    + " Ryabkov, has arrived to the US mission's headquarters to begin bilateral"
                    + " talks with the US on Ukraine tensions.",
                "Another meeting is set to take place on Wednesday in Brussels between Russia and"
                    + " NATO."),
            telling(
                "Wire",
                "INTERNATIONAL: A Russian delegation led by Deputy Foreign Minister Sergei Ryabkov"
                    + " has arrived in Geneva for security talks with the U.S., Russia's Foreign"
                    + " Ministry has confirmed on Sunday, 9 January."));

    List<String> byWords =
        Omissions.of(tellings, STOP, Omissions.Limits.NONE, null).stream()
            .filter(o -> o.kind().equals("claim"))
            .map(o -> o.outlet() + ": " + o.fact().substring(0, 20))
            .toList();
    List<String> byMeaning =
        Omissions.of(tellings, STOP, Omissions.Limits.NONE, SentenceEmbeddings::of).stream()
            .filter(o -> o.kind().equals("claim"))
            .map(o -> o.outlet() + ": " + o.fact().substring(0, 20))
            .toList();

    // The omission model already reads the delegation as one fact told twice (it is in the other
    // outlet's closest sentence and its names are there); the NATO meeting is the Wire's omission.
    // Embeddings agree.
    assertThat(byWords).containsExactly("Wire: Another meeting is s");
    assertThat(byMeaning).containsExactly("Wire: Another meeting is s");
  }

  @Test
  void aNumberInARatioScoreOrTimeIsNoCountNorIsOneBeforeAStopWord() {
    Omissions.OutletTelling cnn =
        telling(
            "CNN Business",
            "The Port of Los Angeles will move to 24/7 service, as COVID-19 cases fall.",
            "The 19–0 vote came after talks that ran until 16:00 GMT on Monday.",
            "Pupils aged 12 and up must comply.",
            "The IMF cut its 2021 growth forecast.",
            "In a Sept. 28 Senate hearing, funding beyond an October 30 deadline was discussed.",
            "Officials said 40 ships waited.");
    Omissions.OutletTelling bbc =
        telling("BBC News", "One of the biggest US ports will start operating 24 hours a day.");

    assertThat(Omissions.of(List.of(cnn, bbc), STOP))
        .filteredOn(o -> o.kind().equals("number"))
        .extracting(Omissions.Omission::outlet, Omissions.Omission::fact)
        .containsExactly(tuple("BBC News", "40 ships"));
  }

  @Test
  void aNumberRightAfterAMonthIsADay() {
    String text = "On Sept. 28 and October 5, 40 ships waited; Jan 3 too. Mar. 4";
    assertThat(Omissions.afterMonth(text, text.indexOf("28"))).isTrue();
    assertThat(Omissions.afterMonth(text, text.indexOf("5,"))).isTrue();
    assertThat(Omissions.afterMonth(text, text.indexOf("3 too"))).isTrue();
    assertThat(Omissions.afterMonth(text, text.lastIndexOf("4"))).isTrue();
    assertThat(Omissions.afterMonth(text, text.indexOf("40"))).isFalse();
    assertThat(Omissions.afterMonth("28 ships", 0)).isFalse();
  }

  @Test
  void aYearIsFourDigitsFrom1800To2099WithoutAComma() {
    assertThat(Omissions.isYear("2021")).isTrue();
    assertThat(Omissions.isYear("1989")).isTrue();
    assertThat(Omissions.isYear("2,021")).isFalse();
    assertThat(Omissions.isYear("2500")).isFalse();
    assertThat(Omissions.isYear("150")).isFalse();
  }

  @Test
  void anOutletCitingItselfIsNoActorTheOthersLeaveOut() {
    Map<String, String> mayadeenActors =
        Map.of("org:al-mayadeen", "Al Mayadeen", "person:ryabkov", "Sergey Ryabkov");
    Omissions.OutletTelling mayadeen =
        new Omissions.OutletTelling(
            "Al Mayadeen",
            List.of(s("Al Mayadeen's correspondent reports that Sergey Ryabkov has arrived.")),
            mayadeenActors,
            mayadeenActors.keySet(),
            List.of());
    Omissions.OutletTelling wire =
        new Omissions.OutletTelling(
            "Wire", List.of(s("Talks begin in Geneva.")), Map.of(), Set.of(), List.of());
    Omissions.OutletTelling digest =
        new Omissions.OutletTelling(
            "Digest",
            List.of(s("Al Mayadeen reported the arrival, Al Mayadeen said.")),
            Map.of("org:al-mayadeen", "Al Mayadeen"),
            Set.of("org:al-mayadeen"),
            List.of());

    assertThat(Omissions.of(List.of(mayadeen, wire), STOP))
        .filteredOn(o -> o.kind().equals("actor"))
        .extracting(Omissions.Omission::outlet, Omissions.Omission::fact)
        .containsExactly(tuple("Wire", "Sergey Ryabkov"));
    // Named by another outlet, the outlet is an actor of the story like any other, reported by
    // that outlet alone.
    assertThat(Omissions.of(List.of(mayadeen, wire, digest), STOP))
        .filteredOn(o -> o.kind().equals("actor") && o.fact().equals("Al Mayadeen"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.outlet()).isEqualTo("Wire");
              assertThat(o.reportedBy()).containsExactly("Digest");
            });
  }

  @Test
  void anOutletThatWritesTheActorsNameDoesNotOmitIt() {
    // The resolver took one outlet's Moscow for the city and the other's for Russia's government.
    Omissions.OutletTelling wire =
        new Omissions.OutletTelling(
            "Wire",
            List.of(s("The hard line from Moscow was clear."), s("Moscow was not optimistic.")),
            Map.of("entity:moscow", "Moscow", "entity:nato", "NATO"),
            Set.of("entity:moscow", "entity:nato"),
            List.of());
    Omissions.OutletTelling daily =
        new Omissions.OutletTelling(
            "Daily",
            List.of(s("Talks between Moscow and Washington have begun, Muscovites said.")),
            Map.of("entity:russia", "Russia"),
            Set.of(),
            List.of());

    assertThat(Omissions.of(List.of(wire, daily), STOP))
        .filteredOn(o -> o.kind().equals("actor"))
        .extracting(Omissions.Omission::outlet, Omissions.Omission::fact)
        .containsExactly(tuple("Daily", "NATO"));
    assertThat(Omissions.writesName(daily, "Moscow")).isTrue();
    assertThat(Omissions.writesName(daily, "Muscovite")).isFalse();
    assertThat(Omissions.writesName(daily, "Mos")).isFalse();
  }

  @Test
  void anActorNamesAnOutletWhenTheNamesMatchBarASuffixLikeNews() {
    assertThat(Omissions.namesOutlet("Al Mayadeen", "Al Mayadeen")).isTrue();
    assertThat(Omissions.namesOutlet("Al-Mayadeen", "al mayadeen")).isTrue();
    assertThat(Omissions.namesOutlet("the BBC", "BBC News")).isTrue();
    assertThat(Omissions.namesOutlet("CNN", "CNN Business")).isTrue();
    assertThat(Omissions.namesOutlet("New York", "New York Post")).isFalse();
    assertThat(Omissions.namesOutlet("News", "BBC News")).isFalse();
    assertThat(Omissions.namesOutlet("Reuters", "BBC News")).isFalse();
    assertThat(Omissions.namesOutlet("...", "...")).isFalse();
  }

  @Test
  void closestIsTheHighestCosineAmongTheOthers() {
    float[] v = {1, 0};

    assertThat(Omissions.closest(v, new float[][] {{0, 1}, {0.6f, 0.8f}, {-1, 0}}))
        .isEqualTo(0.6f, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Omissions.closest(v, new float[0][])).isEqualTo(-1.0);
  }

  @Test
  void aBillOrSectionNumberIsNoCount() {
    Omissions.OutletTelling texas =
        telling(
            "Texas Daily",
            "S.B. 8 went into effect on Wednesday after the court did not act.",
            "Critics say Section 230 protections shield the platforms.",
            "About 4,000 protesters marched to the capitol.");
    Omissions.OutletTelling other = telling("Other", "The court did not act on the law.");

    assertThat(Omissions.of(List.of(texas, other), STOP))
        .filteredOn(o -> o.kind().equals("number"))
        .extracting(Omissions.Omission::fact)
        .containsExactly("4,000 protesters");
  }

  @Test
  void whatAnOutletWritesInItsHeadlineOrQuotesWithoutAttributionIsReported() {
    Omissions.OutletTelling wire =
        new Omissions.OutletTelling(
            "Wire",
            List.of(
                s("Goldman Sachs said 3,000 jobs would go by March."),
                s("Goldman Sachs expects a slow year, its chief told investors.")),
            Map.of("org:goldman", "Goldman Sachs"),
            Set.of("org:goldman"),
            List.of(
                new Omissions.Quotation(
                    "person:solomon", "We will cut costs across every division this year")));
    Omissions.OutletTelling daily =
        new Omissions.OutletTelling(
            "Daily",
            List.of(
                s("The bank plans to cut costs across every division this year, staff were told.")),
            Map.of(),
            Set.of(),
            List.of(),
            Map.of("a", "Goldman Sachs to shed 3,000 jobs"));

    assertThat(Omissions.of(List.of(wire, daily), STOP))
        .extracting(Omissions.Omission::kind)
        .doesNotContain("actor", "number", "quote");
  }

  private static Omissions.OutletTelling telling(String outlet, String... sentences) {
    List<Omissions.Sentence> list = new ArrayList<>();
    for (String text : sentences) {
      list.add(new Omissions.Sentence(outlet, list.size(), text));
    }
    return new Omissions.OutletTelling(outlet, list, Map.of(), Set.of(), List.of());
  }
}
