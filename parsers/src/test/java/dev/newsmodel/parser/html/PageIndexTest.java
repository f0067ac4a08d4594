package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageIndexTest {
  private static List<String> ids(List<Element> elements) {
    return elements.stream().map(Element::id).toList();
  }

  @Test
  void indexesMetaTagsScriptsCanonicalAndLanguage() {
    Document page =
        Jsoup.parse(
            "<html lang=fr><head><meta name=a content=x><meta name=b>"
                + "<link rel=Canonical href=/c><script type=' application/ld+json '>{}</script>"
                + "<script>var x</script></head><body></body></html>");

    PageIndex index = PageIndex.of(page);

    assertThat(index.metas).hasSize(1);
    assertThat(index.jsonLd).hasSize(1);
    assertThat(index.canonical).isNotNull();
    assertThat(index.htmlLang).isEqualTo("fr");
  }

  @Test
  void readsTitleBylineAndDateWordsInClassesWhateverTheirCase() {
    Document page =
        Jsoup.parse(
            "<div id=t1 class='Article-Title'>x</div><div id=t2 class=headline>x</div>"
                + "<div id=b1 class='ByLine'>x</div><span id=b2 class='post-author'>x</span>"
                + "<p id=d1 class='PublishDate'>x</p><p id=d2 class=timestamp>x</p>"
                + "<p id=n1 class=story>x</p>");

    PageIndex index = PageIndex.of(page);

    assertThat(ids(index.shownTitles)).containsExactly("t1", "t2");
    assertThat(ids(index.bylines)).containsExactly("b1", "b2");
    assertThat(ids(index.dates)).containsExactly("d1", "d2");
  }

  @Test
  void aClassValueThatRepeatsSaysTheSameEachTime() {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      html.append("<li id=s").append(i).append(" class='item DATE-line'>x</li>");
      html.append("<li class='item'>y</li>");
    }

    PageIndex index = PageIndex.of(Jsoup.parse(html.toString()));

    assertThat(index.dates).hasSize(300);
    assertThat(index.shownTitles).isEmpty();
  }

  @Test
  void findsBylinesByRelItempropTestIdAndAuthorLinks() {
    Document page =
        Jsoup.parse(
            "<a id=r rel=author href=/x>x</a><span id=i itemprop=Author>x</span>"
                + "<div id=d data-testid=Byline-block>x</div><a id=l href='/Authors/jo'>Jo</a>"
                + "<a id=o href='/news/x'>x</a>");

    assertThat(ids(PageIndex.of(page).bylines)).containsExactly("r", "i", "d", "l");
  }

  @Test
  void keepsDatesFromTimeElementsAndIds() {
    Document page =
        Jsoup.parse(
            "<time id=a datetime=2024-01-01>x</time><time id=b>x</time>"
                + "<div id=updateDate>x</div><span id=c itemprop=datePublished>x</span>");

    PageIndex index = PageIndex.of(page);

    assertThat(ids(index.timesWithDatetime)).containsExactly("a");
    assertThat(ids(index.dates)).containsExactly("a", "b", "updateDate");
    assertThat(ids(index.datePublished)).containsExactly("c");
  }
}
