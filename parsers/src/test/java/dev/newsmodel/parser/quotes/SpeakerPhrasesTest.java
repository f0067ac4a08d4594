package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.holding;
import static dev.newsmodel.parser.quotes.ParsedQuotes.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.Span;
import java.util.Optional;
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
  void aRelativeClauseAfterACommaHoldingTheQuoteSpeaksForThePersonBeforeIt() {
    Article article =
        PARSER.parseText(
            "Mayor Ann Roe, who has styled herself the \u201cdistrict\u2019s loudest voice,\u201d"
                + " won again. Tom Hale, who is \u201cthe new guy,\u201d lost.");
    Quote styled = holding(article, "loudest voice");
    assertThat(speakerText(styled)).contains("who");
    assertThat(ParsedQuotes.speakerName(article, styled)).contains("Ann Roe");
    assertThat(speakerText(holding(article, "the new guy"))).isNotEqualTo(Optional.of("who"));
  }

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
