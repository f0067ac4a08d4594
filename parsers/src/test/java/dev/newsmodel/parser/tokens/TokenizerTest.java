package dev.newsmodel.parser.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer(Language.english());

  private List<String> texts(String text) {
    Tokens tokens = tokenizer.tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.text(i));
    }
    return out;
  }

  @Test
  void splitsThePossessiveButKeepsInnerApostrophesAndHyphens() {
    assertThat(texts("Blinken\u2019s Sino-US talks don\u2019t stop O'Brien's plan"))
        .containsExactly(
            "Blinken",
            "\u2019s",
            "Sino-US",
            "talks",
            "don\u2019t",
            "stop",
            "O'Brien",
            "'s",
            "plan");
  }

  @Test
  void keepsDottedAbbreviationsAndNumbers() {
    assertThat(texts("The U.S. paid $1,000.50 (e.g. 3.5%)."))
        .containsExactly("The", "U.S.", "paid", "$", "1,000.50", "(", "e.g.", "3.5", "%", ")", ".");
  }

  @Test
  void quoteMarksAreTokensOfTheirOwn() {
    Tokens tokens = tokenizer.tokenize("\u201cNo,\u201d he said\u2026");

    assertThat(tokens.kind(0)).isEqualTo(Tokens.QUOTE);
    assertThat(tokens.kind(1)).isEqualTo(Tokens.WORD);
    assertThat(tokens.kind(2)).isEqualTo(Tokens.PUNCT);
    assertThat(tokens.kind(3)).isEqualTo(Tokens.QUOTE);
    assertThat(tokens.kind(6)).isEqualTo(Tokens.TERMINAL);
  }

  @Test
  void offsetsIndexTheTextIncludingSurrogatePairs() {
    String text = "Hi \uD83D\uDE00 there \uD835\uDC00bc";
    Tokens tokens = tokenizer.tokenize(text);

    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tokens.end(i)).isGreaterThan(tokens.start(i));
      assertThat(Character.isLowSurrogate(text.charAt(tokens.start(i)))).isFalse();
    }
    assertThat(texts(text)).containsExactly("Hi", "\uD83D\uDE00", "there", "\uD835\uDC00bc");
  }

  @Test
  void manyTokensGrowTheArrays() {
    String text = "a ".repeat(10_000);

    assertThat(tokenizer.tokenize(text).size()).isEqualTo(10_000);
  }

  @Test
  void aHyphenBeforeACapitalPartsRunOnTextButNotPrefixedWords() {
    assertThat(texts("The city's help-Varga said"))
        .containsExactly("The", "city", "'s", "help", "-", "Varga", "said");
    assertThat(texts("the then-President spoke"))
        .containsExactly("the", "then", "-", "President", "spoke");
    assertThat(texts("Talks With Lind-OSLO \u2014 Leaders met"))
        .startsWith("Talks", "With", "Lind", "-", "OSLO");
    assertThat(texts("anti-American al-Assad mid-June Guinea-Bissau Post-ABC Ki-moon"))
        .containsExactly(
            "anti-American", "al-Assad", "mid-June", "Guinea-Bissau", "Post-ABC", "Ki-moon");
  }

  @Test
  void theHyphenPrefixesAreTheBundles() {
    assertThat(Language.english().words("tokens/hyphen-prefixes"))
        .contains("anti", "al", "mid", "sino")
        .doesNotContain("help", "then");
  }

  @Test
  void aShortTextAfterALongOneSeesNoneOfItsCharacters() throws Exception {
    // Each short text ends where the long one goes on: a dotted abbreviation, a possessive, a
    // hyphenated capital word, a surrogate pair cut in two.
    String longText = "U.S.A. Obama’s anti-NATO BIDEN-HARRIS \uD83D\uDE00 and more words here";
    String[] shortTexts = {"U.S", "Obama’", "anti-", "BIDEN-HARR", "\uD83D", "U"};
    for (String shortText : shortTexts) {
      tokenizer.tokenize(longText.repeat(3));
      List<String> after = texts(shortText);
      List<List<String>> fresh = new ArrayList<>();
      Thread thread = new Thread(() -> fresh.add(texts(shortText))); // a thread of its own array
      thread.start();
      thread.join();
      assertThat(after).as(shortText).isEqualTo(fresh.get(0));
    }
  }
}
