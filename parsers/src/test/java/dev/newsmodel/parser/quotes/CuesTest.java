package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class CuesTest {
  private static final Language LANGUAGE = Language.english();
  private static final Cues CUES = new Cues(new QuoteWords(LANGUAGE));
  private static final Tokenizer TOKENIZER = new Tokenizer(LANGUAGE);

  /** The cue length at the first token of {@code word} in {@code text}. */
  private static int matchAt(String text, String word, boolean capitals) {
    Tokens tokens = TOKENIZER.tokenize(text);
    int at = text.indexOf(word);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.start(i) == at) {
        return CUES.match(tokens, i, tokens.size(), capitals);
      }
    }
    throw new AssertionError("no token at " + word);
  }

  @Test
  void findsSingleWordCues() {
    assertThat(matchAt("The minister said on Monday.", "said", false)).isEqualTo(1);
    assertThat(matchAt("Officials told him so.", "told", false)).isEqualTo(1);
    assertThat(matchAt("The minister arrived on Monday.", "arrived", false)).isZero();
  }

  @Test
  void findsPhrasesOfTwoAndThreeWords() {
    assertThat(matchAt("Prices rose, according to the bank.", "according", false)).isEqualTo(2);
    // Phrases of up to three words are matched: "said in a statement" is its cue "said".
    assertThat(matchAt("She said in a statement that it was over.", "said", false)).isEqualTo(1);
    assertThat(matchAt("The ministry, in a statement, denied it.", "in a", false)).isEqualTo(3);
    assertThat(matchAt("The paper has learned that talks failed.", "has", false)).isEqualTo(2);
    assertThat(matchAt("He went on to say more.", "went", false)).isEqualTo(3);
  }

  @Test
  void aPhraseStartThatIsNoCueIsNoCue() {
    assertThat(matchAt("They met in the capital.", "in the", false)).isZero();
    assertThat(matchAt("It has to end.", "has", false)).isZero();
  }

  @Test
  void capitalisedWordsAreCuesOnlyWhenAskedExceptAccording() {
    assertThat(matchAt("The Secretary of State Said no.", "Said", false)).isZero();
    assertThat(matchAt("Lindsey Graham Says He Will Run", "Says", true)).isEqualTo(1);
    assertThat(matchAt("According to the bank, prices rose.", "According", false)).isEqualTo(2);
  }

  @Test
  void aPhrasalVerbIsNoCue() {
    assertThat(matchAt("They showed up to meet him.", "showed", false)).isZero();
  }
}
