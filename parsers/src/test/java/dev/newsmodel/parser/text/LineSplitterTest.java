package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
  private static final LineSplitter SPLITTER = splitter();

  private static LineSplitter splitter() {
    TextWords words = new TextWords(Language.english());
    return new LineSplitter(
        new Bylines(words), new DateLines(words), new Furniture(words), new RelatedLinks(words));
  }

  @Test
  void keepsOneParagraphPerLineAndBlankLineSeparatedParagraphs() {
    assertThat(SPLITTER.logicalLines("First line.\nSecond line.\n\n\nThird line.\r\nFourth."))
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

    assertThat(SPLITTER.logicalLines(wrapped))
        .containsExactly(
            "The committee met for six hours on Wednesday and agreed to publish its report"
                + " before the summer recess, members said after the session ended.",
            "A second paragraph that is short.");
  }

  @Test
  void doesNotJoinAHeadlineToItsBylineAndDate() {
    assertThat(
            SPLITTER.logicalLines(
                "Port ministers agree to share harbour data\nBy Ann Lee\nMarch 4, 2024\n"))
        .containsExactly(
            "Port ministers agree to share harbour data", "By Ann Lee", "March 4, 2024");
  }

  @Test
  void collapsesWhitespaceAndDropsInvisibleAndControlCharacters() {
    assertThat(SPLITTER.logicalLines("  a\u00A0\u00A0b\tc\u200B\u0000d  "))
        .containsExactly("a b c d");
  }

  @Test
  void cleansEveryKindOfSpaceAndInvisibleCharacterOnTheFastPathToo() {
    assertThat(LineSplitter.clean("plain line, nothing to do", 0, 25))
        .isEqualTo("plain line, nothing to do");
    String spaced = "  two\u00A0 spaces\u2003and\ttab ";
    assertThat(LineSplitter.clean(spaced, 0, spaced.length())).isEqualTo("two spaces and tab");
    String invisible = "soft\u00ADhy\u200Bphen\uFEFF";
    assertThat(LineSplitter.clean(invisible, 0, invisible.length())).isEqualTo("softhyphen");
    for (char c = 0; c < 0xFFFF; c++) {
      String line = "a" + c + "b";
      boolean dropped = c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
      boolean space =
          Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
      String expected = dropped ? "ab" : space ? "a b" : line;
      assertThat(LineSplitter.clean(line, 0, 3)).as("U+%04X", (int) c).isEqualTo(expected);
    }
  }

  @Test
  void aShortTextAfterALongOneSeesNoneOfItsCharacters() {
    String longText = "First line.\r\nSecond line.\n\nThird line with more words.\n".repeat(50);
    for (String shortText : new String[] {"First line.\r", "Second", "A\n"}) {
      java.util.List<String> fresh = SPLITTER.logicalLines(shortText);
      SPLITTER.logicalLines(longText);
      assertThat(SPLITTER.logicalLines(shortText)).as(shortText).isEqualTo(fresh);
    }
  }
}
