package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8HeadTest {
  private static boolean declaresUtf8(String head) {
    return Utf8Head.declaresUtf8(head.getBytes(StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html><head><title>x</title></head><body>no declaration</body></html>",
        "<meta charset=\"utf-8\">",
        "<META CHARSET='UTF-8'>",
        "<meta charset=utf8>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">",
        "<meta charset = \"utf-8\"/><script charset=\"utf-8\" src=x></script>",
        ""
      })
  void utf8WhenEveryCharsetNamesIt(String head) {
    assertThat(declaresUtf8(head)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<meta charset=\"iso-8859-1\">",
        "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
        "<meta charset=\"utf-8\"><meta charset=\"gb2312\">",
        "<meta charset=\"utf-16\">",
        "<meta charset=\"utf-8x\">",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html>",
        "<script>var charset = document.characterSet;</script>",
        "<meta charset=\"ut"
      })
  void leftToJsoupOtherwise(String head) {
    assertThat(declaresUtf8(head)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void readsOnlyTheWindowJsoupReads() {
    String beyond = " ".repeat(Utf8Head.WINDOW) + "<meta charset=\"iso-8859-1\">";
    String across = " ".repeat(Utf8Head.WINDOW - 15) + "<meta charset=\"iso-8859-1\">";

    assertThat(declaresUtf8(beyond)).isTrue(); // jsoup does not see it either
    assertThat(declaresUtf8(across)).isFalse(); // the name is inside, its value is not
  }

  @org.junit.jupiter.api.Test
  void nonAsciiBytesNeverMatch() {
    byte[] page = {(byte) 0xE3, (byte) 0xC8, 'a', 'r', 's', 'e', 't', '=', 'x'};

    assertThat(Utf8Head.declaresUtf8(page)).isTrue();
  }

  /**
   * Generated heads (declarations of several charsets in several forms and cases, in comments and
   * scripts, near and beyond the window's end): whenever the sniff says UTF-8, jsoup's own
   * detection says so too.
   */
  @org.junit.jupiter.api.Test
  void neverSaysUtf8WhereJsoupWouldDetectAnotherCharset() throws java.io.IOException {
    String[] charsets = {
      "utf-8",
      "UTF8",
      "Utf-8",
      "iso-8859-1",
      "windows-1252",
      "gb2312",
      "shift_jis",
      "utf-16",
      "koi8-r"
    };
    String[] forms = {
      "<meta charset=\"%s\">",
      "<META CHARSET=%s>",
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">",
      "<meta content='text/html; CHARSET=%s' http-equiv=content-type>",
      "<?xml version=\"1.0\" encoding=\"%s\"?>",
      "<!-- charset=%s -->",
      "<script>var charset = '%s';</script>",
      "<title>A %s page</title>"
    };
    java.util.Random random = new java.util.Random(7);
    int sniffed = 0;
    for (int round = 0; round < 400; round++) {
      StringBuilder head = new StringBuilder("<html><head>");
      if (random.nextInt(3) == 0) {
        head.append(" ".repeat(Utf8Head.WINDOW - 60 - random.nextInt(40)));
      }
      for (int k = random.nextInt(3); k >= 0; k--) {
        String form = forms[random.nextInt(forms.length)];
        head.append(String.format(form, charsets[random.nextInt(charsets.length)]));
      }
      head.append("</head><body><p>Caf\u00e9 text.</p></body></html>");
      byte[] page = head.toString().getBytes(StandardCharsets.UTF_8);
      if (Utf8Head.declaresUtf8(page)) {
        sniffed++;
        org.jsoup.nodes.Document parsed =
            org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(page), null, "");
        assertThat(parsed.charset()).as(head.toString().strip()).isEqualTo(StandardCharsets.UTF_8);
      }
    }
    assertThat(sniffed).isGreaterThan(50); // the property was put to the test
  }
}
