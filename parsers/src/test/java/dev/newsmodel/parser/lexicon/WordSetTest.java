package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

  @Test
  void holdsEachWordOnceAndFindsExactlyItsWords() {
    WordSet set = new WordSet(List.of("met", "meet", "met", "talks"));

    assertThat(set).hasSize(3).containsExactlyInAnyOrder("met", "meet", "talks");
    assertThat(set.contains("Met")).isFalse();
    assertThat(set.contains("")).isFalse();
    assertThat(set.contains(42)).isFalse();
  }

  @Test
  void agreesWithAHashSetOnManyWordsWithCollidingHashes() {
    // "Aa" and "BB" share a hash code, so every word built of them collides with the others.
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      StringBuilder word = new StringBuilder();
      for (int bit = 0; bit < 8; bit++) {
        word.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      words.add(word.toString());
    }
    List<String> members = words.subList(0, 100);
    Set<String> expected = new HashSet<>(members);

    for (WordSet set : List.of(new WordSet(members), new WordSet(members, -1, 2))) {
      for (String word : words) {
        assertThat(set.contains(word)).as(word).isEqualTo(expected.contains(word));
      }
      assertThat(set).hasSize(100).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void isImmutable() {
    WordSet set = new WordSet(List.of("a"));

    assertThatThrownBy(() -> set.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsTokensInLowerCaseWithoutTheirStrings() {
    Set<String> set = WordList.of("met", "talks", "ørsted");
    dev.newsmodel.parser.doc.Tokens tokens =
        new dev.newsmodel.parser.tokens.Tokenizer(dev.newsmodel.parser.lexicon.Language.english())
            .tokenize("MET Talks meeting Ørsted");

    assertThat(WordList.has(set, tokens, 0)).isTrue();
    assertThat(WordList.has(set, tokens, 1)).isTrue();
    assertThat(WordList.has(set, tokens, 2)).isFalse();
    assertThat(WordList.has(set, tokens, 3)).isTrue();
    assertThat(WordList.has(new HashSet<>(List.of("meeting")), tokens, 2)).isTrue();
  }

  @Test
  void findsTokensAsWrittenWithoutTheirStrings() {
    Set<String> set = WordList.of("Dr", "St", "Ørsted");
    dev.newsmodel.parser.doc.Tokens tokens =
        new dev.newsmodel.parser.tokens.Tokenizer(dev.newsmodel.parser.lexicon.Language.english())
            .tokenize("Dr dr ST Ørsted");

    assertThat(WordList.hasText(set, tokens, 0)).isTrue();
    assertThat(WordList.hasText(set, tokens, 1)).isFalse();
    assertThat(WordList.hasText(set, tokens, 2)).isFalse();
    assertThat(WordList.hasText(set, tokens, 3)).isTrue();
    assertThat(WordList.hasText(new HashSet<>(List.of("dr")), tokens, 1)).isTrue();
  }

  @Test
  void findsWordsInLowerCaseAsToLowerCaseWould() {
    WordSet set = new WordSet(List.of("institute", "times", "ørsted", "aa", "bb", "i̇stanbul"));
    // Cases, non-ASCII letters, colliding hashes ("Aa", "BB") and a letter that lowers into two
    // characters ("İ").
    String[] words = {
      "Institute",
      "INSTITUTE",
      "institute",
      "Institutes",
      "Times",
      "TIMES",
      "Ørsted",
      "ØRSTED",
      "Aa",
      "AA",
      "BB",
      "bB",
      "Ab",
      "İstanbul",
      "Istanbul",
      "",
      "Times2"
    };
    for (String word : words) {
      assertThat(set.containsLowerCaseOf(word))
          .as(word)
          .isEqualTo(set.contains(word.toLowerCase(java.util.Locale.ROOT)));
    }
    assertThat(WordList.hasLowerCaseOf(new HashSet<>(List.of("times")), "TIMES")).isTrue();
  }
}
