package dev.newsmodel.parser.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article body, Readability-style: every paragraph scores its
 * parent and grandparent by its length and commas; scores are weighted by class hints and cut by
 * link density; the best candidate wins, with its siblings that score well too.
 */
final class ContentFinder {
  private ContentFinder() {}

  private static final int MIN_PARAGRAPH = 25;

  /** The elements that hold the body, in document order: the best candidate and its siblings. */
  static List<Element> find(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element paragraph : paragraphs(body)) {
      String text = paragraph.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element ancestor = paragraph.parent();
      for (int level = 0; ancestor != null && level < 3; level++) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / divider, Double::sum);
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      entry.setValue(score);
      if (score > topScore) {
        topScore = score;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    top = preferArticleBody(body, top);
    return withSiblings(top, scores, topScore);
  }

  /** A schema.org articleBody or an article element that holds the winner's text wins. */
  private static Element preferArticleBody(Element body, Element top) {
    int topText = top.text().length();
    for (Element marked : body.select("[itemprop=articleBody], [property=articleBody]")) {
      int markedText = marked.text().length();
      if (markedText >= 0.8 * topText && markedText <= 3 * topText + 500) {
        return marked;
      }
    }
    return top;
  }

  private static List<Element> withSiblings(
      Element top, Map<Element, Double> scores, double topScore) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      Double score = scores.get(sibling);
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      if (score != null && score + bonus >= threshold) {
        chosen.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double density = linkDensity(sibling);
        if ((text.length() > 80 && density < 0.25)
            || (text.length() > 0 && density == 0 && text.endsWith("."))) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  /** Paragraph-like elements: p, pre, td, and divs that hold text directly but no blocks. */
  private static List<Element> paragraphs(Element body) {
    List<Element> out = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      String tag = element.normalName();
      if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
        out.add(element);
      } else if ((tag.equals("div") || tag.equals("section") || tag.equals("span"))
          && hasDirectText(element)) {
        out.add(element);
      }
    }
    return out;
  }

  private static boolean hasDirectText(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && text.text().strip().length() >= MIN_PARAGRAPH) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(Element element) {
    double score;
    switch (element.normalName()) {
      case "div", "article", "main", "section" -> score = 5;
      case "pre", "td", "blockquote" -> score = 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> score = -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> score = -5;
      default -> score = 0;
    }
    return score + Hints.weight(element);
  }

  private static int commas(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u060C') {
        commas++;
      }
    }
    return commas;
  }

  /** Share of the element's text that sits inside links. */
  static double linkDensity(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : element.select("a")) {
      String href = a.attr("href");
      double weight = href.startsWith("#") ? 0.3 : 1;
      links += (int) (a.text().length() * weight);
    }
    return Math.min(1, (double) links / total);
  }
}
