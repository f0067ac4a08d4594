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
    Element body =
        Jsoup.parse("<div id=feed>" + story("one", "Lowmere") + story("two", "Harwick") + "</div>")
            .body();

    assertThat(ContentFinder.find(body)).extracting(Element::id).containsExactly("one");
  }

  @Test
  void oneStoryWithItsTextAroundItGivesTheContainer() {
    String more =
        "<p>"
            + "Residents said the works would start in spring and end before winter. ".repeat(4)
            + "</p>";
    Element body =
        Jsoup.parse("<div id=main>" + story("one", "Lowmere") + more + more + "</div>").body();

    assertThat(ContentFinder.find(body)).extracting(Element::id).containsExactly("main");
  }
}
