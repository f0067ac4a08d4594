package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private static final Titles TITLES = new Titles(new HtmlWords(Language.english()));

  private static Optional<String> title(String html) {
    Document page = Jsoup.parse(html, "https://news.example/story");
    return TITLES.choose(
        page, Optional.empty(), new Metadata.Meta(page), Optional.of("Harbour News"));
  }

  @Test
  void cleansTheSiteNameFromTheDeclaredTitle() {
    assertThat(title("<title>Port reopens after strike | Harbour News</title>"))
        .contains("Port reopens after strike");
    assertThat(title("<title>Harbour News - Port reopens after strike</title>"))
        .contains("Port reopens after strike");
  }

  @Test
  void theMainHeadlineWinsUnlessItOnlyAddsAKicker() {
    assertThat(
            title(
                "<meta property=og:title content='Port strike over'>"
                    + "<h1>Dock workers return as port strike ends</h1>"))
        .contains("Dock workers return as port strike ends");
    assertThat(
            title(
                "<meta property=og:title content='Port strike over after two weeks'>"
                    + "<h1><span>Opinion</span> Port strike over after two weeks</h1>"))
        .contains("Port strike over after two weeks");
  }

  @Test
  void aTitleCutShortLosesToTheFullHeadline() {
    assertThat(
            title(
                "<meta property=og:title content='Dock workers return as the port strike ends after...'>"
                    + "<h1>Dock workers return as the port strike ends after two weeks</h1>"))
        .contains("Dock workers return as the port strike ends after two weeks");
  }

  @Test
  void dropsMediaAndSectionTags() {
    assertThat(TITLES.withoutTag("Cat video beamed from deep space (video)"))
        .isEqualTo("Cat video beamed from deep space");
    assertThat(TITLES.withoutTag("Band plays the finale [Watch]"))
        .isEqualTo("Band plays the finale");
    assertThat(TITLES.withoutTag("Let kids be kids | Editorial")).isEqualTo("Let kids be kids");
    assertThat(TITLES.withoutTag("Rates (and why) rise")).isEqualTo("Rates (and why) rise");
  }

  @Test
  void hasKeyTellsWhatComparingKeysTells() {
    String[] texts = {
      "Ministers Meet in Lisbon",
      "ministers meet in lisbon!",
      "  Ministers -- meet, in Lisbon  ",
      "Ministers meet in Lisbon today",
      "Ministers meet",
      "Caf\u00e9 owners \u00c9LYS\u00c9E",
      "caf\u00e9 OWNERS \u00e9lys\u00e9e",
      "\u2014 \u2014",
      "",
      "2024: A year"
    };
    for (String text : texts) {
      for (String other : texts) {
        String key = Titles.key(other);
        assertThat(Titles.hasKey(text, key))
            .as(text + " / " + key)
            .isEqualTo(Titles.key(text).equals(key));
      }
    }
  }
}
