package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineSplitterTest {

  @Test
  void keepsOneParagraphPerLineAndBlankLineSeparatedParagraphs() {
    assertThat(LineSplitter.logicalLines("First line.\nSecond line.\n\n\nThird line.\r\nFourth."))
        .containsExactly("First line.", "Second line.", "Third line.", "Fourth.");
  }

  @Test
  void joinsHardWrappedLinesBackIntoParagraphs() {
    String wrapped =
        "The committee met for six hours on Wednesday and agreed to\n"
            + "publish its report before the summer recess, members said\n"
            + "after the session ended.\n"
            + "\n"
            + "A second paragraph that is short.\n";

    assertThat(LineSplitter.logicalLines(wrapped))
        .containsExactly(
            "The committee met for six hours on Wednesday and agreed to publish its report"
                + " before the summer recess, members said after the session ended.",
            "A second paragraph that is short.");
  }

  @Test
  void doesNotJoinAHeadlineToItsBylineAndDate() {
    assertThat(
            LineSplitter.logicalLines(
                "Port ministers agree to share harbour data\nBy Ann Lee\nMarch 4, 2024\n"))
        .containsExactly(
            "Port ministers agree to share harbour data", "By Ann Lee", "March 4, 2024");
  }

  @Test
  void collapsesWhitespaceAndDropsInvisibleAndControlCharacters() {
    assertThat(LineSplitter.logicalLines("  a\u00A0\u00A0b\tc\u200B\u0000d  "))
        .containsExactly("a b c d");
  }
}
