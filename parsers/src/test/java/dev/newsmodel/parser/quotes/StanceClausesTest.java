package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.NewsParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stance in progress ("the union is demanding that …") is its subject's own; a passive after a
 * form of "be" ("is expected to") is others'.
 */
class StanceClausesTest {
  private static final NewsParser PARSER = NewsParser.create();

  private static List<Quote> indirect(String text) {
    return PARSER.parseText(text).quotes().stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT)
        .toList();
  }

  private static String speaker(Quote quote) {
    return quote.speaker().map(s -> s.text()).orElse(null);
  }

  private static String cue(Quote quote) {
    return quote.cue().map(Span::text).orElse(null);
  }

  @Test
  void aStanceInProgressIsTheSubjects() {
    assertThat(indirect("The union is demanding that the board release the full audit."))
        .extracting(Quote::text, StanceClausesTest::speaker, StanceClausesTest::cue)
        .containsExactly(tuple("that the board release the full audit", "The union", "demanding"));
    assertThat(indirect("Senator Ana Ruiz is warning voters that the toll would hurt farmers."))
        .extracting(StanceClausesTest::speaker)
        .containsExactly("Senator Ana Ruiz");
    assertThat(indirect("The drivers are promising a longer strike in the spring."))
        .extracting(Quote::text, StanceClausesTest::speaker)
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
