package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.holding;
import static dev.newsmodel.parser.quotes.ParsedQuotes.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.Span;
import org.junit.jupiter.api.Test;

/** The subject of a sentence as the speaker of the words in marks inside it, or as no speaker. */
class SpeakerPhrasesTest {
  @Test
  void aSubjectThatOnlyLinksToTheQuotedWordsSaysNothing() {
    Article article =
        PARSER.parseText(
            "Boilers are \u201cthe heart of every old block.\u201d Tenants can \u201ccall the"
                + " hotline at any hour of the day.\u201d The plan is not \u201ca cure.\u201d");
    assertThat(speakerText(holding(article, "heart of every"))).isEmpty();
    assertThat(speakerText(holding(article, "call the hotline"))).isEmpty();
    assertThat(speakerText(holding(article, "a cure"))).isEmpty();
    Article later =
        PARSER.parseText(
            "Tom Hale spoke in May. A month later, he called the plan \u201ca total waste.\u201d");
    assertThat(speakerText(holding(later, "total waste"))).contains("he");
  }

  @Test
  void aSubjectWithAVerbAfterItsAuxiliaryStillSpeaks() {
    Article article =
        PARSER.parseText(
            "Voss has gone after the mayor as a \u201ctired old hand.\u201d Mayor Ida Brandt also"
                + " branded the plan \u201ca disgrace.\u201d");
    assertThat(speakerText(holding(article, "tired old hand"))).contains("Voss");
    Quote branded = holding(article, "a disgrace");
    assertThat(speakerText(branded)).hasValueSatisfying(s -> assertThat(s).contains("Ida Brandt"));
    assertThat(branded.cue().map(Span::text)).isPresent();
  }

  @Test
  void aParticipleWithAnEarlierCueKeepsThatCuesSpeaker() {
    Article article =
        PARSER.parseText(
            "\u201cThe heat is back,\u201d Rosa Lind said on Friday, adding later, \u201cbut not"
                + " for long.\u201d");
    assertThat(speakerText(holding(article, "not for long"))).contains("Rosa Lind");
  }

  @Test
  void aDescriptionThatOnlyLinksSaysNothing() {
    Article article =
        PARSER.parseText("Mayor Ann Roe spoke first. The new plan is not \u201ca cure.\u201d");
    assertThat(speakerText(holding(article, "a cure"))).isEmpty();
    Article later =
        PARSER.parseText(
            "Tom Hale spoke in May. A month later, he called the plan \u201ca total waste.\u201d");
    assertThat(speakerText(holding(later, "total waste"))).contains("he");
  }
}
