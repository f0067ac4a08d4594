package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void loadsEntriesSkippingCommentsAndBlankLines() {
    assertThat(WordList.load(WordListTest.class, "sample.txt"))
        .containsExactlyInAnyOrder("Alpha", "beta gamma");
    assertThat(WordList.loadLowerCase(WordListTest.class, "sample.txt"))
        .containsExactlyInAnyOrder("alpha", "beta gamma");
  }

  @Test
  void aMissingResourceFailsClearly() {
    assertThatThrownBy(() -> WordList.load(WordListTest.class, "nope.txt"))
        .hasMessageContaining("missing resource nope.txt");
  }
}
