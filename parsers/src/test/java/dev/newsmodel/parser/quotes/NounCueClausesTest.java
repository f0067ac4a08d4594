package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.indirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsmodel.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A noun of a statement or a stance with a possessive reports its complement, the holder speaks:
 * "her claim that …", "his decision to …", "the union's criticism of …".
 */
class NounCueClausesTest {
  @Test
  void aNounOfAStatementReportsTheClauseAfterThat() {
    assertThat(
            indirect("Contrary to his claim that nobody would look at the files, there were many."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("nobody would look at the files", "his", "claim"));
    assertThat(indirect("The checkers looked into the mayor's claim that crime fell by half."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("crime fell by half", "the mayor"));
  }

  @Test
  void aNounOfAnIntentReportsTheInfinitive() {
    assertThat(
            indirect(
                "The vote was dented by her decision to close the north pier, a move many"
                    + " regret."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("to close the north pier", "her", "decision"));
  }

  @Test
  void aNounOfAStanceReportsWhatItIsToward() {
    assertThat(indirect("The port staff was glad of the union's support for the new ferry line."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("the new ferry line", "the union", "support"));
  }

  @Test
  void aComplementOfAnotherKindReportsNothing() {
    assertThat(indirect("The old prince pressed his claim to the throne of the island.")).isEmpty();
    assertThat(indirect("They changed their plans for the long weekend by the lake.")).isEmpty();
  }

  @Test
  void withoutAPossessiveNobodyIsNamed() {
    assertThat(indirect("The claim that the pier was unsafe spread through the town.")).isEmpty();
  }

  @Test
  void aNounPhraseThatOpensTheSentenceIsLeftAlone() {
    // as a subject its complement runs into the verb of the sentence
    assertThat(indirect("The bridge's support for the road was weakened by the flood.")).isEmpty();
    assertThat(indirect("Her claim that the pier was safe was rejected by the court.")).isEmpty();
  }

  @Test
  void aLightVerbWithANounOfAStatementReportsItsComplement() {
    assertThat(indirect("The mayor made the case that the pier should close for the winter."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(
            tuple("the pier should close for the winter", "The mayor", "made the case"));
    assertThat(indirect("He has made a firm commitment to hold a meeting every month."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("to hold a meeting every month", "He"));
  }

  @Test
  void aLightVerbWithAnotherObjectReportsNothing() {
    assertThat(indirect("She made a cake for the party at the harbour.")).isEmpty();
    assertThat(indirect("The crew made a call to the harbour master.")).isEmpty();
  }
}
