package dev.newsmodel.parser.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells a teaser card of another story from its headline: a heading that is a link to another page
 * of the same site, inside a small box that holds little more than the heading, a date and a line
 * of summary. Sites line such cards up beside or below the story ("more news"); their summaries
 * read as prose, so only the linked headline gives them away. A heading that links to another site
 * (a product, a source) heads text of the article, and so does a heading in a large box.
 */
final class TeaserCards {
  private TeaserCards() {}

  /** The most text a card holds, headline and summary. */
  static final int MAX_CARD_TEXT = 700;

  /** The elements a card is made of. */
  private static final Set<String> BOXES =
      dev.newsmodel.parser.lexicon.WordList.of("div", "li", "article", "section", "ul", "ol");

  /**
   * The card that {@code heading}, a heading made of a link, heads: its largest box, below {@code
   * root}, with at most {@link #MAX_CARD_TEXT} characters of text; or null when the heading links
   * elsewhere than {@code site} (a host, lower case; empty: only relative links count) or stands in
   * no such box.
   */
  static Element card(Element heading, Element root, String site, LinkStats stats) {
    Element link = heading.selectFirst(Selectors.LINK);
    if (link == null || !isSameSite(link.attr("href"), site)) {
      return null;
    }
    Element card = null;
    for (Element box = heading.parent();
        box != null && box != root && BOXES.contains(box.normalName());
        box = box.parent()) {
      if (stats.text(box) > MAX_CARD_TEXT) {
        break;
      }
      card = box;
    }
    return card;
  }

  /** Whether {@code href} leads to another page of {@code site}: relative, or on its host. */
  static boolean isSameSite(String href, String site) {
    String h = href.strip();
    if (h.isEmpty() || h.startsWith("#") || h.regionMatches(true, 0, "javascript:", 0, 11)) {
      return false;
    }
    if (h.indexOf("//") < 0) {
      return h.indexOf(':') < 0; // a path, not mailto: or tel:
    }
    String host = hostPart(h);
    return !site.isEmpty()
        && (host.equals(site) || host.endsWith("." + site) || site.endsWith("." + host));
  }

  /** The host of {@code url} without a leading "www.", lower case; empty when it has none. */
  static String host(String url) {
    String host = hostPart(url);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** The host of {@code url} as written after "//", lower case; empty when it has none. */
  private static String hostPart(String url) {
    int scheme = url.indexOf("//");
    if (scheme < 0) {
      return "";
    }
    int start = scheme + 2;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
