package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.model.Located;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Section;

/**
 * Fuzz tests (Jazzer). In the normal test run they replay the inputs under {@code
 * src/test/resources/dev/newsmodel/parser/ParserFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} they
 * fuzz (see README). Every input must give a valid article whose spans stand in its text, and the
 * only exception allowed is a documented limit.
 */
class ParserFuzzTest {
  private static final NewsParser PARSER =
      NewsParser.create(ParserOptions.builder().maxInputChars(1 << 20).build());

  @FuzzTest
  void parseHtml(byte[] input) {
    check(PARSER.parse(input, null, "https://fuzz.example/page"));
  }

  @FuzzTest
  void parseText(FuzzedDataProvider data) {
    check(PARSER.parseText(data.consumeRemainingAsString()));
  }

  @FuzzTest
  void jsonRoundTrip(FuzzedDataProvider data) {
    Article article = PARSER.parseText(data.consumeRemainingAsString());
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(article))).isEqualTo(article);
  }

  private static void check(Article article) {
    String text = article.text();
    for (Section section : article.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        assertStands(text, paragraph);
      }
    }
    for (Person person : article.persons()) {
      for (Mention mention : person.mentions()) {
        assertStands(text, mention);
      }
    }
  }

  private static void assertStands(String text, Located located) {
    assertThat(text.substring(located.start(), located.end())).isEqualTo(located.text());
  }
}
