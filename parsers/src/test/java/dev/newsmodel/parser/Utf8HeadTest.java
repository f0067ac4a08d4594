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
}
