package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.indirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsmodel.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A stance in progress ("the union is demanding that …") is its subject's own; a passive after a
 * form of "be" ("is expected to") is others'.
 */
class StanceClausesTest {
  @Test
  void aStanceInProgressIsTheSubjects() {
    assertThat(indirect("The union is demanding that the board release the full audit."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("that the board release the full audit", "The union", "demanding"));
    assertThat(indirect("Senator Ana Ruiz is warning voters that the toll would hurt farmers."))
        .extracting(ParsedQuotes::speakerOrNull)
        .containsExactly("Senator Ana Ruiz");
    assertThat(indirect("The drivers are promising a longer strike in the spring."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("a longer strike in the spring", "The drivers"));
  }

  @Test
  void aStanceOthersHoldIsNoSubjectsStance() {
    // Others expect it: an attribution to nobody named (EvidentialClauses), not the mayor's
    assertThat(indirect("Mayor Lena Holt is expected to meet the port workers next week."))
        .extracting(ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple(null, "is expected"));
  }

  @Test
  void aVerbOfStanceWithANounObjectReportsOnlyThePhrase() {
    assertThat(indirect("The union endorsed Mayor Lena Holt at a rally in the port."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("Mayor Lena Holt", "The union", "endorsed"));
    assertThat(indirect("The judge rejected the appeal because the deadline had passed."))
        .extracting(Quote::text)
        .containsExactly("the appeal");
    assertThat(indirect("She declined the offer and has since left the ferry company."))
        .extracting(Quote::text)
        .containsExactly("the offer");
    // the phrase goes on through "as", "for" and "to": they belong to what is endorsed
    assertThat(indirect("The council endorsed the toll as a fair price for the new bridge."))
        .extracting(Quote::text)
        .containsExactly("the toll as a fair price for the new bridge");
  }

  @Test
  void plansAndRefusalsAttributeAnIntent() {
    assertThat(indirect("The ferry company plans to close the north pier next spring."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("to close the north pier next spring", "The ferry company", "plans"));
    assertThat(indirect("Mayor Lena Holt refused to answer questions about the toll."))
        .extracting(ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("Mayor Lena Holt", "refused"));
  }

  @Test
  void offersAndPursuitsAttributeAStance() {
    assertThat(indirect("The dockers are seeking a higher wage for night shifts."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("a higher wage for night shifts", "The dockers", "seeking"));
    assertThat(indirect("The port authority offered no reason for the closure."))
        .extracting(Quote::text, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("no reason for the closure", "offered"));
  }

  @Test
  void aVerbOfStanceUsedAsANounOrWithoutObjectReportsNothing() {
    assertThat(indirect("The city's plans to widen the road were shelved last year.")).isEmpty();
    assertThat(indirect("The new tax plans include a levy on ferry tickets.")).isEmpty();
    assertThat(indirect("The bridge was backed by a loan from the port authority.")).isEmpty();
    assertThat(indirect("Job seeking is hard in the valley this winter.")).isEmpty();
    assertThat(indirect("The office floor plan that needs revision was sent back.")).isEmpty();
  }

  @Test
  void aParticipleThatIsNoCueStaysSilent() {
    assertThat(indirect("The union is planning a march to the depot on Friday.")).isEmpty();
  }

  @Test
  void aPastVerbOfStanceTakesANounWithoutDeterminer() {
    assertThat(indirect("Senator Ana Ruiz cited rising costs as the reason for her vote."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("rising costs as the reason for her vote", "Senator Ana Ruiz", "cited"));
    // a preposition or an adverb after it opens no object
    assertThat(indirect("Senator Ana Ruiz rejected strongly, and left the room.")).isEmpty();
    assertThat(indirect("The old truck backed into the pier at noon.")).isEmpty();
  }

  @Test
  void aVerbOfSpeechWithItsTopicReportsTheTopic() {
    assertThat(indirect("She spoke about her ties to the old harbour while at the fair."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("her ties to the old harbour", "She", "spoke about"));
    assertThat(indirect("The judge spoke of the legacy of the old mill laws."))
        .extracting(Quote::text)
        .containsExactly("the legacy of the old mill laws");
    assertThat(indirect("The council discussed the plan for the harbour."))
        .extracting(Quote::text, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the plan for the harbour", "discussed"));
  }

  @Test
  void speakingToSomeoneReportsNoTopic() {
    assertThat(indirect("She spoke to reporters for an hour after the vote.")).isEmpty();
    assertThat(indirect("The mayor talked for an hour on the radio.")).isEmpty();
  }

  @Test
  void praiseAndProposalsWithANounObjectAreStances() {
    assertThat(indirect("The critics lauded the new museum for its bold design."))
        .extracting(ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("The critics", "lauded"));
    assertThat(indirect("The ferry company unveiled a plan to cut 40 jobs."))
        .extracting(Quote::text)
        .containsExactly("a plan to cut 40 jobs");
    assertThat(indirect("The union disputed the figures of the port authority."))
        .extracting(Quote::text)
        .containsExactly("the figures of the port authority");
  }

  @Test
  void aNounOfTheSameFormIsNoStance() {
    assertThat(indirect("The outline of the old harbour wall is still visible.")).isEmpty();
    assertThat(indirect("His dispute with the landlord went to court in May.")).isEmpty();
  }

  @Test
  void aVerbOfRegardWithAsReportsTheSubjectsView() {
    assertThat(indirect("Many farmers see the new toll as a tax on their harvest."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the new toll as a tax on their harvest", "Many farmers", "see"));
    assertThat(indirect("The union regards the offer as an insult."))
        .extracting(Quote::text)
        .containsExactly("the offer as an insult");
  }

  @Test
  void aVerbOfSeeingWithoutAsReportsNothing() {
    assertThat(indirect("They saw the river from the old bridge at dawn.")).isEmpty();
    assertThat(indirect("The mayor saw as much in the report of the port.")).isEmpty();
  }
}
