package dev.newsmodel.parser;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Tells that jsoup read a page whose bytes {@link InertText} cut as it would have read the whole
 * page: that each cut is the whole text of an HTML script or style element. Up to the first cut the
 * bytes are the page's own, so jsoup stood at the start of a script's or a style sheet's text where
 * the cut starts, and in the whole page it reads that text up to the end tag the cut ends before
 * (the first such end tag, which {@link InertText} finds as the tokenizer does); after it both
 * readings go on alike, up to the next cut. A cut that was no such text (a script tag in an
 * attribute value, in a title, in SVG) fails the check, and the page is parsed whole.
 */
final class InertTextCheck {
  private InertTextCheck() {}

  /** Whether {@code page} holds exactly {@code cuts} script or style elements holding the mark. */
  static boolean holds(Element page, int cuts) {
    return marked(page) == cuts;
  }

  private static int marked(Element parent) {
    int found = 0;
    for (int k = 0, n = parent.childNodeSize(); k < n; k++) {
      Node node = parent.childNode(k);
      if (node instanceof Element child && child.childNodeSize() > 0) {
        if (child.childNodeSize() == 1
            && child.childNode(0) instanceof DataNode data
            && data.getWholeData().equals(InertText.MARK)
            && (child.normalName().equals("script") || child.normalName().equals("style"))
            && child.tag().namespace().equals(Parser.NamespaceHtml)) {
          found++;
        } else {
          found += marked(child);
        }
      }
    }
    return found;
  }
}
