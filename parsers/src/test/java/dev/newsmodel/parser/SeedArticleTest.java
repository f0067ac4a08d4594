package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The article the library was specified from gives the structure of its EXPECTED.md. */
class SeedArticleTest {

  static String seed() throws IOException {
    try (InputStream in = SeedArticleTest.class.getResourceAsStream("blinken-beijing.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void structureMatchesExpected() throws IOException {
    Article article = NewsParser.create().parseText(seed());

    assertThat(article.title()).as("first line is a lead paragraph, not a title").isEmpty();
    assertThat(article.sections())
        .extracting(s -> s.heading().orElse(null), s -> s.paragraphs().size())
        .containsExactly(
            tuple(null, 2),
            tuple("Blinken\u2019s mission to China", 3),
            tuple("Wang Yi: \u2018No compromise on Taiwan\u2019", 3),
            tuple("\u2018Choose between cooperation and conflict\u2019", 4));
    Section lead = article.sections().get(0);
    assertThat(lead.paragraphs().get(0).text()).startsWith("The mission of Antony Blinken");
    assertThat(lead.paragraphs().get(1).text()).startsWith("Today, before a press conference");
    assertThat(article.text()).doesNotContain("Table of Contents").doesNotContain("Read also");
    assertThat(article.relatedLinks())
        .singleElement()
        .satisfies(
            link ->
                assertThat(link.text())
                    .isEqualTo(
                        "\u2018A Chinese espionage base in Cuba\u2019: the move of Beijing that"
                            + " worries the US"));
  }

  @Test
  void everyParagraphStandsInTheTextAtItsOffsets() throws IOException {
    Article article = NewsParser.create().parseText(seed());

    for (Section section : article.sections()) {
      for (Paragraph paragraph : section.paragraphs()) {
        assertThat(article.text().substring(paragraph.start(), paragraph.end()))
            .isEqualTo(paragraph.text());
      }
    }
    Section last = article.sections().get(3);
    assertThat(last.end()).isEqualTo(article.text().length());
    assertThat(article.text()).endsWith("internal affairs.\u201d");
  }
}
