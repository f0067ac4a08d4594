package dev.newsmodel.parser.html;

import dev.newsmodel.model.RelatedLink;
import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the content elements in document order and turns them into blocks: headings, paragraphs,
 * list items, quotations, table rows and preformatted lines. Blocks of links to other articles
 * become related links; bylines, date lines and page furniture are dropped.
 */
final class BlockCollector {
  /** Elements that end the paragraph before them and start a new one. */
  static final Set<String> BLOCKS =
      WordList.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "fieldset",
          "footer",
          "form",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "section",
          "summary",
          "ul",
          "caption",
          "tbody",
          "thead",
          "tfoot",
          "tr");

  /** Longest run of mostly-link text that is taken for a link list rather than a paragraph. */
  private static final int LINK_LINE_MAX = 200;

  private final List<Block> blocks;
  private final List<RelatedLink> relatedLinks;
  private final String titleKey;
  private final Text.Normaliser current = new Text.Normaliser(256);
  private final LinkStats stats;
  private final HtmlWords words;
  private int linkChars;

  /** The host of the page, for telling links to its other stories ({@link TeaserCards}). */
  private final String site;

  /** The root being collected. */
  private Element root;

  /** The teaser card being read, or null. */
  private Element card;

  /** Whether the card being read shows a date: a story's teaser, not an item of a list. */
  private boolean cardDated;

  /** Where the blocks of the card being read begin. */
  private int cardStart;

  /** The blocks of each teaser card read, as ranges of indexes: start, end. */
  private final List<int[]> cards = new ArrayList<>();

  /** The links of the current block: the first with an address names a related link. */
  private final List<Element> links = new ArrayList<>();

  private BlockCollector(Draft draft, LinkStats stats, HtmlWords words) {
    this.stats = stats;
    this.words = words;
    this.blocks = draft.blocks();
    this.relatedLinks = draft.relatedLinks();
    this.titleKey = draft.title().map(TitleKeys::key).orElse("");
    this.site = TeaserCards.host(draft.url().orElse(""));
  }

  /**
   * Collects the blocks of {@code roots}, with the link counts the content finder made, telling
   * bylines, dates, furniture and related-link lines by {@code words}.
   */
  static void collect(List<Element> roots, Draft draft, LinkStats stats, HtmlWords words) {
    BlockCollector collector = new BlockCollector(draft, stats, words);
    for (Element root : roots) {
      collector.root = root;
      collector.visit(root, false);
      collector.flush();
    }
    collector.dropCards();
  }

  /**
   * Drops the blocks of the teaser cards. Only a card that shows a date is a story's teaser: a card
   * without one is an item of what the page lists (a guide's venues, a course catalogue).
   */
  private void dropCards() {
    for (int k = cards.size() - 1; k >= 0; k--) {
      blocks.subList(cards.get(k)[0], cards.get(k)[1]).clear();
    }
  }

  private void visit(Node node, boolean inLink) {
    if (node instanceof TextNode text) {
      current.add(text.getWholeText());
      if (inLink) {
        linkChars += Text.nodeLength(text.getWholeText(), false);
      }
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    String tag = element.normalName();
    switch (tag) {
      case "br" -> flush();
      case "time" -> {
        cardDated |= card != null;
        visitChildren(element, inLink);
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, tag.charAt(1) - '0');
      case "pre" -> preformatted(element);
      case "table" -> table(element);
      case "a" -> {
        links.add(element);
        visitChildren(element, true);
      }
      default -> {
        if (LINK_LISTS.contains(tag) && isLinkList(element)) {
          flush();
          if (Hints.isRelated(element)
              || element.parent() != null && Hints.isRelated(element.parent())) {
            relatedBlock(element);
          }
        } else if (BLOCKS.contains(tag)) {
          flush();
          visitChildren(element, inLink);
          flush();
        } else {
          boolean opens = current.isEmpty();
          visitChildren(element, inLink);
          if (opens && endsLabel(element)) {
            current.add(" ");
          }
        }
      }
    }
  }

  /** Marks that close a label set apart at the start of a paragraph: "(CNN)", "01.", "LONDON —". */
  private static final String LABEL_ENDS = ").]:|\u2014\u2013";

  /**
   * Whether the inline element that opened the paragraph, now read, ends a label that its text runs
   * on from with no space between: "(CNN)It", "01.Can". Pages set such a label apart by its style,
   * so the space is the reader's. A drop cap ("F" of "Four") ends in a letter and is joined.
   */
  private boolean endsLabel(Element element) {
    if (current.isEmpty() || LABEL_ENDS.indexOf(current.last()) < 0) {
      return false;
    }
    Node next = element.nextSibling();
    if (!(next instanceof TextNode text)) {
      return false;
    }
    String s = text.getWholeText();
    return !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0));
  }

  /** Containers that, when made mostly of links, are navigation or teasers, not text. */
  static final Set<String> LINK_LISTS =
      WordList.of(
          "div", "section", "aside", "ul", "ol", "nav", "footer", "header", "dl", "table", "form");

  private boolean isLinkList(Element element) {
    return stats.text(element) >= 30 && stats.linkDensity(element) > 0.5;
  }

  private void visitChildren(Element element, boolean inLink) {
    for (int k = 0, n = element.childNodeSize(); k < n; k++) {
      Node child = element.childNode(k); // childNodes() would wrap the list on each call
      visit(child, inLink);
    }
    if (element == card) {
      flush();
      if (cardDated) {
        cards.add(new int[] {cardStart, blocks.size()});
      }
      card = null;
    }
  }

  private void heading(Element element, int level) {
    flush();
    String text = Text.normalise(element.text());
    if (text.isEmpty() || TitleKeys.hasKey(text, titleKey) || (level == 1 && blocks.isEmpty())) {
      return;
    }
    if (words.furniture.is(text)) {
      return;
    }
    if (stats.linkDensity(element) > 0.5) {
      if (card == null) {
        // A story's teaser: its summary goes with it, unless the page is made of such cards.
        card = TeaserCards.card(element, root, site, stats);
        cardStart = blocks.size();
        cardDated = false;
      }
      return;
    }
    blocks.add(Block.heading(text, level));
  }

  private void preformatted(Element element) {
    flush();
    for (String line : element.wholeText().split("\n")) {
      String text = Text.normalise(line);
      if (!text.isEmpty()) {
        blocks.add(Block.paragraph(text));
      }
    }
  }

  private void table(Element element) {
    flush();
    for (Element row : element.select(Selectors.TR)) {
      StringBuilder line = new StringBuilder();
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          line.append(cell.text()).append(' ');
        }
      }
      String text = Text.normalise(line.toString());
      if (!text.isEmpty()) {
        paragraph(text, stats.linkDensity(row));
      }
    }
  }

  private void relatedBlock(Element element) {
    for (Element a : element.select(Selectors.LINK)) {
      String text = Text.normalise(a.text());
      if (text.length() >= 15) {
        relatedLinks.add(
            RelatedLink.of(text, Optional.of(a.absUrl("href")).filter(u -> !u.isEmpty())));
      }
    }
  }

  private void flush() {
    String text = current.take();
    double density = text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
    linkChars = 0;
    if (text.isEmpty()) {
      links.clear();
      return;
    }
    Optional<RelatedLink> link = words.relatedLinks.parse(text);
    String url = link.isPresent() ? firstLinkUrl() : "";
    links.clear();
    if (link.isPresent()) {
      RelatedLink found = link.get();
      relatedLinks.add(found.url().isPresent() || url.isEmpty() ? found : found.withUrl(url));
      return;
    }
    paragraph(text, density);
  }

  /** Resolved only for a related-link line: resolving every link's address costs. */
  private String firstLinkUrl() {
    for (Element a : links) {
      String url = a.absUrl("href");
      if (!url.isEmpty()) {
        return url;
      }
    }
    return "";
  }

  private static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void paragraph(String text, double linkDensity) {
    if (linkDensity > 0.6 && text.length() <= LINK_LINE_MAX) {
      return;
    }
    if (!hasLetterOrDigit(text)) {
      return;
    }
    // Only a block about as long as the title can repeat it.
    if (text.length() <= 2 * titleKey.length() + 40 && TitleKeys.hasKey(text, titleKey)) {
      return;
    }
    boolean dateLine = text.length() < 160 && words.dateLines.parseLine(text).isPresent();
    if (card != null && dateLine) {
      cardDated = true;
    }
    if (words.furniture.is(text)
        || dateLine
        || text.length() < 160 && words.bylines.parse(text).isPresent()) {
      return;
    }
    blocks.add(Block.paragraph(text));
  }
}
