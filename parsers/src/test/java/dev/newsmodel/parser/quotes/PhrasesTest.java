package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.markedHolding;
import static dev.newsmodel.parser.quotes.ParsedQuotes.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The noun phrase next to a cue, read through whole invented texts. */
class PhrasesTest {
  @Test
  void aDeterminerThatStandsAloneForAPersonIsTheSpeaker() {
    Article article =
        PARSER.parseText(
            "Readers wrote in all week. \u201cThe bridge can wait,\u201d one reader wrote. \u201cFix"
                + " the roads first,\u201d wrote another. Another said the plan was \u201ca waste of"
                + " good money.\u201d");
    assertThat(speakerText(markedHolding(article, "Fix the roads"))).contains("another");
    assertThat(speakerText(markedHolding(article, "waste of good"))).contains("Another");
    assertThat(speakerText(markedHolding(article, "bridge can wait"))).contains("one reader");
  }

  @Test
  void aDeterminerThatOnlyOpensAPhraseIsNoSpeaker() {
    Article article =
        PARSER.parseText(
            "Mayor Ann Roe spoke on Monday. \u201cWe are ready,\u201d said the. \u201cAll of it,\u201d"
                + " Roe said.");
    assertThat(speakerText(markedHolding(article, "We are ready")))
        .isNotEqualTo(Optional.of("the"));
  }
}
