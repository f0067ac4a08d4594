package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The date printed near the headline, weighed against the declared dates (invented pages). */
class ShownDatesTest {
  private static final HtmlReader READER = new HtmlReader(Language.english());

  private static Optional<String> published(String head, String body) {
    String html =
        "<html><head><title>Ten Ways to Grow Beans Indoors</title>"
            + head
            + "</head><body><header><nav><a href='/'>Home</a></nav></header>"
            + body
            + "<footer>Copyright 2020 Bean Weekly</footer></body></html>";
    return READER.read(Jsoup.parse(html, "https://beans.example/grow")).publishedAt();
  }

  private static final String PARAGRAPHS =
      "<p>Beans grow well on a sunny sill when the soil is kept moist and warm.</p>"
          + "<p>Most kinds need a pole or a string to climb within two weeks.</p>";

  @Test
  void readsADateLinePrintedUnderTheHeadline() {
    assertThat(
            published(
                "",
                "<article><h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<div class='meta'><span>By Ana Costa</span> <span>June 12, 2025</span></div>"
                    + PARAGRAPHS
                    + "</article>"))
        .contains("2025-06-12");
  }

  @Test
  void readsAPartBetweenBulletsAndALabelledLine() {
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p>Jun 08, 2023 \u2022 11 Minute Read</p>"
                    + PARAGRAPHS))
        .contains("2023-06-08");
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><div>Published on July 18, 2025</div>"
                    + PARAGRAPHS))
        .contains("2025-07-18");
  }

  @Test
  void thePrintedDayWinsOverADeclaredDateOfAnotherDay() {
    // Declared in UTC after midnight; the page prints its own day.
    assertThat(
            published(
                "<meta property='article:published_time' content='2023-12-24T01:06:51Z'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p>December 23, 2023 5:06pm</p>"
                    + PARAGRAPHS))
        .hasValueSatisfying(iso -> assertThat(iso).startsWith("2023-12-23"));
  }

  @Test
  void aDeclaredDateOfThePrintedDayKeepsItsTime() {
    assertThat(
            published(
                "<meta property='article:published_time' content='2023-12-23T17:06:00-08:00'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p>December 23, 2023</p>" + PARAGRAPHS))
        .contains("2023-12-23T17:06:00-08:00");
  }

  @Test
  void anUpdatedDatePrintedAloneIsThePagesDate() {
    // The only date readers see by the headline is the one they take for the page's.
    assertThat(
            published(
                "<meta property='article:published_time' content='2022-02-11T10:00:00Z'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<span>Updated <time>March 3, 2024</time></span>"
                    + PARAGRAPHS))
        .contains("2024-03-03");
    // Printed with the publication date, the unlabelled one is taken.
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<p><span>August 16, 2019</span> <span>- Updated July 9, 2025</span></p>"
                    + PARAGRAPHS))
        .contains("2019-08-16");
    // Printed alone, and nothing declared: the page's only date.
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p>Updated August 14, 2025</p>"
                    + PARAGRAPHS))
        .contains("2025-08-14");
  }

  @Test
  void aTimeThatPrintsItsDateThenAnUpdateIsReadByItsFirstDate() {
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><time datetime='2024-03-04T12:00:00Z'>"
                    + "March 3, 2024 <span>/</span> Updated March 4, 2024</time>"
                    + PARAGRAPHS))
        .contains("2024-03-03");
    // Near miss: a time whose text is no date is read by its datetime.
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><time datetime='2024-03-04T12:00:00Z'>"
                    + "Yesterday <span>morning</span></time>"
                    + PARAGRAPHS))
        .contains("2024-03-04T12:00:00Z");
  }

  @Test
  void readsADateInNumbersUnderTheHeadline() {
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p><span>Ana Costa</span>"
                    + " <span>21.03.2024</span></p>"
                    + PARAGRAPHS))
        .contains("2024-03-21");
    // Written month first with dots, as the declared date shows.
    assertThat(
            published(
                "<meta property='article:published_time' content='2024-09-10T16:00:00Z'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p><span>Ana Costa</span>"
                    + " <span>09.10.2024</span></p>"
                    + PARAGRAPHS))
        .contains("2024-09-10T16:00:00Z");
    // Near miss: a date that reads two ways is left.
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p><span>Ana Costa</span>"
                    + " <span>05/06/2024</span></p>"
                    + PARAGRAPHS))
        .isEmpty();
  }

  @Test
  void aDeclaredChangeIsThePagesDateWhenNothingElseDates() {
    String changed = "<meta property='article:modified_time' content='2024-03-03T09:00:00Z'>";
    assertThat(published(changed, "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS))
        .contains("2024-03-03T09:00:00Z");
    // Near miss: a declared publication is the page's date.
    assertThat(
            published(
                changed + "<meta name='published-date' content='2022-02-11'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS))
        .contains("2022-02-11");
  }

  @Test
  void readsADateInATextNodeOfItsOwnBesideOtherItems() {
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<p>Mar 4, 2024 <span>\u2022</span> <img src='a.png'> Ana Costa</p>"
                    + PARAGRAPHS))
        .contains("2024-03-04");
    // Near miss: digits in a text node that is no date.
    assertThat(
            published(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<p>Tip 4 of 10 <span>\u2022</span> <b>soil</b> 3 pots</p>"
                    + PARAGRAPHS))
        .isEmpty();
  }

  @Test
  void readsAPublishedMetaTagWrittenAsWords() {
    assertThat(
            published(
                "<meta name='published' content='July 17, 2025'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS))
        .contains("2025-07-17");
  }

  @Test
  void theDayInTheSiteHeaderIsNoArticleDate() {
    // The header shows today's date; only a date in the headline's block counts before it.
    assertThat(
            published(
                "",
                "<div class='top'><div><span>Sunday, December 24, 2023</span></div></div>"
                    + "<main><div><div><article><h1>Ten Ways to Grow Beans Indoors</h1>"
                    + PARAGRAPHS
                    + "</article></div></div></main>"))
        .isEmpty();
    assertThat(
            published(
                "",
                "<main><div class='head'><time>Dec 19, 2023 9:00 AM</time>"
                    + "<h1>Ten Ways to Grow Beans Indoors</h1></div>"
                    + PARAGRAPHS
                    + "</main>"))
        .contains("2023-12-19T09:00:00");
  }

  @Test
  void aLogoHeadingIsNoHeadline() {
    // No element shows the title: a date at the top of the page is not read as the article's.
    assertThat(
            published(
                "",
                "<div><h1 class='logo'><a href='/'></a></h1><span>Mon December 25, 2023</span></div>"
                    + PARAGRAPHS))
        .isEmpty();
  }

  @Test
  void aDateInTheTextFarBelowTheHeadlineIsNotRead() {
    StringBuilder body = new StringBuilder("<h1>Ten Ways to Grow Beans Indoors</h1>");
    for (int i = 0; i < 40; i++) {
      body.append(PARAGRAPHS);
    }
    body.append("<p>March 3, 2024</p>");
    assertThat(published("", body.toString())).isEmpty();
  }

  private static Optional<String> publishedAt(String url, String head, String body) {
    String html =
        "<html><head><title>Ten Ways to Grow Beans Indoors</title>"
            + head
            + "</head><body>"
            + body
            + "</body></html>";
    return READER.read(Jsoup.parse(html, url)).publishedAt();
  }

  @Test
  void theDeclaredDateThatTheAddressAgreesWithWinsOverAnotherPrintedDay() {
    String declared =
        "<meta property='article:published_time' content='2021-03-08T09:00:00+01:00'>";
    String page =
        "<h1>Ten Ways to Grow Beans Indoors</h1><p>Updated April 2, 2022</p>" + PARAGRAPHS;
    assertThat(publishedAt("https://beans.example/2021/03/08/grow", declared, page))
        .contains("2021-03-08T09:00:00+01:00");
    // Near miss: an address without a date, or with another day: the printed date.
    assertThat(publishedAt("https://beans.example/grow", declared, page)).contains("2022-04-02");
    assertThat(publishedAt("https://beans.example/2021/03/01/grow", declared, page))
        .contains("2022-04-02");
  }
}
