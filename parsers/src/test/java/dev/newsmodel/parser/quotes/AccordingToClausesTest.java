package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsmodel.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * "According to" attributes the statement around it to its source, a person or a record of theirs,
 * wherever the source stands; a standard followed ("according to plan") is no source.
 */
class AccordingToClausesTest {
  private static Object[] contentAndSource(String text) {
    Quote quote = ParsedQuotes.indirect(text).get(0);
    return new Object[] {quote.text(), ParsedQuotes.speakerOrNull(quote)};
  }

  @Test
  void aSourceAfterTheStatementTakesTheClauseBeforeIt() {
    assertThat(
            ParsedQuotes.indirect(
                "The harbour lost 40 jobs in a year, according to the latest port figures."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("The harbour lost 40 jobs in a year", "the latest port figures"));
  }

  @Test
  void aSourceWithoutACommaBeforeItStillTakesTheClause() {
    assertThat(
            contentAndSource(
                "The mayor leads the count by 300 votes according to a count by the local paper."))
        .containsExactly("The mayor leads the count by 300 votes", "a count");
  }

  @Test
  void aSourceMayOpenWithAnAdjectiveInLy() {
    assertThat(contentAndSource("The ferry line lost money again, according to early figures."))
        .containsExactly("The ferry line lost money again", "early figures");
    assertThat(contentAndSource("According to early returns, the mayor won both of the districts."))
        .containsExactly("the mayor won both of the districts", "early returns");
  }

  @Test
  void aShortLeadInBeforeTheSourceLeavesTheStatementAfterIt() {
    assertThat(
            contentAndSource(
                "But, according to the survey, most of the tenants want the park to stay."))
        .containsExactly("most of the tenants want the park to stay", "the survey");
  }

  @Test
  void aStandardFollowedIsNoSource() {
    assertThat(ParsedQuotes.indirect("The repairs of the old bridge went according to plan."))
        .isEmpty();
    assertThat(
            ParsedQuotes.indirect("The parcels on the long table were sorted according to size."))
        .isEmpty();
  }

  @Test
  void aLongerLeadInIsNoStatementOfTheSource() {
    assertThat(
            ParsedQuotes.indirect(
                    "In the old town by the river, according to the guide, the walls still stand.")
                .stream()
                .map(Quote::text))
        .doesNotContain("the walls still stand");
  }
}
