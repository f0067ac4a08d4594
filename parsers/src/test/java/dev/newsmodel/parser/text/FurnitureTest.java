package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {
  private static final Furniture FURNITURE = new Furniture(new TextWords(Language.english()));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Table of Contents",
        "ADVERTISEMENT",
        "» Share this article:",
        "Share on X",
        "Photo: Jane Doe/Agency",
        "***",
        "Listen to this article",
        "Read More →"
      })
  void furniture(String line) {
    assertThat(FURNITURE.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share prices fell.",
        "Contents of the letter were leaked.",
        "Print media",
        "He said:",
        "Holt added:",
        "Read more of her letters in the archive."
      })
  void notFurniture(String line) {
    assertThat(FURNITURE.is(line)).isFalse();
  }
}
