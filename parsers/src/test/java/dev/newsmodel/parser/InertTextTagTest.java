package dev.newsmodel.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InertTextTagTest {
  private final InertTextTag tag = new InertTextTag();

  @Test
  void endsAfterQuotedValuesHoldingTagEnds() {
    byte[] b = "<a title=\"x > y\" alt='<b>' data-x=1>rest".getBytes(UTF_8);
    assertThat(tag.read(b, 1)).isEqualTo(b.length - "rest".length());
    assertThat(tag.is(b, "a")).isTrue();
    assertThat(tag.selfClosing).isFalse();
  }

  @Test
  void opensAValueWithAQuoteOnlyAfterAnEqualsSign() {
    byte[] b = "<p a\"b>c\">".getBytes(UTF_8);
    assertThat(tag.read(b, 1)).isEqualTo("<p a\"b>".length());
  }

  @Test
  void tellsSelfClosingTagsFromSlashesInValues() {
    byte[] closing = "<SVG width=3 />".getBytes(UTF_8);
    assertThat(tag.read(closing, 1)).isEqualTo(closing.length);
    assertThat(tag.is(closing, "svg")).isTrue();
    assertThat(tag.selfClosing).isTrue();
    byte[] path = "<a href=/x/>".getBytes(UTF_8);
    assertThat(tag.read(path, 1)).isEqualTo(path.length);
    assertThat(tag.selfClosing).isFalse();
    assertThat(tag.name(path)).isEqualTo("a");
  }

  @Test
  void hasNoEndInAnUnclosedValue() {
    assertThat(tag.read("<a title=\"x>".getBytes(UTF_8), 1)).isEqualTo(-1);
  }

  @Test
  void keepsJsonAndCharacterReferences() {
    byte[] json = "<script type=\"application/LD+JSON\">".getBytes(UTF_8);
    assertThat(tag.keeps(json, 0, json.length)).isTrue();
    byte[] reference = "<script type=\"application/ld&#43;js&#111;n\">".getBytes(UTF_8);
    assertThat(tag.keeps(reference, 0, reference.length)).isTrue();
    byte[] plain = "<script src=\"/a.js\" async>".getBytes(UTF_8);
    assertThat(tag.keeps(plain, 0, plain.length)).isFalse();
  }
}
