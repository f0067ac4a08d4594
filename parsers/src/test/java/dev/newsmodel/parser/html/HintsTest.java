package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HintsTest {

  private static Element div(String className) {
    return new Element("div").attr("class", className);
  }

  @Test
  void readsClassWordsSplitAtDashesAndCamelCase() {
    assertThat(Hints.isNegative(div("share-bar"))).isTrue();
    assertThat(Hints.isNegative(div("socialButtons"))).isTrue();
    assertThat(Hints.isPositive(div("article-body"))).isTrue();
    assertThat(Hints.isNegative(div("shadow leading"))).isFalse();
  }

  @Test
  void aModifierWordMakesTheNextWordNotCount() {
    assertThat(Hints.isNegative(div("layout has-sidebar"))).isFalse();
    assertThat(Hints.isNegative(div("hasSidebar"))).isFalse();
    assertThat(Hints.isNegative(div("sidebar"))).isTrue();
  }

  @Test
  void joinsTheWordsOfOneClassButNotOfTwo() {
    assertThat(Hints.isPositive(div("entry_Content"))).isTrue(); // "entrycontent"
    assertThat(Hints.isPositive(div("x-story-body-y"))).isTrue(); // "story", "storybody"
    assertThat(Hints.isNegative(div("read more"))).isTrue(); // "more" alone
    assertThat(Hints.isRelated(div("read more"))).isTrue();
    assertThat(Hints.isNegative(div("sha re"))).isFalse(); // no "share" across classes
    assertThat(Hints.isNegative(div("s-h-a-r-e"))).isTrue(); // the letters of one class, joined
  }

  @Test
  void comparesCaseBlindAndIgnoresWordsOutsideAscii() {
    assertThat(Hints.wordBits("SIDEBAR")).isEqualTo(Hints.wordBits("sidebar"));
    assertThat(Hints.isNegative(div("Sidébar"))).isFalse();
    assertThat(Hints.isPositive(div("ärticle content"))).isTrue();
    assertThat(Hints.wordBits("")).isZero();
    assertThat(Hints.wordBits("--")).isZero();
  }
}
