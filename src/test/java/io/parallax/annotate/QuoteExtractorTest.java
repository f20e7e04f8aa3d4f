package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote rules on sentences written for each case; speakers read off by hand. */
class QuoteExtractorTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator();

  private static List<Quote> quotes(String text) {
    return ANNOTATOR.annotate(text).quotes();
  }

  private static Quote only(String text) {
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void aFindingOfSomethingNoOneSaidIsNoQuoteButAPersonsSuggestionIs() {
    // Both wrongly read as speech on the real feed (blind read, issue 25).
    assertThat(
            quotes(
                "His meeting with the bankers on Monday suggests a possible change of plans for"
                    + " the company."))
        .isEmpty();
    assertThat(
            quotes(
                "There was a telling development in the ninth inning: the four pitches were"
                    + " strikes."))
        .isEmpty();
    Quote suggested = only("Maria Lopez suggested that the council would delay the vote again.");
    assertThat(suggested.kind()).isEqualTo(Quote.INDIRECT);
    assertThat(suggested.speakerActorId()).isEqualTo("person:lopez|mr");
    assertThat(only("Researchers found that the bridge had been unsafe for years.").kind())
        .isEqualTo(Quote.INDIRECT);
  }

  @Test
  void speakerAfterTheQuotationEitherOrder() {
    Quote stated = only("“We will not waste time,” Sergei Ryabkov stated.");
    assertThat(stated.kind()).isEqualTo(Quote.DIRECT);
    assertThat(stated.text()).isEqualTo("We will not waste time");
    assertThat(stated.speakerActorId()).isEqualTo("person:ryabkov|srj");

    Quote inverted = only("\"The talks were useful,\" said Wendy Sherman, the deputy secretary.");
    assertThat(inverted.speakerActorId()).isEqualTo("person:sherman|ant");
    assertThat(inverted.cue()).isEqualTo("said");
  }

  @Test
  void aSentenceOpeningOfSaidIsAnnotatedNotACrash() {
    // "Of" before a cue left a speaker phrase that ended before it began.
    AnnotatedArticle article =
        ANNOTATOR.annotate(
            "Of said properties, three were sold to the city last year. Notes: of said the budget"
                + " was late.");
    assertThat(article.sentences()).hasSize(2);
  }

  @Test
  void pronounSpeakerTakesThePersonOfTheRightGender() {
    List<Quote> quotes =
        quotes(
            "Wendy Sherman met Sergei Ryabkov in Geneva.\n"
                + "He said, “We went straight to the matter.”\n"
                + "She said the United States would welcome genuine progress.");
    assertThat(quotes)
        .extracting(Quote::speakerActorId)
        .containsExactly("person:ryabkov|srj", "person:sherman|ant");
    assertThat(quotes).extracting(Quote::speakerText).containsExactly("He", "She");
  }

  @Test
  void indirectSpeechAndAccordingTo() {
    Quote said =
        only("Antony Blinken said Russia had a choice between dialogue and confrontation.");
    assertThat(said.kind()).isEqualTo(Quote.INDIRECT);
    assertThat(said.text()).isEqualTo("Russia had a choice between dialogue and confrontation");
    assertThat(said.speakerActorId()).isEqualTo("person:blinken|antn");

    Quote before = only("Troops were massing near the border, Ukrainian officials said on Monday.");
    assertThat(before.text()).isEqualTo("Troops were massing near the border");
    assertThat(before.speakerText()).isEqualTo("Ukrainian officials");
    assertThat(before.speakerActorId()).isEqualTo(Quote.UNATTRIBUTED);

    Quote according = only("According to Interfax, the talks will end early.");
    assertThat(according.text()).isEqualTo("the talks will end early");
    assertThat(according.speakerActorId()).isEqualTo("entity:interfax");
    assertThat(according.cue()).isEqualTo("according to");
  }

  @Test
  void descriptionResolvesThroughTheRoleWords() {
    List<Quote> quotes =
        quotes(
            "Secretary of State Antony Blinken arrived on Sunday.\n"
                + "The Secretary of State has said that progress is hard while troops mass.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speakerActorId()).isEqualTo("person:blinken|antn");
    assertThat(quotes.get(0).speakerText()).isEqualTo("The Secretary of State");
  }

  @Test
  void scareQuotesWithoutACueAreNotQuotations() {
    assertThat(quotes("The so-called “reset” failed in 2011.")).isEmpty();
  }

  @Test
  void quotationWithNoSpeakerIsUnattributed() {
    Quote quote = only("“This is the tensest point since the Cold War.”");
    assertThat(quote.speakerActorId()).isEqualTo(Quote.UNATTRIBUTED);
    assertThat(quote.speakerText()).isNull();
    assertThat(quote.wordCount()).isEqualTo(9);
  }

  @Test
  void aFamilyNameTheTaggerMissedIsThePersonTheArticleNamedInFull() {
    // "Lovely said" on the real feed: the tagger took the economist's family name for an adjective.
    List<Quote> found =
        quotes(
            "Mary E. Lovely, an economist at Syracuse University, studies trade. \"When the price of"
                + " these inputs goes up, businesses find it harder to compete,\" Lovely said.");
    assertThat(found).anySatisfy(q -> assertThat(q.speakerActorId()).isEqualTo("person:lovely|mr"));
  }

  @Test
  void theNextPartOfALongQuotationIsTheSameSpeakers() {
    // PolNeAR: a quotation of five sentences, "... ," Sanders said, then its next part.
    List<Quote> found =
        quotes(
            "Bernie Sanders spoke on Monday.\n\n\"This is what I know. In politics we look at"
                + " personality. We like you, we don't like you. I think we have to back away from"
                + " that. We're looking at the needs of the people,\" Sanders said, going on to"
                + " contrast the two plans. \"So I would just simply say to the millennials: look at"
                + " the issues.\"");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).speakerActorId()).isEqualTo(found.get(0).speakerActorId());
    assertThat(found.get(1).speakerActorId()).startsWith("person:sanders");
  }

  @Test
  void aVerbThatTakesAThingAsItsObjectIsNoCueWithoutAClauseAfterIt() {
    // Narration the blind read found taken for reported speech on the real feed.
    assertThat(quotes("Ford soon after wrote his first novel, a short book about a river town."))
        .isEmpty();
    assertThat(quotes("The company boasts a reputation as a careful owner of local papers."))
        .isEmpty();
    assertThat(quotes("The new design confirms the belief that the company has few new ideas."))
        .isEmpty();
    assertThat(quotes("I am tired of waiting. Tell me a story about the old harbour.")).isEmpty();
    Quote wrote = only("Maria Lopez wrote that the council would delay the vote again.");
    assertThat(wrote.kind()).isEqualTo(Quote.INDIRECT);
    assertThat(wrote.speakerActorId()).isEqualTo("person:lopez|mr");
  }
}
