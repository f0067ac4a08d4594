package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article body. The page's text is cut into blocks (the text
 * between block-level boundaries); a block that reads as prose (long enough, few links) is good,
 * any other is noise. Every element scores the good text below it minus half its noise, scaled by
 * its class and id hints, and the best element wins. An element that holds several articles (a
 * feed, a list of teasers) cannot win.
 */
final class ContentFinder {
  private ContentFinder() {}

  /** Shortest block that counts as prose. */
  private static final int MIN_GOOD = 40;

  /** Largest share of link text in a block that counts as prose. */
  private static final double MAX_GOOD_LINK_DENSITY = 0.3;

  /** Weight of noise against good text. */
  private static final double NOISE_WEIGHT = 0.5;

  /** Where a text block ends: the collector's blocks and the elements it reads on its own. */
  private static final Set<String> BLOCKS = blocks();

  private static Set<String> blocks() {
    Set<String> blocks = new java.util.HashSet<>(BlockCollector.BLOCKS);
    blocks.addAll(
        WordList.of("h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "td", "th", "br", "body"));
    return WordList.copyOf(blocks);
  }

  /** Elements that can hold a body; a paragraph or list item alone never does. */
  private static final Set<String> CONTAINERS =
      WordList.of(
          "article", "body", "div", "main", "section", "td", "center", "font", "form", "span");

  /** The element that holds the body: the best-scoring one, or the body when nothing reads. */
  static List<Element> find(Element body, LinkStats stats) {
    Tally tally = new Tally(stats);
    tally.run(body);
    Map<Element, Double> scores = tally.scores();
    // The body holds the page's longest prose block: only its ancestors compete.
    Element longest = tally.longestGood;
    if (longest == null) {
      return List.of(body);
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element element = longest; element != null; element = element.parent()) {
      double score = scores.getOrDefault(element, 0.0);
      if (score > bestScore
          && CONTAINERS.contains(element.normalName())
          && !holdsSeveralArticles(element, score, scores, tally.articles)) {
        bestScore = score;
        best = element;
      }
    }
    return List.of(best);
  }

  private static double hintFactor(Element element) {
    if (element.hasAttr("itemprop") && element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return 1.15;
    }
    double factor = 1;
    int hints = Hints.bits(element);
    if (Hints.isPositive(hints)) {
      factor *= 1.05;
    }
    if (Hints.isNegative(hints)) {
      factor *= 0.8;
    }
    return factor;
  }

  /**
   * Whether two or more article elements below {@code element} each score a quarter of it: a feed
   * or an infinite scroll of whole stories, not one story with teaser cards.
   */
  private static boolean holdsSeveralArticles(
      Element element, double score, Map<Element, Double> scores, List<Element> articles) {
    if (articles.size() < 2) {
      return false; // most pages: no walk of the subtree at all
    }
    int count = 0;
    for (Element article : articles) {
      if (article != element
          && scores.getOrDefault(article, 0.0) >= score / 4
          && isInside(article, element)) {
        count++;
      }
    }
    return count > 1;
  }

  private static boolean isInside(Element element, Element ancestor) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Adds each block's good and noise lengths to every ancestor of the element that holds it. */
  private static final class Tally {
    final Map<Element, double[]> totals = new IdentityHashMap<>();
    Element longestGood;

    /** The {@code article} elements, in document order. */
    final List<Element> articles = new java.util.ArrayList<>();

    private int longestLength;
    private final Text.Measure text = new Text.Measure();
    private int linkChars;
    private Element owner;
    private int ownerDepth;

    /**
     * The good and noise lengths of the blocks below each element on the walk's path, by depth: a
     * block adds its length to its owner's slot, and an element hands its sums to its parent's when
     * its walk ends, so each element is written to the totals once, not once per block below.
     */
    private double[] goodAt = new double[64];

    private double[] noiseAt = new double[64];

    private final @org.jspecify.annotations.Nullable LinkStats stats;

    Tally(@org.jspecify.annotations.Nullable LinkStats stats) {
      this.stats = stats;
    }

    Map<Element, Double> scores() {
      Map<Element, Double> scores = new IdentityHashMap<>();
      for (Map.Entry<Element, double[]> entry : totals.entrySet()) {
        double[] t = entry.getValue();
        scores.put(entry.getKey(), (t[0] - NOISE_WEIGHT * t[1]) * hintFactor(entry.getKey()));
      }
      return scores;
    }

    /** Walks {@code root}: its elements' totals, and the same for each of its ancestors. */
    void run(Element root) {
      walk(root, root, 0, false, 0);
      double[] rootTotals = totals.get(root);
      if (rootTotals != null) { // every block lies below the root: above it, the root's sums
        for (Element e = root.parent(); e != null; e = e.parent()) {
          totals.put(e, rootTotals.clone());
        }
      }
    }

    /** Walks {@code node}; returns its text and link text lengths, packed: text high, links low. */
    private long walk(Node node, Element block, int blockDepth, boolean inLink, int depth) {
      if (node instanceof TextNode textNode) {
        if (text.length() == 0) {
          owner = block;
          ownerDepth = blockDepth;
        }
        int length = text.add(textNode.getWholeText());
        if (inLink) {
          linkChars += length;
        }
        return (long) length << 32 | (inLink ? length : 0);
      }
      if (!(node instanceof Element element)) {
        return 0;
      }
      String tag = element.normalName();
      if (tag.equals("article")) {
        articles.add(element);
      }
      boolean isBlock = BLOCKS.contains(tag);
      if (isBlock) {
        flush();
      }
      if (depth == goodAt.length) {
        goodAt = java.util.Arrays.copyOf(goodAt, depth * 2);
        noiseAt = java.util.Arrays.copyOf(noiseAt, depth * 2);
      }
      goodAt[depth] = 0;
      noiseAt[depth] = 0;
      boolean link = inLink || tag.equals("a");
      Element owner = isBlock ? element : block;
      int childBlockDepth = isBlock ? depth : blockDepth;
      long total = 0;
      for (int k = 0, n = element.childNodeSize(); k < n; k++) {
        Node child = element.childNode(k); // childNodes() would wrap the list on each call
        // neither half of the packed lengths comes near 2^32
        total += walk(child, owner, childBlockDepth, link, depth + 1);
      }
      if (isBlock || depth == 0) {
        flush(); // the root's last block too, while the root is still on the path
      }
      close(element, depth);
      if (stats != null && LinkStats.isAsked(tag)) {
        stats.put(element, (int) (total >>> 32), (int) total);
      }
      return total;
    }

    /** Writes the element's sums to the totals and hands them to its parent. */
    private void close(Element element, int depth) {
      double good = goodAt[depth];
      double noise = noiseAt[depth];
      if (good + noise > 0) {
        totals.put(element, new double[] {good, noise});
        if (depth > 0) {
          goodAt[depth - 1] += good;
          noiseAt[depth - 1] += noise;
        }
      }
    }

    private void flush() {
      int length = text.stripped();
      if (length > 0 && owner != null) {
        double density = (double) linkChars / length;
        boolean good = length >= MIN_GOOD && density <= MAX_GOOD_LINK_DENSITY;
        if (good && length > longestLength) {
          longestLength = length;
          longestGood = owner;
        }
        (good ? goodAt : noiseAt)[ownerDepth] += length;
      }
      text.reset();
      linkChars = 0;
      owner = null;
    }
  }

  /** For every element, the length of the prose blocks below it. */
  static Map<Element, Integer> goodText(Element body) {
    Tally tally = new Tally(null);
    tally.run(body);
    Map<Element, Integer> good = new IdentityHashMap<>();
    tally.totals.forEach((element, t) -> good.put(element, (int) t[0]));
    return good;
  }

  /** Share of the element's text that sits inside links. */
  static double linkDensity(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : element.select(Selectors.A)) {
      String href = a.attr("href");
      double weight = href.startsWith("#") ? 0.3 : 1;
      links += (int) (a.text().length() * weight);
    }
    return Math.min(1, (double) links / total);
  }
}
