package dev.newsmodel.parser.quotes;

import static dev.newsmodel.parser.quotes.ParsedQuotes.PARSER;
import static dev.newsmodel.parser.quotes.ParsedQuotes.cue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import org.junit.jupiter.api.Test;

/** Speakers and cues carried to the statements in marks whose own words name none. */
class SpeakerCarryOverTest {
  @Test
  void aStatementSplitByItsCueTakesTheCueForBothParts() {
    Article article =
        PARSER.parseText(
            "Harbour master Ilse Brandt spoke on Monday. \u201cThe channel is open again,\u201d"
                + " Brandt said. \u201cShips can sail tonight.\u201d");

    assertThat(article.quotes()).hasSize(2);
    Quote second = article.quotes().get(1);
    assertThat(second.speaker().orElseThrow().text()).isEqualTo("Brandt");
    assertThat(cue(second)).contains("said");
  }

  @Test
  void aContinuedStatementTakesTheSpeakerOfItsCueNotALaterMention() {
    Article article =
        PARSER.parseText(
            "Tom Lee spoke last. \u201cWe came a long way,\u201d he said, noting that in May he had"
                + " trailed by fifty points. \u201cWe will work as hard as we can to win.\u201d");

    Quote first = ParsedQuotes.markedHolding(article, "long way");
    Quote second = ParsedQuotes.markedHolding(article, "work as hard");
    assertThat(second.speaker().orElseThrow().start())
        .isEqualTo(first.speaker().orElseThrow().start());
    assertThat(second.speaker().orElseThrow().entityId())
        .isEqualTo(first.speaker().orElseThrow().entityId());
  }

  @Test
  void aStatementInTheNextParagraphTakesTheSpeakerButNotTheCue() {
    Article article =
        PARSER.parseText(
            "Harbour master Ilse Brandt spoke on Monday. \u201cThe channel is open again,\u201d"
                + " Brandt said.\n\n\u201cShips can sail tonight and the ferries will follow.\u201d");

    Quote second = article.quotes().get(1);
    assertThat(second.speaker().orElseThrow().text()).isEqualTo("Brandt");
    assertThat(second.cue()).isEmpty();
  }

  @Test
  void aStatementAfterTheSpeakersSentenceTakesItsVerbAsCue() {
    Article article =
        PARSER.parseText(
            "Councillor Tomas Weller named the rents as the main worry of young families."
                + " \u201cThey cannot pay them and they are leaving the town.\u201d");

    Quote quote = article.quotes().get(0);
    assertThat(quote.speaker().orElseThrow().text()).isEqualTo("Tomas Weller");
    assertThat(cue(quote)).contains("named");
  }

  @Test
  void quotedWordsGivenToTheSubjectTakeItsVerbAsCue() {
    Article article =
        PARSER.parseText(
            "In May, Weller dismissed the tunnel plan as a \u201ccostly detour\u201d for the"
                + " city.");

    Quote quote = article.quotes().get(0);
    assertThat(quote.speaker().orElseThrow().text()).isEqualTo("Weller");
    assertThat(cue(quote)).contains("dismissed");
  }
}
