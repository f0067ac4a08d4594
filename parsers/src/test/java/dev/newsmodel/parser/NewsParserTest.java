package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.model.Article;
import org.junit.jupiter.api.Test;

class NewsParserTest {

  @Test
  void parsesPlainTextIntoAValidArticle() {
    Article article =
        NewsParser.create()
            .parseText(
                "Port reopens after strike\nBy Ann Lee\n\nDock workers returned on Monday.\n");

    assertThat(article.title()).contains("Port reopens after strike");
    assertThat(article.authors()).containsExactly("Ann Lee");
    assertThat(article.text()).isEqualTo("Dock workers returned on Monday.");
  }

  @Test
  void nullInputIsRejectedNamingTheArgument() {
    assertThatThrownBy(() -> NewsParser.create().parseText(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void inputOverTheLimitIsRejectedNamingTheLimit() {
    NewsParser parser = NewsParser.create(ParserOptions.builder().maxInputChars(10).build());

    assertThatThrownBy(() -> parser.parseText("x".repeat(11)))
        .isInstanceOfSatisfying(
            LimitExceededException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("maxInputChars");
              assertThat(e.maximum()).isEqualTo(10);
              assertThat(e.actual()).isEqualTo(11);
            })
        .hasMessage("input exceeds maxInputChars: 11 > 10");
  }

  @Test
  void oddInputGivesAValidPossiblyEmptyArticle() {
    NewsParser parser = NewsParser.create();

    assertThat(parser.parseText("").text()).isEmpty();
    assertThat(parser.parseText("\u0000\u0001\n\nword\uFFFF").sections()).hasSize(1);
    assertThat(parser.parseText("\u201c".repeat(1000)).text()).hasSize(1000);
    assertThat(parser.parseText("\uD800 lone surrogate").text()).contains("lone surrogate");
  }
}
