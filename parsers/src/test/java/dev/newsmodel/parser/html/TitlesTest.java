package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  void theH1ThatAgreesWithTheDeclaredTitleWinsOverAnEarlierOne() {
    assertThat(
            title(
                "<title>Port reopens after a long strike | Harbour News</title>"
                    + "<h1>Latest Shipping Updates</h1><h1>Port reopens after a long strike</h1>"))
        .contains("Port reopens after a long strike");
  }

  @Test
  void anH1InTheMenuADialogOrTheFooterIsNoHeadline() {
    String declared = "<title>Port reopens after a long strike | Harbour News</title>";
    for (String furniture :
        new String[] {
          "<nav><h1>Open the menu</h1></nav>",
          "<dialog><h1>Choose a region</h1></dialog>",
          "<ul><li><h1>Our latest guides</h1></li></ul>",
          "<footer><h1>Write to us</h1></footer>"
        }) {
      assertThat(title(declared + furniture + "<p>The port reopened today.</p>"))
          .contains("Port reopens after a long strike");
    }
    // Near miss: the h1 in the article's own header is the headline.
    assertThat(
            title(
                declared
                    + "<article><header><h1>The harbour wakes</h1></header>"
                    + "<p>The port reopened today.</p></article>"))
        .contains("The harbour wakes");
  }

  @Test
  void aShortH1SayingAnotherThingIsALabelWhenTheTitleIsShownElsewhere() {
    assertThat(
            title(
                "<title>Port reopens after a long strike | Harbour News</title>"
                    + "<div><h1>Shipping Health Centre</h1></div>"
                    + "<article><h2>Port reopens after a long strike</h2><p>Text.</p></article>"))
        .contains("Port reopens after a long strike");
    // The declared title only as the h1's subtitle: the short h1 is the headline.
    assertThat(
            title(
                "<title>How a port reopened after a long strike</title>"
                    + "<div><h1>The harbour wakes</h1>"
                    + "<h2>How a port reopened after a long strike</h2></div>"))
        .contains("The harbour wakes");
    // Not shown anywhere else: the h1 is the headline, the declared title a rewrite for search.
    assertThat(
            title(
                "<title>How a port reopened after a long strike</title>"
                    + "<h1>The harbour wakes</h1><p>Text.</p>"))
        .contains("The harbour wakes");
    // A short heading elsewhere that shares a word or two is not the title shown.
    assertThat(
            title(
                "<title>How a port reopened after a long strike</title>"
                    + "<h1>The harbour wakes</h1><h3 class='title'>Port strike</h3>"))
        .contains("The harbour wakes");
  }

  @Test
  void theSiteNameAfterASeparatorLeavesTheH1AndABulletSeparates() {
    assertThat(
            title(
                "<title>Port reopens | Harbour News</title><h1>Port reopens \u2013 Harbour News</h1>"))
        .contains("Port reopens");
    assertThat(title("<title>Port reopens after strike \u2022 Harbour News</title>"))
        .contains("Port reopens after strike");
  }

  @Test
  void aPageReadFromAFileTakesItsHostFromTheCanonicalLinkToCleanTheH1() {
    Document page =
        Jsoup.parse(
            "<link rel='canonical' href='https://www.getharbourhq.example/blog/port'>"
                + "<h1>Port reopens after strike | HarbourHQ</h1>",
            "");
    assertThat(TITLES.choose(page, Optional.empty(), new Metadata.Meta(page), Optional.empty()))
        .contains("Port reopens after strike");
  }

  @Test
  void aPageReadFromAFileTakesItsHostFromTheCanonicalLinkToCleanTheDeclaredTitle() {
    Document page =
        Jsoup.parse(
            "<title>Port reopens after strike | HarbourHQ</title>"
                + "<link rel='canonical' href='https://www.getharbourhq.example/blog/port'>",
            "");
    assertThat(TITLES.choose(page, Optional.empty(), new Metadata.Meta(page), Optional.empty()))
        .contains("Port reopens after strike");
  }

  private static Optional<String> fromFile(String head) {
    Document page = Jsoup.parse(head, "");
    return TITLES.choose(page, Optional.empty(), new Metadata.Meta(page), Optional.empty());
  }

  @Test
  void aTrailerWrittenAsAHostNameIsTheSite() {
    assertThat(fromFile("<title>Quiet keyboards for night owls | Clackworks.net</title>"))
        .contains("Quiet keyboards for night owls");
    assertThat(fromFile("<title>Quiet keyboards for night owls - shop.clack-works.co.uk</title>"))
        .contains("Quiet keyboards for night owls");
    // Near miss: a single word left is a topic's name, and the title stays whole.
    assertThat(fromFile("<title>Keyboards | Clackworks.net</title>"))
        .contains("Keyboards | Clackworks.net");
    // Near misses: a version number, and a sentence that holds an address, are no host.
    assertThat(fromFile("<title>Quiet keyboards for night owls | Release 2.5</title>"))
        .contains("Quiet keyboards for night owls | Release 2.5");
    assertThat(fromFile("<title>Our shop has moved - find us at clack.example</title>"))
        .contains("Our shop has moved - find us at clack.example");
  }

  @Test
  void aTrailerWhoseWordsAllStandInTheHostIsTheSite() {
    String canonical =
        "<link rel='canonical' href='https://kayaks.riverside.example/guides/first'>";
    assertThat(
            fromFile(
                "<title>Choosing a first touring kayak | Riverside Kayaks</title>" + canonical))
        .contains("Choosing a first touring kayak");
    // Near miss: one word of the trailer is not in the host: a subtitle, kept.
    assertThat(
            fromFile(
                "<title>Choosing a first touring kayak | Riverside Paddles</title>" + canonical))
        .contains("Choosing a first touring kayak | Riverside Paddles");
  }

  @Test
  void anH1ThatIsAPathIsNoHeadline() {
    assertThat(
            title(
                "<title>Port reopens after strike | Harbour News</title>"
                    + "<h1>/_templates/story-title/</h1>"))
        .contains("Port reopens after strike");
    assertThat(Titles.isPath("https://harbour.example/port")).isTrue();
    // Near misses: words with a slash, and a headline without spaces in a script that uses none.
    assertThat(Titles.isPath("Port reopens / strike ends")).isFalse();
    assertThat(Titles.isPath("港口重新开放")).isFalse();
  }

  @Test
  void anH1LongerThanTheDeclaredTitleKeepsItsSubtitleButNotATrailer() {
    // A subtitle after a colon or comma, or a title cut short without an ellipsis: the h1.
    assertThat(
            title(
                "<title>Port reopens | Harbour News</title>"
                    + "<h1>Port reopens: what the strike changed</h1>"))
        .contains("Port reopens: what the strike changed");
    assertThat(
            title(
                "<title>Port reopens after the long str | Harbour News</title>"
                    + "<h1>Port reopens after the long strike</h1>"))
        .contains("Port reopens after the long strike");
    // A section or site after a bar, or a bracket: the declared title.
    assertThat(
            title(
                "<title>Port reopens after strike</title>"
                    + "<h1>Port reopens after strike | Local | Harbour Gazette</h1>"))
        .contains("Port reopens after strike");
    assertThat(
            title(
                "<title>Port reopens after strike</title>"
                    + "<h1>Port reopens after strike (harbour.example) 87</h1>"))
        .contains("Port reopens after strike");
    // A kicker of a few words before the title: the declared title; a longer lead-in: the h1.
    assertThat(
            title(
                "<title>Port reopens after strike</title><h1>Opinion Port reopens after strike</h1>"))
        .contains("Port reopens after strike");
    assertThat(
            title(
                "<title>Port reopens</title>"
                    + "<h1>Ships queue for days as the port reopens</h1>"))
        .contains("Ships queue for days as the port reopens");
  }

  @Test
  void anH1WhoseWordsTheTitleAllHoldsWinsOverAnEarlierOneSharingSome() {
    assertThat(
            title(
                "<title>Port reopens after a long strike | Harbour News</title>"
                    + "<h1>Port news and shipping</h1><h1>Port reopens after a long strike</h1>"))
        .contains("Port reopens after a long strike");
    // Near miss: a later h1 that shares more words but says more (a subtitle): the first.
    assertThat(
            title(
                "<meta property='og:title' content='You must read this: the port strike checklist'>"
                    + "<h1>Port strike checklist</h1>"
                    + "<h1>What you must do before the port strike, and what you must read</h1>"))
        .contains("Port strike checklist");
  }

  @Test
  void aYearBeforeTheDeclaredTitleIsTheHeadlinesOwnWord() {
    assertThat(
            title("<title>Kayak price guide | Harbour News</title><h1>2025 Kayak price guide</h1>"))
        .contains("2025 Kayak price guide");
    // Near miss: a word that labels a section is a kicker, and the declared title wins.
    assertThat(title("<title>Kayak price guide</title><h1>Reviews Kayak price guide</h1>"))
        .contains("Kayak price guide");
  }

  private static Optional<String> withHeadline(String headline, String head) throws Exception {
    Document page = Jsoup.parse(head, "https://news.example/story");
    JsonNode article = new ObjectMapper().readTree("{\"headline\": \"" + headline + "\"}");
    return TITLES.choose(
        page, Optional.of(article), new Metadata.Meta(page), Optional.of("Harbour News"));
  }

  @Test
  void aJsonLdHeadlineCutShortGivesWayToTheFullTitle() throws Exception {
    String full =
        "How we chose the twelve kayaks we tested on the river this summer (and the one we kept)";
    assertThat(
            withHeadline(
                full.substring(0, 70),
                "<meta property='og:title' content='" + full + " | Harbour News'>"))
        .contains(full);
    // Near miss: a whole headline, and a title that adds a subtitle after a separator: the
    // headline.
    String headline = "How we chose the twelve kayaks we tested on the river this summer";
    assertThat(
            withHeadline(
                headline, "<meta property='og:title' content='" + headline + " - Our test notes'>"))
        .contains(headline);
    assertThat(
            withHeadline(
                headline, "<meta property='og:title' content='" + headline + ": our test notes'>"))
        .contains(headline);
  }

  @Test
  void anH1ThatIsTheWholeDeclaredTitleKeepsItsSubtitle() {
    String whole = "The Harbour review - slow, quiet and lovely";
    assertThat(
            title(
                "<meta property='og:title' content='"
                    + whole
                    + "'>"
                    + "<h1>"
                    + whole
                    + "</h1><h3>The Harbour review</h3>"))
        .contains(whole);
    // Near miss: a declared title whose part alone is shown, with no h1: that part.
    assertThat(
            title(
                "<title>Harbour Weekly Review - Harbour Town Guide</title>"
                    + "<h3>Harbour Weekly Review</h3>"))
        .contains("Harbour Weekly Review");
  }

  @Test
  void aOneWordH1SaysWhichPartOfTheTitleIsThePages() {
    assertThat(fromFile("<title>Kayaks - Riverside Outdoor Centre</title><h1>Kayaks</h1>"))
        .contains("Kayaks");
    // Near miss: no h1, and the title stays whole.
    assertThat(fromFile("<title>Kayaks - Riverside Outdoor Centre</title>"))
        .contains("Kayaks - Riverside Outdoor Centre");
  }
}
