package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
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

  /** The elements that {@link BlockCollector} asks about: only they are kept. */
  private static final Set<String> ASKED =
      WordList.of(
          new String[] {"h1", "h2", "h3", "h4", "h5", "h6", "tr"}, BlockCollector.LINK_LISTS);

  /** Text and link text below {@code node}, packed into one long: text high, links low. */
  private long count(Node node, boolean inLink) {
    if (node instanceof TextNode text) {
      long length = Text.nodeLength(text.getWholeText(), true);
      return length << 32 | (inLink ? length : 0);
    }
    if (!(node instanceof Element element)) {
      return 0;
    }
    boolean link = inLink || element.normalName().equals("a");
    long total = 0;
    for (int k = 0, n = element.childNodeSize(); k < n; k++) {
      total += count(element.childNode(k), link); // neither half comes near 2^32
    }
    if (ASKED.contains(element.normalName())) {
      counts.put(element, new int[] {(int) (total >>> 32), (int) total});
    }
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
