package dev.newsmodel.parser.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements that stand around a headline, where a page prints its byline and date: those of the
 * headline's block before it, the headline's own, and those after it up to {@link #AFTER}
 * characters. Found in one walk that starts at the block, not at the top of the page, and that
 * stops after the budget: reading the whole page for them cost as much as the rest of the metadata.
 */
final class HeadlineArea {
  /**
   * An element with text of its own (or a {@code <time>}): where it starts, counted in non-blank
   * characters from the block's start, and how many text nodes stand before it.
   */
  record Spot(Element element, int at, int textsBefore, boolean inHeadline) {}

  /**
   * How many levels up from the headline its block is: what stands before the headline is read only
   * there, not in the site's header.
   */
  static final int BLOCK_LEVELS = 3;

  /** How many non-blank characters after the headline's end the walk reads. */
  static final int AFTER = 1500;

  /** How many elements after the headline the walk reads at most (pages of empty markup). */
  static final int MAX_ELEMENTS_AFTER = 1500;

  final Element headline;

  /** The spots in document order. */
  final List<Spot> spots = new ArrayList<>();

  /** The non-blank text nodes read, in document order. */
  final List<TextNode> texts = new ArrayList<>();

  /** Where the headline starts and ends, in non-blank characters from the block's start. */
  int headlineStart = -1;

  int headlineEnd = -1;

  private int chars;
  private int elementsAfter;

  private HeadlineArea(Element headline) {
    this.headline = headline;
  }

  /** The area around {@code headline}. */
  static HeadlineArea of(Element headline) {
    HeadlineArea area = new HeadlineArea(headline);
    area.walk(blockOf(headline));
    return area;
  }

  /** The headline's ancestor {@link #BLOCK_LEVELS} up, or the highest below the body. */
  static Element blockOf(Element headline) {
    Element block = headline;
    for (int i = 0; i < BLOCK_LEVELS; i++) {
      Element parent = block.parent();
      if (parent == null || parent.normalName().equals("body")) {
        break;
      }
      block = parent;
    }
    return block;
  }

  /** Whether {@code spot} stands before the headline. */
  boolean before(Spot spot) {
    return spot.at() < headlineStart;
  }

  /** The text of up to {@code n} text nodes before {@code spot}, joined by spaces. */
  String textBefore(Spot spot, int n) {
    StringBuilder out = new StringBuilder();
    for (int k = Math.max(0, spot.textsBefore() - n); k < spot.textsBefore(); k++) {
      out.append(' ').append(texts.get(k).getWholeText().strip());
    }
    return out.toString();
  }

  private void walk(Element block) {
    Filter filter = new Filter();
    if (NodeTraversor.filter(filter, block) == NodeFilter.FilterResult.STOP) {
      return;
    }
    // Then what follows the block, up the tree: the article below a header block.
    for (Node at = block; at != null && !(at instanceof Element e && isTop(e)); at = at.parent()) {
      for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) {
        if (NodeTraversor.filter(filter, next) == NodeFilter.FilterResult.STOP) {
          return;
        }
      }
    }
  }

  private static boolean isTop(Element e) {
    String tag = e.normalName();
    return tag.equals("body") || tag.equals("html") || e.parent() == null;
  }

  private final class Filter implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        int n = nonBlank(text.getWholeText());
        if (n > 0) {
          chars += n;
          texts.add(text);
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (headlineEnd >= 0
          && (chars > headlineEnd + AFTER || ++elementsAfter > MAX_ELEMENTS_AFTER)) {
        return FilterResult.STOP;
      }
      String tag = e.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e == headline) {
        headlineStart = chars;
      }
      if (tag.equals("time") || hasOwnText(e)) {
        spots.add(new Spot(e, chars, texts.size(), headlineStart >= 0 && headlineEnd < 0));
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == headline) {
        headlineEnd = chars;
      }
      return FilterResult.CONTINUE;
    }
  }

  /** Whether a text node child of {@code e} holds more than white space; nothing is allocated. */
  static boolean hasOwnText(Element e) {
    for (int k = 0, n = e.childNodeSize(); k < n; k++) {
      if (e.childNode(k) instanceof TextNode t && hasNonBlank(t.getWholeText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNonBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isNonBlank(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNonBlank(char c) {
    return c > ' ' && c != '\u00A0' && (c < 0x80 || !Character.isWhitespace(c));
  }

  /** The text walked, copied: a loop over an array costs less than one of charAt. */
  private char[] buffer = new char[256];

  private int nonBlank(String s) {
    int length = s.length();
    char[] chars = buffer = Text.charsOf(s, buffer);
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (isNonBlank(chars[i])) {
        n++;
      }
    }
    return n;
  }
}
