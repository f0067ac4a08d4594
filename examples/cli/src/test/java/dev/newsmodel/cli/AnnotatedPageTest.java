package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.NewsParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AnnotatedPageTest {
  private static final NewsParser PARSER = NewsParser.create();

  static String seed() throws IOException {
    try (InputStream in = AnnotatedPageTest.class.getResourceAsStream("seed.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Document render(Article article) {
    // render, print, and read back: what a browser would get
    return Jsoup.parse(AnnotatedPage.render(article).outerHtml());
  }

  @Test
  void highlightsEveryQuoteInItsSpeakersColour() throws IOException {
    Article article = PARSER.parseText(seed());
    Document page = render(article);

    for (var quote : article.quotes()) {
      Element mark = page.selectFirst("mark.quote[data-quote=" + quote.id() + "]");
      assertThat(mark).as(quote.id()).isNotNull();
      assertThat(quote.text()).contains(mark.text());
    }
    String wang = page.selectFirst(".entity:has(.name:containsOwn(Wang Yi))").attr("data-entity");
    assertThat(page.select("mark.quote[data-speaker=" + wang + "]"))
        .extracting(m -> m.attr("style"))
        .containsOnly("background-color:#9fc5e8");
    assertThat(page.select("b.cue").eachText()).contains("told", "said", "according to");
  }

  @Test
  void listsPersonsWithRolesAndTheirQuotesAndTabulatesMeetings() throws IOException {
    Document page = render(PARSER.parseText(seed()));

    assertThat(page.select("aside .entity .name").eachText())
        .contains("Antony Blinken", "Wang Yi", "Qin Gang", "Xi Jinping");
    Element wang = page.selectFirst(".entity:has(.name:containsOwn(Wang Yi))");
    assertThat(wang.selectFirst(".roles").text()).contains("Foreign Minister (Chinese)");
    assertThat(wang.select("li").eachText())
        .anySatisfy(q -> assertThat(q).contains("no room for compromise"));
    assertThat(wang.select(".swatch")).hasSize(1);
    assertThat(page.select("table.meetings tbody tr")).hasSize(3);
    assertThat(page.select("table.meetings td").eachText()).contains("held", "planned");
  }

  @Test
  void escapesTheArticleTextAndLoadsNothingFromOutside() {
    Article article =
        PARSER.parseText(
            "Markup <b>in</b> text\n\n\"<script>alert(1)</script> is not code,\" said Ana Reyes,"
                + " a tester. She added that <img src=x onerror=alert(2)> stays text.");
    String html = AnnotatedPage.render(article).outerHtml();
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, img, iframe, link, object")).isEmpty();
    assertThat(page.select("[src], [href], [onerror]")).isEmpty();
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page.selectFirst("mark.quote").text()).startsWith("<script>alert(1)</script>");
  }

  @Test
  void anArticleWithoutQuotesOrMeetingsSaysSo() {
    Document page = render(PARSER.parseText("Quiet day\n\nNothing happened at the harbour."));

    assertThat(page.select("mark")).isEmpty();
    assertThat(page.select("section.meetings .none").text()).isEqualTo("No meeting reported.");
    assertThat(page.select("aside .none").text()).isEqualTo("No person named.");
  }
}
