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
  void parsesAWebPage() {
    Article article =
        NewsParser.create()
            .parse(
                "<html lang=en><head><title>Port reopens | Harbour News</title>"
                    + "<meta property=og:site_name content='Harbour News'></head><body>"
                    + "<nav><a href=/>Home</a></nav><div class=story>"
                    + "<p>Dock workers returned on Monday after a strike that lasted two weeks.</p>"
                    + "<h2>Talks</h2><p>The union said talks with the port owners would resume.</p>"
                    + "</div></body></html>",
                "https://harbour.example/port");

    assertThat(article.title()).contains("Port reopens");
    assertThat(article.language()).contains("en");
    assertThat(article.url()).contains("https://harbour.example/port");
    assertThat(article.sections())
        .extracting(s -> s.heading().orElse(""))
        .containsExactly("", "Talks");
    assertThat(article.text()).doesNotContain("Home");
  }

  @Test
  void detectsTheCharsetOfPageBytes() {
    byte[] latin =
        ("<html><head><meta charset=windows-1252></head><body><p>Caf\u00e9 owners in the old"
                + " town said the new rules would cost them customers this summer.</p></body></html>")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] mislabelled =
        ("<html><head><meta charset=gb2312></head><body><p>\u65b0\u95fb Caf\u00e9 owners in"
                + " the old town said the new rules would cost them customers.</p></body></html>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    NewsParser parser = NewsParser.create();

    assertThat(parser.parse(latin, null, "").text()).startsWith("Caf\u00e9 owners");
    assertThat(parser.parse(mislabelled, null, "").text()).startsWith("\u65b0\u95fb Caf\u00e9");
    assertThat(parser.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xd8}, null, "").text())
        .isNotNull();
  }

  @Test
  void aPageInUtf8IsDecodedTheSameWhetherItsHeadIsSniffedOrNot() {
    String body =
        "<p>Caf\u00e9 owners in the old town said the new rules would cost them customers.</p>";
    String head = "<html><head><meta charset=\"utf-8\"><title>x</title>";
    String padding = "<meta name=x content=\"" + "y".repeat(6000) + "\">";
    byte[] sniffed =
        (head + "</head><body>" + body + "</body></html>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] declaredLate = // the declaration beyond the bytes jsoup reads to find it
        ("<html><head>" + padding + "<meta charset=\"iso-8859-1\"></head><body>" + body)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    NewsParser parser = NewsParser.create();

    assertThat(parser.parse(sniffed, null, "").text()).startsWith("Caf\u00e9 owners");
    assertThat(parser.parse(sniffed, null, ""))
        .isEqualTo(parser.parse(sniffed, java.nio.charset.StandardCharsets.UTF_8, ""));
    assertThat(parser.parse(declaredLate, null, "").text()).startsWith("Caf\u00e9 owners");
  }

  @Test
  void nullInputIsRejectedNamingTheArgument() {
    assertThatThrownBy(() -> NewsParser.create().parseText(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> NewsParser.create().parse((String) null, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("html");
    assertThatThrownBy(() -> NewsParser.create().parse("<p>x</p>", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseUri");
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
  void tooManyPersonsOrQuotesAreRejectedNamingTheLimit() {
    NewsParser parser =
        NewsParser.create(ParserOptions.builder().maxPersons(1).maxQuotes(1).build());
    String twoPersons = "Minister Ana Silva met Senator Bo Lind.";
    String twoQuotes =
        "Minister Ana Silva spoke. \u201cYes,\u201d she said. \u201cNo,\u201d she added.";

    assertThatThrownBy(() -> parser.parseText(twoPersons))
        .isInstanceOfSatisfying(
            LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("maxPersons"));
    assertThatThrownBy(() -> parser.parseText(twoQuotes))
        .isInstanceOfSatisfying(
            LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("maxQuotes"));
  }

  @Test
  void elementsDeeperThanTheLimitKeepTheirText() {
    NewsParser parser = NewsParser.create(ParserOptions.builder().maxDepth(16).build());
    String deep =
        "<div>".repeat(200)
            + "<p>Deep in the page, the story says what happened on Monday.</p>"
            + "</div>".repeat(200);

    assertThat(parser.parse(deep, "").text()).contains("Deep in the page");
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
