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
    assertThat(indirect("Mayor Lena Holt is expected to meet the port workers next week."))
        .isEmpty();
  }

  @Test
  void aParticipleThatIsNoCueStaysSilent() {
    assertThat(indirect("The union is planning a march to the depot on Friday.")).isEmpty();
  }
}
