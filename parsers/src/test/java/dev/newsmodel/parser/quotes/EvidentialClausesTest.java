package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.indirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsmodel.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Attributions to unnamed observers: verbs of appearance and passives of expectation or report,
 * with the matter reported as content and no speaker; and their near misses.
 */
class EvidentialClausesTest {
  @Test
  void aVerbOfAppearanceWithAnInfinitiveReportsItsSubjectsMatter() {
    assertThat(indirect("The new ferry seems to carry fewer passengers than the old one."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("The new ferry seems to carry fewer passengers than the old one", null, "seems"));
    assertThat(indirect("By Friday the harbour master appeared to have changed her mind."))
        .extracting(ParsedQuotes::cueOrNull)
        .containsExactly("appeared");
  }

  @Test
  void seemTakesAnAdjectiveOrANounPhraseToo() {
    assertThat(indirect("Before the vote, the mayor seemed nervous about the count."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the mayor seemed nervous about the count", null, "seemed"));
  }

  @Test
  void anEmptyItWithAThatClauseReportsTheClause() {
    assertThat(indirect("It appears that the council will vote on the toll again in June."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the council will vote on the toll again in June", null, "appears"));
  }

  @Test
  void aPassiveOfExpectationOrReportNamesNoSpeaker() {
    assertThat(indirect("The harbour master is expected to resign after the inquiry."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple(
                "The harbour master is expected to resign after the inquiry", null, "is expected"));
    assertThat(indirect("The two ferry firms were said to be close to a merger."))
        .extracting(ParsedQuotes::cueOrNull)
        .containsExactly("were said");
    assertThat(indirect("It was widely reported that the mill would close before winter."))
        .extracting(Quote::text, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the mill would close before winter", "was widely reported"));
  }

  @Test
  void appearanceAndExpectationWithoutAnInfinitiveOrClauseReportNothing() {
    assertThat(indirect("The harbour master appeared on the evening news with her deputy."))
        .isEmpty();
    assertThat(indirect("The ferry appeared in the harbour just after noon.")).isEmpty();
    // "to" before a pronoun or a determiner opens no infinitive
    assertThat(indirect("Late at night two owls appear to you in the garden.")).isEmpty();
    assertThat(indirect("The ferry is expected at the north pier around noon today.")).isEmpty();
    assertThat(indirect("The expected storm did not reach the valley on Monday night.")).isEmpty();
  }

  @Test
  void anEmptyItWithAnInfinitiveReportsNothing() {
    assertThat(indirect("It seems to rain every weekend in the valley this spring.")).isEmpty();
  }

  @Test
  void anAdverbOfHearsayAttributesItsClauseToNobodyNamed() {
    assertThat(indirect("The hackers have reportedly entered more than 100 accounts."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple(
                "The hackers have reportedly entered more than 100 accounts", null, "reportedly"));
    assertThat(indirect("Reportedly, the ferry company made large losses last year."))
        .extracting(Quote::text)
        .containsExactly("the ferry company made large losses last year");
    assertThat(indirect("In the end, the mayor allegedly kept the money for the pier."))
        .extracting(Quote::text)
        .containsExactly("the mayor allegedly kept the money for the pier");
  }

  @Test
  void anAdverbOfHearsayInsideANounPhraseReportsNothing() {
    assertThat(indirect("A reportedly stolen bicycle stood near the north pier.")).isEmpty();
  }

  @Test
  void aPassiveOfRegardWithAsIsAViewOfNobodyNamed() {
    assertThat(indirect("The toll was widely seen as a tax on the farmers."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("The toll was widely seen as a tax on the farmers", null, "was widely seen"));
    assertThat(indirect("The old mill was seen from the bridge by the walkers.")).isEmpty();
  }
}
