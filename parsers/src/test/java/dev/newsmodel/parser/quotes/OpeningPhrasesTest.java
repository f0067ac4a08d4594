package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.holding;
import static dev.newsmodel.parser.quotes.ParsedQuotes.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import org.junit.jupiter.api.Test;

/** The noun phrase that opens a sentence as the speaker of the words in marks after its verb. */
class OpeningPhrasesTest {
  @Test
  void aModifierOpeningTheSentenceIsNoSubject() {
    Article article =
        PARSER.parseText(
            "Reprising one of her old lines, Mayor Ann Roe talked about the \u201cquiet progress of"
                + " the last four years.\u201d Asked about the vote, Tom Hale gave it \u201ca"
                + " failing grade.\u201d");
    assertThat(ParsedQuotes.speakerName(article, holding(article, "quiet progress")))
        .contains("Ann Roe");
    assertThat(ParsedQuotes.speakerName(article, holding(article, "failing grade")))
        .contains("Tom Hale");
    Article place =
        PARSER.parseText(
            "Speaking at a town hall in Salem, Oregon, Mayor Ann Roe went after her rival, calling"
                + " him \u201ca total bore.\u201d");
    assertThat(ParsedQuotes.speakerName(place, holding(place, "total bore"))).contains("Ann Roe");
  }

  @Test
  void aDescriptionOpeningTheSentenceSpeaks() {
    Article article =
        PARSER.parseText(
            "Mayor Ann Roe spoke first.\n\nThe former treasurer mocked her rival as the \u201cking"
                + " of budgets.\u201d\n\nThe letter continues: \u201cPlease explain what you knew"
                + " about the pipes.\u201d\n\nThe ad claims \u201cRoe is the mayor you can"
                + " trust.\u201d");
    assertThat(speakerText(holding(article, "king of budgets"))).contains("The former treasurer");
    assertThat(speakerText(holding(article, "Please explain"))).contains("The letter");
    assertThat(speakerText(holding(article, "mayor you can trust"))).contains("The ad");
  }
}
