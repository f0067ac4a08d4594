package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentFinderTest {

  private static String story(String id, String subject) {
    String sentence =
        "The council of "
            + subject
            + " met on a wet Tuesday to argue about the new bridge, "
            + "the budget for the harbour and the long delays at the station. ";
    return "<article id="
        + id
        + "><h2>"
        + subject
        + "</h2><p>"
        + sentence.repeat(4)
        + "</p><p>"
        + sentence.repeat(3)
        + "</p></article>";
  }

  @Test
  void aFeedOfWholeStoriesGivesTheStoryNotTheFeed() {
    assertThat(
            rootIds("<div id=feed>" + story("one", "Lowmere") + story("two", "Harwick") + "</div>"))
        .containsExactly("one");
  }

  @Test
  void oneStoryWithItsTextAroundItGivesTheContainer() {
    String more =
        "<p>"
            + "Residents said the works would start in spring and end before winter. ".repeat(4)
            + "</p>";
    assertThat(rootIds("<div id=main>" + story("one", "Lowmere") + more + more + "</div>"))
        .containsExactly("main");
  }

  private static java.util.List<String> rootIds(String bodyHtml) {
    return ContentFinder.find(Jsoup.parse(bodyHtml).body(), new LinkStats()).stream()
        .map(Element::id)
        .toList();
  }

  @Test
  void goodTextSumsEachElementsProseAndGivesItsAncestorsTheBodysSum() {
    String prose = "The ferry ran late all week, and the harbour master blamed the tide tables. ";
    Element body =
        Jsoup.parse("<div id=a><p>" + prose + "</p></div><div id=b><p>" + prose + "</p></div>")
            .body();

    java.util.Map<Element, Integer> good = ContentFinder.goodText(body);

    int one = prose.strip().length();
    assertThat(good.get(body.getElementById("a"))).isEqualTo(one);
    assertThat(good.get(body)).isEqualTo(2 * one);
    assertThat(good.get(body.parent())).isEqualTo(2 * one); // <html>
    assertThat(good.get(body.ownerDocument())).isEqualTo(2 * one);
  }

  @Test
  void itsWalkCountsTheTextAndLinkTextOfTheContainersTheCollectorAsksAbout() {
    Element body =
        Jsoup.parse(
                "<div id=all><p>Plain words here.</p><ul id=links><li><a href=/a> One link </a>"
                    + "<li><a href=/b>Two</a> and more</ul></div>")
            .body();
    LinkStats stats = new LinkStats();

    ContentFinder.find(body, stats);

    Element links = body.getElementById("links");
    // Each text node counts trimmed: "One link", "Two", "and more".
    assertThat(stats.text(links)).isEqualTo(8 + 3 + 8);
    assertThat(stats.linkDensity(links)).isEqualTo(11.0 / 19.0);
    assertThat(stats.text(body.getElementById("all"))).isEqualTo("Plain words here.".length() + 19);
  }
}
