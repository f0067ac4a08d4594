package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokensTest {
  /** The tokens of {@code text} that can be words of a person's name, in order. */
  private static List<String> nameWords(String text) {
    Tokens tokens = new Tokenizer(Language.english()).tokenize(text);
    NameTokens names =
        new NameTokens(text, tokens, TestSpans.WORDS, new NameWords(TestSpans.WORDS));
    List<String> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (names.isNameToken(i)) {
        found.add(tokens.text(i));
      }
    }
    return found;
  }

  @Test
  void capitalisedWordsOfANameAreNameWordsAndLowerCaseWordsAreNot() {
    assertThat(nameWords("the council heard Mara Pelt on the budget"))
        .containsExactly("Mara", "Pelt");
  }

  @Test
  void anArticledNameIsOneButAWordWithTheSameLettersIsNot() {
    assertThat(nameWords("troops loyal to al-Assad fought an all-out war"))
        .containsExactly("al-Assad");
  }

  @Test
  void theLastWordOfAPlaceAfterItsFirstIsNoNameWord() {
    assertThat(nameWords("she flew to Saudi Arabia on Monday")).doesNotContain("Arabia");
  }

  @Test
  void aSingleCapitalIsOneOnlyAsAnInitial() {
    assertThat(nameWords("a speech by Laurence H. Tribe")).contains("H");
    assertThat(nameWords("she lives in Washington, D.C, now")).doesNotContain("C");
  }
}
