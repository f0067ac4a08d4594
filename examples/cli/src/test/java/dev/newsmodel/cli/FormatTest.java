package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<!DOCTYPE html><html><body>x</body></html> | html",
        "  \n<html lang=en> | html",
        "\uFEFF<!doctype HTML> | html",
        "<p>One paragraph</p> | html",
        "Plain text with <b>a tag</b> inside | text",
        "<3 is a heart | text",
        "'' | text"
      })
  void detectsMarkup(String content, Format expected) {
    assertThat(Format.detect(content.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }
}
