package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleKeysTest {
  @Test
  void hasKeyTellsWhatComparingKeysTells() {
    String[] texts = {
      "Ministers Meet in Lisbon",
      "ministers meet in lisbon!",
      "  Ministers -- meet, in Lisbon  ",
      "Ministers meet in Lisbon today",
      "Ministers meet",
      "Caf\u00e9 owners \u00c9LYS\u00c9E",
      "caf\u00e9 OWNERS \u00e9lys\u00e9e",
      "\u2014 \u2014",
      "",
      "2024: A year"
    };
    for (String text : texts) {
      for (String other : texts) {
        String key = TitleKeys.key(other);
        assertThat(TitleKeys.hasKey(text, key))
            .as(text + " / " + key)
            .isEqualTo(TitleKeys.key(text).equals(key));
      }
    }
  }
}
