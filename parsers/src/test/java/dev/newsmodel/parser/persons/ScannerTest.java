package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerTest {
  /** The spans of {@code text} as "KIND:text", in the order the scan finds them. */
  private static List<String> scan(String text) {
    Tokens tokens = new Tokenizer(Language.english()).tokenize(text);
    List<ScannedSpan> spans =
        new Scanner(text, tokens, TestSpans.WORDS, new NameWords(TestSpans.WORDS))
            .scan(new SentenceSplitter(Language.english()).split(text, tokens));
    return spans.stream().map(span -> span.kind + ":" + span.text).toList();
  }

  @Test
  void findsTitlesNamesAndPronounsAmongPlainWords() {
    assertThat(scan("The talks went on, and then Foreign Minister Ana Reyes said she would stay."))
        .contains("TITLE:Foreign Minister", "NAME:Ana Reyes", "PRONOUN:she");
  }

  @Test
  void lowerCaseTitlesAreFoundAfterOtherLowerCaseWords() {
    assertThat(scan("It was said by the former president that talks would go on."))
        .containsExactly("TITLE:president", "DESCRIPTION:the former president");
  }

  @Test
  void articledNamesAndPronounsStartingWithTheirLettersAreFound() {
    assertThat(scan("Rebels fought troops loyal to al-Assad, he said."))
        .contains("NAME:al-Assad", "PRONOUN:he");
  }

  @Test
  void numbersPunctuationAndPlainWordsGiveNothing() {
    assertThat(scan("In 2024, prices rose by 3.5% (again); costs went up too.")).isEmpty();
  }
}
