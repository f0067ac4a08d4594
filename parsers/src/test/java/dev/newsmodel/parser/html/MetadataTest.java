package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A page's metadata read from its sources together (invented pages). */
class MetadataTest {
  private static final HtmlReader READER = new HtmlReader(Language.english());

  /** The published date of a page that declares none and shows no headline to date it by. */
  private static Optional<String> published(String body) {
    String html =
        "<html><head><title>Notes from the allotment</title></head><body>"
            + body
            + "<p>Beans grow well on a sunny sill when the soil is kept moist and warm.</p>"
            + "<p>Most kinds need a pole or a string to climb within two weeks.</p>"
            + "</body></html>";
    return READER.read(Jsoup.parse(html, "https://beans.example/notes")).publishedAt();
  }

  @Test
  void readsTheDateOfADateElementBeforeItsOtherItems() {
    assertThat(
            published(
                "<div class='post-date'><span>Posted on April 13, 2023</span>"
                    + "<div class='tags'>Tags: <a href='/t/beans'>beans</a>"
                    + "<a href='/t/soil'>soil</a></div></div>"))
        .contains("2023-04-13");
    // Near miss: a date element whose first text is no date, and no date after it.
    assertThat(
            published(
                "<div class='post-date'><span>Posted by the garden club</span>"
                    + "<div class='tags'><a href='/t/beans'>beans</a></div></div>"))
        .isEmpty();
  }

  @Test
  void readsTheDatePartOfADateLineBetweenBullets() {
    assertThat(
            published(
                "<div class='publish-date'>Dec. 19, 2025 \u00B7 Ana Costa for the club</div>"))
        .contains("2025-12-19");
    // A time printed after a bar belongs to the date, and is kept.
    assertThat(published("<div class='publish-date'>April 5, 2018 | 6:00 PM</div>"))
        .hasValueSatisfying(iso -> assertThat(iso).startsWith("2018-04-05T18:00"));
    // Near miss: a count in the same line is no date.
    assertThat(published("<div class='publish-date'>12 comments \u00B7 Ana Costa</div>")).isEmpty();
  }

  @Test
  void aPageReadFromAFileIsDatedByTheAddressOfItsCanonicalLink() {
    String html =
        "<html><head><title>Notes from the allotment</title>"
            + "<link rel='canonical' href='https://beans.example/news/2023/07/21/notes'>"
            + "</head><body><p>Beans grow well on a sunny sill when the soil is kept moist.</p>"
            + "</body></html>";
    assertThat(READER.read(Jsoup.parse(html, "")).publishedAt()).contains("2023-07-21");
    // Near miss: a canonical address without a date dates nothing.
    assertThat(READER.read(Jsoup.parse(html.replace("2023/07/21/", ""), "")).publishedAt())
        .isEmpty();
  }
}
