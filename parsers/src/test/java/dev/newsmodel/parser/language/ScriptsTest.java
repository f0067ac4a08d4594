package dev.newsmodel.parser.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {
  @Test
  void theScriptDecidesBetweenChineseJapaneseAndKorean() {
    assertThat(Scripts.check("ko", "港口在暴風雨後重新開放")).isEqualTo("zh");
    assertThat(Scripts.check("zh", "港が嵐の後に再開した")).isEqualTo("ja");
    assertThat(Scripts.check("ja", "폭풍 후 항구가 다시 열렸다")).isEqualTo("ko");
    assertThat(Scripts.check("ko", "no such script here")).isNull();
  }

  @Test
  void otherLanguagesPassUnchecked() {
    assertThat(Scripts.check("de", "港口")).isEqualTo("de");
    assertThat(Scripts.check("en", "")).isEqualTo("en");
  }
}
