package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class QuotedNamesTest {
  private static final Language LANGUAGE = Language.english();
  private static final QuoteWords WORDS = new QuoteWords(LANGUAGE);
  private static final Tokenizer TOKENIZER = new Tokenizer(LANGUAGE);

  private static QuotedNames names(String text) {
    return new QuotedNames(text, TOKENIZER.tokenize(text), WORDS);
  }

  private static QuoteMarks.Quoted first(String text) {
    return QuoteMarks.find(text).get(0);
  }

  @Test
  void titlesAreCapitalisedButForSmallWords() {
    String text = "He watched \u201cFace the Nation\u201d and \u201cthe real story\u201d.";
    QuotedNames names = names(text);
    QuoteMarks.Quoted show = QuoteMarks.find(text).get(0);
    QuoteMarks.Quoted words = QuoteMarks.find(text).get(1);

    assertThat(names.isTitle(show.contentStart(), show.contentEnd())).isTrue();
    assertThat(names.isTitle(words.contentStart(), words.contentEnd())).isFalse();
  }

  @Test
  void aTitleAfterAPossessiveOrAShowWordIsAName() {
    String show = "Pence said on CBS\u2019s \u201cFace the Nation\u201d that he would run.";
    String coinage = "The so-called \u201cgreen corridor\u201d opened.";
    String contraction = "It\u2019s \u2018In Their Heads\u2019 now.";

    assertThat(names(show).named(first(show))).isTrue();
    assertThat(names(coinage).named(first(coinage))).isTrue();
    assertThat(names(contraction).named(first(contraction))).isFalse();
  }

  @Test
  void readsTheLineAQuoteStandsIn() {
    String headline = "Harbour Town Mayor Calls New Tolls \u2018A Disgrace\u2019 After Vote";
    String sentence = "The mayor called the new tolls \u2018a disgrace\u2019 after the vote.";
    String subhead = "Before.\n\u201cAll Bets Are Off.\u201d\nAfter.";
    String colon = "Pence: Flowers Won\u2019t Be at Debate, Trump Was \u2018Mocking\u2019 Camp";

    assertThat(names(headline).headline(first(headline))).isTrue();
    assertThat(names(sentence).headline(first(sentence))).isFalse();
    QuoteMarks.Quoted sub = first(subhead);
    assertThat(names(subhead).subhead(sub, sub.contentStart(), sub.contentEnd())).isTrue();
    assertThat(names(colon).nameColon(first(colon).open())).isEqualTo(colon.indexOf(':'));
    assertThat(names(sentence).nameColon(first(sentence).open())).isEqualTo(-1);
  }

  @Test
  void aValueInMarkupIsNoQuote() {
    String text = "<tweet tweet-id=\"7834\">";
    int open = text.indexOf('"');
    int close = text.indexOf('"', open + 1);
    QuoteMarks.Quoted value = new QuoteMarks.Quoted(open, close, 0, open + 1, close + 1);
    assertThat(names(text).inMarkup(value)).isTrue();
  }
}
