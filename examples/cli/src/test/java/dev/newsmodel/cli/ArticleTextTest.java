package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.NewsParser;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
  private static final Article ARTICLE =
      NewsParser.create()
          .parseText(
              "Harbour reopens after storm\n"
                  + "By Ann Lee and Bo Chen\n\n"
                  + "Boats left port on Monday morning.\n\n"
                  + "What comes next\n\n"
                  + "The harbour master said repairs would take *weeks*.\n");

  @Test
  void textHasTitleBylineSectionsAndParagraphs() {
    String text = ArticleText.text(ARTICLE);

    assertThat(text).startsWith("Harbour reopens after storm\nBy Ann Lee and Bo Chen\n\n");
    assertThat(text).contains("Boats left port on Monday morning.\n\n").endsWith("*weeks*.\n");
  }

  @Test
  void markdownHasTheTitleAsAHeadingAndEscapesMarkup() {
    String markdown = ArticleText.markdown(ARTICLE);

    assertThat(markdown)
        .startsWith("# Harbour reopens after storm\n\n*By Ann Lee and Bo Chen*\n\n")
        .endsWith("repairs would take \\*weeks\\*.\n");
  }

  @Test
  void escapesLinesThatWouldOpenABlock() {
    assertThat(ArticleText.escape("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(ArticleText.escape("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(ArticleText.escape("- not a list")).isEqualTo("\\- not a list");
    assertThat(ArticleText.escape("> not a quote [link](x)"))
        .isEqualTo("\\> not a quote \\[link\\](x)");
    assertThat(ArticleText.escape("1,000 boats")).isEqualTo("1,000 boats");
  }
}
