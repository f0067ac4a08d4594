package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.lexicon.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TeaserCardsTest {
  private static final HtmlReader READER = new HtmlReader(Language.english());

  private static final String STORY =
      "<p>"
          + "The village library reopened on Saturday after a year of building work. ".repeat(5)
          + "</p>";

  private static String texts(String body) {
    return String.join(
        "\n",
        READER
            .read(
                Jsoup.parse(
                    "<html><head><link rel=canonical href='https://www.example.org/local/library'>"
                        + "</head><body><main>"
                        + body
                        + "</main></body></html>"))
            .blocks()
            .stream()
            .map(Block::text)
            .toList());
  }

  private static String card(String href, String headline, String summary) {
    return "<div class=card><div class=wrap><h3><a href='"
        + href
        + "'>"
        + headline
        + "</a></h3><time datetime=2031-05-02>May 2, 2031</time><p>"
        + summary
        + "</p></div></div>";
  }

  @Test
  void dropsTheSummaryOfATeaserCardWithItsHeadline() {
    String text =
        texts(
            STORY
                + STORY
                + card(
                    "/local/pool-closes",
                    "Town pool closes for the winter season",
                    "Swimmers will have to wait until spring, when the pool reopens with a new roof.")
                + card(
                    "https://news.example.org/sport/final",
                    "Rovers reach the county cup final at last",
                    "A late goal sent the home side through to their first final in a decade.")
                + "<p>Words after the cards stay.</p>");

    assertThat(text)
        .contains("village library", "Words after the cards stay.")
        .doesNotContain("Swimmers", "late goal", "Town pool");
  }

  @Test
  void keepsTextUnderAHeadingThatLinksToAnotherSiteOrHeadsALargeBox() {
    String product =
        card(
            "https://shop.example.com/kettle",
            "A quiet kettle",
            "It boils a litre in three minutes and makes almost no noise.");
    String large =
        "<div><h3><a href='/local/history'>The library's history</a></h3>" + STORY + "</div>";

    String text = texts(STORY + product + STORY + large);

    assertThat(text).contains("It boils a litre", "village library");
    assertThat(text.split("village library")).hasSizeGreaterThan(10);
  }

  @Test
  void keepsCardsThatShowNoDate() {
    // A guide's list of places: linked names with a line each, no date.
    String text =
        texts(
            "<p>Our guide to the best bakeries in town.</p>"
                + "<div class=card><h3><a href='/bakeries/north'>North Street Bakery</a></h3>"
                + "<p>Sourdough loaves baked before dawn, and a queue out the door by eight.</p></div>"
                + "<div class=card><h3><a href='/bakeries/mill'>The Old Mill</a></h3>"
                + "<p>A café in a converted mill that serves rye bread with smoked butter.</p></div>");

    assertThat(text).contains("Sourdough loaves", "converted mill");
  }

  @Test
  void tellsLinksToTheSameSite() {
    assertThat(TeaserCards.isSameSite("/local/pool", "example.org")).isTrue();
    assertThat(TeaserCards.isSameSite("pool.html", "")).isTrue();
    assertThat(TeaserCards.isSameSite("https://news.example.org/a", "example.org")).isTrue();
    assertThat(TeaserCards.isSameSite("//www.example.org/a", "example.org")).isTrue();
    assertThat(TeaserCards.isSameSite("https://shop.example.com/a", "example.org")).isFalse();
    assertThat(TeaserCards.isSameSite("https://example.org/a", "")).isFalse();
    assertThat(TeaserCards.isSameSite("#notes", "example.org")).isFalse();
    assertThat(TeaserCards.isSameSite("mailto:desk@example.org", "example.org")).isFalse();
    assertThat(TeaserCards.host("https://www.Example.org:8080/x")).isEqualTo("example.org");
    assertThat(TeaserCards.host("page.html")).isEmpty();
  }
}
