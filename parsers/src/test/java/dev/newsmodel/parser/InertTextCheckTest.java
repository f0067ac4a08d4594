package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class InertTextCheckTest {
  @Test
  void countsScriptsAndStyleSheetsHoldingOnlyTheMark() {
    String m = InertText.MARK;
    var page =
        Jsoup.parse(
            "<style>"
                + m
                + "</style><div><script>"
                + m
                + "</script></div>"
                + "<script>"
                + m
                + "x</script><p>"
                + m
                + "</p>");
    assertThat(InertTextCheck.holds(page, 2)).isTrue();
    assertThat(InertTextCheck.holds(page, 3)).isFalse();
  }

  @Test
  void failsWhereJsoupReadsNoScript() {
    // A script in a frameset is dropped: the cut text was no script's text there.
    var page = Jsoup.parse("<frameset><script>" + InertText.MARK + "</script></frameset>");
    assertThat(InertTextCheck.holds(page, 1)).isFalse();
  }
}
