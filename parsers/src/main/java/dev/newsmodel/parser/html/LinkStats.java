package dev.newsmodel.parser.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The length of the text below each element and how much of it sits in links, counted in one pass
 * so that asking for the link density of every container costs linear time.
 */
final class LinkStats {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  LinkStats(Element root) {
    count(root, false);
  }

  /** {text, link text} below {@code node}. */
  private int[] count(Node node, boolean inLink) {
    if (node instanceof TextNode text) {
      int length = Text.nodeLength(text.getWholeText(), true);
      return new int[] {length, inLink ? length : 0};
    }
    int[] total = new int[2];
    if (!(node instanceof Element element)) {
      return total;
    }
    boolean link = inLink || element.normalName().equals("a");
    for (int k = 0, n = element.childNodeSize(); k < n; k++) {
      Node child = element.childNode(k); // childNodes() would wrap the list on each call
      int[] c = count(child, link);
      total[0] += c[0];
      total[1] += c[1];
    }
    counts.put(element, total);
    return total;
  }

  /** The length of the text below {@code element}, white space trimmed per text node. */
  int text(Element element) {
    int[] c = counts.get(element);
    return c == null ? element.text().length() : c[0];
  }

  /** Share of the element's text that sits inside links. */
  double linkDensity(Element element) {
    int[] c = counts.get(element);
    if (c == null) {
      return ContentFinder.linkDensity(element);
    }
    return c[0] == 0 ? 0 : Math.min(1, (double) c[1] / c[0]);
  }
}
