package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.indirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsmodel.model.Quote;
import org.junit.jupiter.api.Test;

/** Reported questions: what was asked, by whom, and the verb of asking that reports none. */
class QuestionClausesTest {
  @Test
  void anIndirectQuestionIsWhatTheSubjectAsked() {
    assertThat(indirect("The council asked the mayor whether the ferry would run in winter."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .containsExactly(tuple("whether the ferry would run in winter", "The council", "asked"));
  }

  @Test
  void aPassiveAskerIsTheAgentOrNobody() {
    assertThat(indirect("When asked about the merger, she defended the plan to press ahead."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull, ParsedQuotes::cueOrNull)
        .contains(tuple("about the merger", null, "asked"));
    assertThat(indirect("Ana Ruiz was asked by a reporter why the tunnel stayed shut all week."))
        .extracting(Quote::text, ParsedQuotes::speakerOrNull)
        .containsExactly(tuple("why the tunnel stayed shut all week", "a reporter"));
  }

  @Test
  void askingForSomethingIsARequestNotAQuestion() {
    // no question word: the request is what the verb reports, up to the sentence end
    assertThat(indirect("The harbour master asked for more boats before the storm."))
        .extracting(Quote::text)
        .containsExactly("for more boats before the storm");
  }

  @Test
  void aQuestionWordWithNothingAfterItReportsNothing() {
    assertThat(indirect("The new harbour master never asks about.")).isEmpty();
  }
}
