package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlWordsTest {
  private static final HtmlWords WORDS = new HtmlWords(Language.english());

  @Test
  void everyListLoadsAndHoldsEntries() {
    assertThat(WORDS.authorPrefixes)
        .startsWith("view all posts by ")
        .contains("by: ", "by:", "by ")
        .endsWith("por ");
    assertThat(WORDS.trailingRoles).contains("correspondent", "analyst");
    assertThat(WORDS.deskWords).contains("globe", "contributing");
    assertThat(WORDS.nameJoins).containsExactly(" and ", " And ");
    assertThat(WORDS.loneBylineWord).isEqualTo("by");
    assertThat(WORDS.organizationArticle).isEqualTo("the");
    assertThat(WORDS.titleTags).contains("video", "editorial", "listen");
    assertThat(WORDS.bylines.parse("By Jane Doe")).isPresent();
    assertThat(WORDS.dateLines.parseLine("June 19, 2023")).contains("2023-06-19");
    assertThat(WORDS.furniture.is("Advertisement")).isTrue();
    assertThat(WORDS.relatedLinks.parse("Read more: Rates hold")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "class-hints-negative.txt",
        "class-hints-positive.txt",
        "class-hints-related.txt",
        "class-hints-modifiers.txt",
        "title-class-words.txt",
        "byline-class-words.txt",
        "byline-testid-words.txt",
        "date-class-words.txt",
        "date-id-words.txt",
        "author-paths.txt",
        "jsonld-article-types.txt"
      })
  void everyMarkupListLoads(String name) {
    assertThat(WordList.load(Hints.class, name)).isNotEmpty().allMatch(w -> !w.startsWith("#"));
  }

  @Test
  void markupListsHoldTheirKnownEntries() {
    assertThat(WordList.load(Hints.class, "class-hints-negative.txt"))
        .hasSize(76)
        .contains("sidebar", "share-", "screenreader", "tweet");
    assertThat(WordList.load(Hints.class, "class-hints-positive.txt"))
        .hasSize(18)
        .contains("articlebody");
    assertThat(WordList.load(Hints.class, "jsonld-article-types.txt"))
        .hasSize(16)
        .contains("newsarticle", "webpage");
  }
}
