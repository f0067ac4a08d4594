package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Blinken\u2019s mission to China",
        "Wang Yi: \u2018No compromise on Taiwan\u2019",
        "\u2018Choose between cooperation and conflict\u2019",
        "What happens next?",
        "U.S. President visits Kenya",
        "2024 in review"
      })
  void headingLike(String line) {
    assertThat(Lines.isHeadingLike(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He left early.",
        "\u201cWe will win.\u201d",
        "and then there were none",
        "Prices rose. Wages did not",
        "Reasons:",
        "A heading that goes on and on with far too many words to be a heading at all really"
      })
  void notHeadingLike(String line) {
    assertThat(Lines.isHeadingLike(line)).isFalse();
  }
}
