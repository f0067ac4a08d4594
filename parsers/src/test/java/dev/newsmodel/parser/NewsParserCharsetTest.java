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

  @Test
  void utf8CheckAgreesWithAStrictDecoder() {
    byte[][] edges = {
      {},
      {0x41},
      {(byte) 0xc3, (byte) 0xa9},
      {(byte) 0xc0, (byte) 0xaf},
      {(byte) 0xc1, (byte) 0xbf},
      {(byte) 0xe0, (byte) 0x9f, (byte) 0x80},
      {(byte) 0xe0, (byte) 0xa0, (byte) 0x80},
      {(byte) 0xed, (byte) 0x9f, (byte) 0xbf},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {(byte) 0xf0, (byte) 0x8f, (byte) 0x80, (byte) 0x80},
      {(byte) 0xf0, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xf4, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf},
      {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xf5, (byte) 0x80},
      {(byte) 0xe2, (byte) 0x80},
      {(byte) 0xe2, (byte) 0x80, 0x41},
      {(byte) 0x80},
      {(byte) 0xff}
    };
    for (byte[] bytes : edges) {
      assertThat(NewsParser.isUtf8(bytes))
          .as(java.util.Arrays.toString(bytes))
          .isEqualTo(strict(bytes));
    }
    // Text with a few bytes changed at random: most such texts are broken, some are not.
    java.util.Random random = new java.util.Random(7);
    byte[] text =
        "Caf\u00e9 \u201cx\u201d \ud83d\ude00 \u0436 end".getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 5_000; round++) {
      byte[] bytes = text.clone();
      for (int k = random.nextInt(3); k >= 0; k--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      assertThat(NewsParser.isUtf8(bytes))
          .as(java.util.Arrays.toString(bytes))
          .isEqualTo(strict(bytes));
    }
  }

  @Test
  void declaredUtf8PageReadsBrokenBytesAsAStreamDecoderDoes() throws java.io.IOException {
    byte[] page =
        PAGE.replace("</title>", "</title><meta charset=\"utf-8\">")
            .getBytes(StandardCharsets.UTF_8);
    int at = new String(page, StandardCharsets.ISO_8859_1).indexOf("old town");
    page[at] = (byte) 0xe2; // starts a sequence that does not go on
    page[at + 3] = (byte) 0xc0; // never in UTF-8
    String streamed;
    try (java.io.Reader in =
        new java.io.InputStreamReader(
            new java.io.ByteArrayInputStream(page), StandardCharsets.UTF_8)) {
      java.io.StringWriter out = new java.io.StringWriter();
      in.transferTo(out);
      streamed = out.toString();
    }

    assertThat(parser.parse(page, null, "").text()).contains("\ufffd");
    assertThat(parser.parse(page, null, "")).isEqualTo(parser.parse(streamed, ""));
  }

  private static boolean strict(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
