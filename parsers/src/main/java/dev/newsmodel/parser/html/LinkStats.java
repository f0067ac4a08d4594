package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The length of the text below each element and how much of it sits in links, counted in one pass
 * (the content finder's) so that asking for the link density of every container costs linear time.
 */
final class LinkStats {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  /** The elements that {@link BlockCollector} asks about: only they are kept. */
  private static final Set<String> ASKED =
      WordList.of(
          new String[] {"h1", "h2", "h3", "h4", "h5", "h6", "tr"}, BlockCollector.LINK_LISTS);

  /** Whether the counts of an element named {@code tag} are kept. */
  static boolean isAsked(String tag) {
    return ASKED.contains(tag);
  }

  /**
   * Keeps the counts of {@code element}: the length of its text, white space trimmed per text node,
   * and how much of it sits in links. The content finder's walk, which measures every text node of
   * the page anyway, tells them.
   */
  void put(Element element, int text, int links) {
    counts.put(element, new int[] {text, links});
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
