package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTagsTest {
  private static final String TEXT =
      "Said SAID said says Minister minister’s al-Assad Ørsted 2024 told Aan Ac0 U.S. ship-to-shore"
          + " o’clock Met met meets";

  @Test
  void aTaggedListAnswersAsTheSameWordsUntagged() {
    List<String> words =
        List.of("said", "says", "minister", "ørsted", "2024", "aan", "met", "u.s.");
    Language language = Language.english();
    Set<String> tagged = language.tagged("test", new HashSet<>(words));
    Set<String> plain = new HashSet<>(words);
    Tokens tokens = new Tokenizer(language).tokenize(TEXT);

    assertThat(tokens.tagCount()).isPositive();
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(WordList.has(tagged, tokens, i))
          .as(tokens.text(i))
          .isEqualTo(plain.contains(tokens.lower(i)));
    }
  }

  @Test
  void theTokenizerLooksUpWordsOfAsciiLettersAndDigitsOnly() {
    Language language = Language.english();
    Set<String> tagged = language.tagged("test", Set.of("told", "clock"));
    Tokens tokens = new Tokenizer(language).tokenize("told Ørsted o’clock");

    assertThat(tokens.tags(0)).isNegative(); // looked up: "told"
    assertThat(tokens.tags(1)).isZero(); // not ASCII: asked of the list itself
    assertThat(tokens.tags(2)).isZero();
    assertThat(WordList.has(tagged, tokens, 0)).isTrue();
    assertThat(WordList.has(tagged, tokens, 2)).isFalse();
  }

  @Test
  void aListTaggedAfterTheTextWasCutIsAskedItself() {
    Language language = Language.english();
    Tokens tokens = new Tokenizer(language).tokenize("The envoy conferred with the minister");
    Set<String> later = language.tagged("test", Set.of("conferred"));

    assertThat(WordList.has(later, tokens, 2)).isTrue();
    assertThat(WordList.has(later, tokens, 1)).isFalse();
  }

  @Test
  void tagsOfAnotherBundleAreNotRead() {
    Language one = Language.english();
    Language other = Language.english();
    other.tagged("first", Set.of("envoy"));
    Set<String> tagged = one.tagged("first", Set.of("minister"));
    Tokens tokens = new Tokenizer(other).tokenize("The envoy met the minister");

    assertThat(WordList.has(tagged, tokens, 1)).isFalse();
    assertThat(WordList.has(tagged, tokens, 4)).isTrue();
  }

  @Test
  void aFrozenBundleRefusesNewTagsButKeepsItsOwn() {
    Language language = Language.english();
    Set<String> tagged = language.tagged("mine", Set.of("met"));
    language.freeze();

    assertThat(language.tagged("mine", Set.of("other"))).isSameAs(tagged);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> language.tagged("new", Set.of("met")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("new");
  }

  @Test
  void aTaggedListTellsItsBitInTheTokensTags() {
    Language language = Language.english();
    Set<String> tagged = language.tagged("bit", Set.of("told"));
    Tokens tokens = new Tokenizer(language).tokenize("She told them");
    int bit = WordList.tagBit(tagged, tokens);

    assertThat(Integer.bitCount(bit)).isEqualTo(1);
    assertThat(tokens.tags(1) & bit).isEqualTo(bit);
    assertThat(tokens.tags(0) & bit).isZero();
    assertThat(WordList.tagBit(WordList.of("told"), tokens)).isZero(); // an untagged list
  }
}
