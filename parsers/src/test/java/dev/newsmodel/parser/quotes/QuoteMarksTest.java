package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quotes(String text) {
    return QuoteMarks.find(text).stream()
        .map(q -> q.depth() + ":" + text.substring(q.contentStart(), q.contentEnd()))
        .toList();
  }

  @Test
  void findsCurlyAndStraightQuotes() {
    assertThat(quotes("He said \u201cyes\u201d and \"no\" and \u00abpeut-\u00eatre\u00bb."))
        .containsExactly("0:yes", "0:no", "0:peut-\u00eatre");
  }

  @Test
  void tellsApostrophesFromClosingSingleQuotes() {
    assertThat(
            quotes("Blinken\u2019s aide called it \u2018a mistake\u2019 on Taiwan\u2019s behalf."))
        .containsExactly("0:a mistake");
    assertThat(quotes("blaming the US\u2019s \u2018misperception of China\u2019 for it"))
        .containsExactly("0:misperception of China");
  }

  @Test
  void toleratesAQuoteClosedWithTheWrongMark() {
    assertThat(quotes("must choose between \u2018cooperation and conflict\u2018."))
        .containsExactly("0:cooperation and conflict");
  }

  @Test
  void keepsNestedQuotesInsideTheirParent() {
    assertThat(
            quotes("to \u201cstop extolling the \u2018China threat theory\u2019, and more.\u201d"))
        .containsExactly(
            "0:stop extolling the \u2018China threat theory\u2019, and more.",
            "1:China threat theory");
  }

  @Test
  void aQuoteRunsOnIntoAParagraphThatOpensWithAMark() {
    String text = "\u201cWe will stay.\n\n\u201cAnd we will win,\u201d she said.";

    assertThat(quotes(text)).containsExactly("0:We will stay.\n\n\u201cAnd we will win,");
  }

  @Test
  void dropsAQuoteLeftOpenAtTheEndOfItsParagraph() {
    assertThat(quotes("He said \u201cwe will\n\nNew paragraph.")).isEmpty();
  }

  @Test
  void doubledApostrophesAreDoubleQuotes() {
    assertThat(quotes("''We will stay,'' she said, ''and we will vote.''"))
        .containsExactly("0:We will stay,", "0:and we will vote.");
  }

  @Test
  void aTranscriptTurnsAtEachSpeakerLabel() {
    assertThat(quotes("As follows:\n\n\"HOST: Welcome back.\n\n\"GUEST: Thank you."))
        .containsExactly("0:HOST: Welcome back.", "0:GUEST: Thank you.");
  }

  @Test
  void anUnclosedQuoteOpeningAParagraphIsKept() {
    assertThat(quotes("He wrote:\n\n\u201cWe will rebuild the town\n\nThe end."))
        .containsExactly("0:We will rebuild the town");
  }

  @Test
  void aShortTextAfterALongOneSeesNoneOfItsCharacters() {
    String longText =
        "He said \u201cyes, and\u201d then \"no\" again.\n\n\u201cMore.\u201d ".repeat(40);
    for (String shortText : new String[] {"He said \u201cyes", "then \"no", "\u201c"}) {
      List<String> fresh = quotes(shortText);
      quotes(longText);
      assertThat(quotes(shortText)).as(shortText).isEqualTo(fresh);
    }
  }
}
