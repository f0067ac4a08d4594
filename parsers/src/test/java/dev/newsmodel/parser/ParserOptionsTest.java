package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParserOptionsTest {

  @Test
  void defaultsAreSafeAndCopiesAreIndependent() {
    ParserOptions defaults = ParserOptions.defaults();
    ParserOptions smaller = defaults.withMaxInputChars(100);

    assertThat(defaults.maxInputChars()).isEqualTo(ParserOptions.DEFAULT_MAX_INPUT_CHARS);
    assertThat(smaller.maxInputChars()).isEqualTo(100);
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> ParserOptions.builder().maxInputChars(0).build())
        .hasMessageContaining("maxInputChars must be positive");
  }
}
