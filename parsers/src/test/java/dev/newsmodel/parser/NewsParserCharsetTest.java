package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Page bytes that declare no charset: UTF-8 when they are UTF-8, windows-1252 otherwise. */
class NewsParserCharsetTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String PAGE =
      "<html><head><title>Caf\u00e9 owners fear the \u201cnew rules\u201d</title></head><body>"
          + "<article><h1>Caf\u00e9 owners fear the \u201cnew rules\u201d</h1>"
          + "<p>Caf\u00e9 owners in the old town said the new rules \u2013 in force from May \u2013"
          + " would cost them customers this summer.</p>"
          + "<p>\u201cWe will lose the terraces,\u201d said Ren\u00e9e Dupr\u00e9, who runs"
          + " one on the square.</p></article></body></html>";
  private final NewsParser parser = NewsParser.create();

  @Test
  void undeclaredWindows1252BytesDecodeAsWindows1252() {
    Article article = parser.parse(PAGE.getBytes(WINDOWS_1252), null, "");

    assertThat(article.title()).contains("Caf\u00e9 owners fear the \u201cnew rules\u201d");
    assertThat(article.text())
        .doesNotContain("\ufffd")
        .contains("Caf\u00e9 owners in the old town said the new rules \u2013 in force")
        .contains("Ren\u00e9e Dupr\u00e9");
    assertThat(article).isEqualTo(parser.parse(PAGE, ""));
  }

  @Test
  void undeclaredUtf8BytesAreUnchanged() {
    byte[] utf8 = PAGE.getBytes(StandardCharsets.UTF_8);

    assertThat(parser.parse(utf8, null, ""))
        .isEqualTo(parser.parse(utf8, StandardCharsets.UTF_8, ""));
    assertThat(parser.parse(utf8, null, "").title())
        .contains("Caf\u00e9 owners fear the \u201cnew rules\u201d");
  }

  @Test
  void aDeclaredCharsetOrOneGivenStillWins() {
    byte[] latin = PAGE.getBytes(WINDOWS_1252);
    byte[] declaredUtf8 =
        PAGE.replace("<head>", "<head><meta charset=utf-8>").getBytes(WINDOWS_1252);

    assertThat(parser.parse(declaredUtf8, null, "").text()).contains("Caf\ufffd owners");
    assertThat(parser.parse(latin, StandardCharsets.UTF_8, "").text()).contains("Caf\ufffd owners");
  }
}
