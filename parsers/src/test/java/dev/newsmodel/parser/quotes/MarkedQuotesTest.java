package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.NewsParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes in marks: titles of works are no statements; short statements are whole ones. */
class MarkedQuotesTest {
  private static final NewsParser PARSER = NewsParser.create();

  private static List<Quote> quotes(String text) {
    return PARSER.parseText(text).quotes();
  }

  @Test
  void aTitleAfterAWordThatNamesAWorkIsNoStatement() {
    assertThat(quotes("Ruiz, 58, is known for her role on \u201cTwo Days and a Night.\u201d"))
        .isEmpty();
    assertThat(quotes("She plays in \u201cThe Long Crossing,\u201d a film about a ferry captain."))
        .isEmpty();
    assertThat(quotes("He won an award for \u201cSalt and Iron\u201d last year.")).isEmpty();
  }

  @Test
  void aListOfTitlesIsNoStatement() {
    assertThat(
            quotes(
                "She starred in films including \u201cHarbour Lights,\u201d \u201cThe Night"
                    + " Ferry\u201d and \u201cLow Tide.\u201d"))
        .isEmpty();
  }

  @Test
  void anUnattributedNameInTitleCaseInsideASentenceIsNoStatement() {
    assertThat(quotes("The distillery won the \u201cBest Small Batch Rye of the Year\u201d award."))
        .isEmpty();
  }

  @Test
  void speechAfterTheSameWordsStaysSpeech() {
    List<Quote> quotes =
        quotes("She said in an interview: \u201cWe will not close the ferry line this year.\u201d");
    assertThat(quotes).hasSize(1);
    List<Quote> asked = quotes("\u201cIs This the End?\u201d the paper asked on its front page.");
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void aShortStatementBeforeItsAttributionIsDirect() {
    Quote no =
        quotes("\u201cNo,\u201d Roe said when asked whether the ferry would run late.").get(0);
    assertThat(no.kind()).isEqualTo(QuoteKind.DIRECT);
    Quote terrible = quotes("\u201cTerrible,\u201d she said.").get(0);
    assertThat(terrible.kind()).isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void aQuotedTermInsideASentenceStaysPartial() {
    // The reported speech around the quoted term is an INDIRECT quote of its own (a mixed quote).
    Quote term =
        quotes("The minister said the plan was \u201cdead on arrival\u201d in its present form.")
            .stream()
            .filter(q -> q.text().equals("dead on arrival"))
            .findFirst()
            .orElseThrow();
    assertThat(term.kind()).isEqualTo(QuoteKind.PARTIAL);
  }
}
