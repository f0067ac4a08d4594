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
}
