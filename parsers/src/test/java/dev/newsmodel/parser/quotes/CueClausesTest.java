package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time or a place right after the cue of a speaker who follows a statement is no content, on
 * every path a cue takes: its own clause, a second verb of the same speaker, a stance.
 */
class CueClausesTest {
  private static List<String> indirectTexts(String text) {
    return ParsedQuotes.indirect(text).stream().map(Quote::text).toList();
  }

  @Test
  void aTimeAfterTheCueOfASpeakerAfterAStatementIsNoContent() {
    assertThat(indirectTexts("\u201cThe count is over,\u201d the clerk said after the meeting."))
        .isEmpty();
    assertThat(indirectTexts("\u201cIs the count over?\u201d the weekly asked on its front page."))
        .isEmpty();
  }

  @Test
  void aTimeAfterASecondVerbOfThatSpeakerIsNoContentEither() {
    assertThat(
            indirectTexts(
                "\u201cThe count is over,\u201d the clerk said, and later repeated it in the"
                    + " evening."))
        .isEmpty();
  }

  @Test
  void aClauseAfterTheTimeIsStillReported() {
    assertThat(
            indirectTexts(
                "\u201cThe count is over,\u201d the clerk said. She warned on Friday that the"
                    + " ballots would be burned."))
        .containsExactly("the ballots would be burned");
  }

  @Test
  void aSpeakerOpeningTheSentenceReportsWhatFollowsATime() {
    assertThat(indirectTexts("The clerk said on Friday the ballots would be counted again."))
        .singleElement()
        .asString()
        .endsWith("the ballots would be counted again");
  }

  @Test
  void aCommaAfterAnOpeningAdverbialIsNoStatement() {
    assertThat(indirectTexts("In the end, the union agreed to drop the claim."))
        .containsExactly("to drop the claim");
  }

  @Test
  void aCommaAfterTheClosingMarkStillEndsAStatement() {
    assertThat(indirectTexts("\u201cThe count is over\u201d, the clerk said after the meeting."))
        .isEmpty();
  }
}
