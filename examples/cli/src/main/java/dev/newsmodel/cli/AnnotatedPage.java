package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders an article as a self-contained HTML page: the text with every quote highlighted in its
 * speaker's colour (cues in bold, speaker mentions underlined), a side panel of the persons and
 * organizations with their roles and quotes, and a table of meetings. Built as a jsoup tree, so
 * every piece of text is escaped; the page loads nothing from outside (inline style, no script).
 */
final class AnnotatedPage {
  private AnnotatedPage() {}

  /** The page for an article. */
  static Document render(Article article) {
    Palette palette = new Palette(article);
    Document page = Document.createShell("");
    page.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
    page.outputSettings().prettyPrint(false);
    page.head().prependElement("meta").attr("charset", "utf-8");
    page.head()
        .appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width");
    page.title(article.title().orElse("Article") + " · newsmodel");
    page.head().appendElement("style").appendChild(new DataNode(Styles.CSS));
    Element layout = page.body().appendElement("div").addClass("layout");
    Element main = layout.appendElement("main").addClass("article");
    header(article, main);
    for (Section section : article.sections()) {
      Element box = main.appendElement("section");
      if (section.heading().isPresent()) {
        String heading = section.heading().get();
        Element h = box.appendElement("h" + Math.min(6, 1 + Math.max(1, section.level())));
        if (article.text().startsWith(heading, section.start())) {
          marked(article, section.start(), section.start() + heading.length(), palette, h);
        } else {
          h.text(heading);
        }
      }
      for (Paragraph paragraph : section.paragraphs()) {
        marked(article, paragraph.start(), paragraph.end(), palette, box.appendElement("p"));
      }
    }
    Element aside = layout.appendElement("aside").addClass("panel");
    EntityPanel.render(article, palette, aside);
    MeetingTable.render(article, main);
    return page;
  }

  private static void header(Article article, Element main) {
    Element header = main.appendElement("header");
    article.title().ifPresent(title -> header.appendElement("h1").text(title));
    List<String> facts = new ArrayList<>();
    if (!article.authors().isEmpty()) {
      facts.add("By " + String.join(", ", article.authors()));
    }
    article.publishedAt().ifPresent(facts::add);
    article.siteName().ifPresent(facts::add);
    if (!facts.isEmpty()) {
      header.appendElement("p").addClass("byline").text(String.join(" · ", facts));
    }
    article.url().ifPresent(url -> header.appendElement("p").addClass("url").text(url));
  }

  /** Writes the text of {@code [from, to)} with its quotes, cues and speaker mentions marked. */
  private static void marked(Article article, int from, int to, Palette palette, Element into) {
    String text = article.text();
    int at = from;
    for (Mark mark : Mark.inside(article, from, to, palette)) {
      into.appendText(text.substring(at, mark.start()));
      into.appendChild(mark.element(text));
      at = mark.end();
    }
    into.appendText(text.substring(at, to));
  }

  /** The entity's name, or its id when the article has no such entity. */
  static String name(Article article, String entityId) {
    return article.entity(entityId).map(Entity::name).orElse(entityId);
  }
}
