package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements that metadata is read from, found in one pass over the page in document order: each
 * list holds what one CSS selector used to find with a walk of its own.
 */
final class PageIndex {
  /** How many byline candidates to keep: the byline stands near the top. */
  static final int MAX_BYLINES = 30;

  // What class, id and address values say: a markup convention, read from
  // dev/newsmodel/parser/html/.

  /** Parts of a link's address that make it an author's page. */
  private static final String[] AUTHOR_PATHS = list("author-paths.txt");

  /** Parts of a class value that mark an element showing a title. */
  private static final String[] TITLE_CLASS_WORDS = list("title-class-words.txt");

  /** Parts of a class value that mark a byline. */
  private static final String[] BYLINE_CLASS_WORDS = list("byline-class-words.txt");

  /** Parts of a class value that mark a printed date. */
  private static final String[] DATE_CLASS_WORDS = list("date-class-words.txt");

  /** Parts of a data-testid value that mark a byline. */
  private static final String[] BYLINE_TESTID_WORDS = list("byline-testid-words.txt");

  /** Parts of an id that mark a printed date. */
  private static final String[] DATE_ID_WORDS = list("date-id-words.txt");

  private static String[] list(String name) {
    return WordList.load(PageIndex.class, name).toArray(new String[0]);
  }

  /** {@code meta[content]}. */
  final List<Element> metas = new ArrayList<>();

  /** {@code script[type=application/ld+json]}. */
  final List<Element> jsonLd = new ArrayList<>();

  /** {@code h1}. */
  final List<Element> h1s = new ArrayList<>();

  /** {@code h1, h2, h3, b, strong, [class*=title], [class*=headline]}. */
  final List<Element> shownTitles = new ArrayList<>();

  /** The first {@link #MAX_BYLINES} elements that look like a byline or an author link. */
  final List<Element> bylines = new ArrayList<>();

  /** {@code [itemprop=datePublished]}. */
  final List<Element> datePublished = new ArrayList<>();

  /** {@code time[datetime]}. */
  final List<Element> timesWithDatetime = new ArrayList<>();

  /** {@code time} and elements whose class or id says they hold a date. */
  final List<Element> dates = new ArrayList<>();

  /**
   * Elements whose first child is a short text ("Written by", "By "): where an author's label can
   * stand, kept so that the label is looked for without another walk of the page.
   */
  final List<Element> shortLeads = new ArrayList<>();

  /** The longest first text of an element in {@link #shortLeads}. */
  static final int SHORT_LEAD = 40;

  /** The first {@code html} element's {@code lang}, or "". */
  String htmlLang = "";

  /** The first {@code link[rel=canonical][href]}, or null. */
  @org.jspecify.annotations.Nullable Element canonical;

  private boolean sawHtml;

  private static final int TITLE_CLASS = 1;
  private static final int BYLINE_CLASS = 2;
  private static final int DATE_CLASS = 4;

  /** Slots of the memo of class values; a value takes the slot of its hash. */
  private static final int CLASS_SLOTS = 256;

  // Class values repeat down a page (every item of a list): each is read once per page.
  private final String[] seenClasses = new String[CLASS_SLOTS];
  private final byte[] seenClassFlags = new byte[CLASS_SLOTS];

  private PageIndex() {}

  static PageIndex of(Document page) {
    PageIndex index = new PageIndex();
    index.addBelow(page);
    return index;
  }

  /** Adds the elements below {@code parent} in document order; text nodes are passed over. */
  private void addBelow(Element parent) {
    for (int k = 0, n = parent.childNodeSize(); k < n; k++) {
      if (parent.childNode(k) instanceof Element child) {
        if (child.childNodeSize() > 0
            && child.childNode(0) instanceof org.jsoup.nodes.TextNode lead
            && lead.getWholeText().length() <= SHORT_LEAD) {
          shortLeads.add(child);
        }
        add(child);
        if (child.childNodeSize() > 0) {
          addBelow(child); // as deep as the parser lets elements nest (maxDepth)
        }
      }
    }
  }

  private void add(Element e) {
    String tag = e.normalName();
    // One look at the attributes (most elements have none); jsoup lower-cases HTML keys.
    int classFlags = 0;
    String itemprop = "";
    String rel = "";
    String testId = "";
    String id = "";
    String href = null;
    String type = "";
    String lang = "";
    boolean content = false;
    boolean datetime = false;
    if (e.attributesSize() > 0) {
      for (org.jsoup.nodes.Attribute attribute : e.attributes()) {
        String value = attribute.getValue();
        switch (attribute.getKey()) {
          case "class" -> classFlags = classFlags(value);
          case "itemprop" -> itemprop = value;
          case "rel" -> rel = value;
          case "data-testid" -> testId = value.toLowerCase(Locale.ROOT);
          case "id" -> id = value.toLowerCase(Locale.ROOT);
          case "href" -> href = value;
          case "type" -> type = value;
          case "lang" -> lang = value;
          case "content" -> content = true;
          case "datetime" -> datetime = true;
          default -> {}
        }
      }
    }
    switch (tag) {
      case "meta" -> {
        if (content) {
          metas.add(e);
        }
      }
      case "html" -> {
        if (!sawHtml) {
          sawHtml = true;
          htmlLang = lang;
        }
      }
      case "link" -> {
        if (canonical == null && rel.equalsIgnoreCase("canonical") && href != null) {
          canonical = e;
        }
      }
      case "script" -> {
        if (type.strip().equalsIgnoreCase("application/ld+json")) {
          jsonLd.add(e);
        }
      }
      default -> {}
    }
    boolean h1 = tag.equals("h1");
    if (h1) {
      h1s.add(e);
    }
    if (h1
        || tag.equals("h2")
        || tag.equals("h3")
        || tag.equals("b")
        || tag.equals("strong")
        || (classFlags & TITLE_CLASS) != 0) {
      shownTitles.add(e);
    }
    if (bylines.size() < MAX_BYLINES
        && ((classFlags & BYLINE_CLASS) != 0 || isByline(tag, rel, itemprop, testId, href))) {
      bylines.add(e);
    }
    if (itemprop.equalsIgnoreCase("datePublished")) {
      datePublished.add(e);
    }
    boolean time = tag.equals("time");
    if (time && datetime) {
      timesWithDatetime.add(e);
    }
    if (time || (classFlags & DATE_CLASS) != 0 || containsAny(id, DATE_ID_WORDS)) {
      dates.add(e);
    }
  }

  /** Whether the attributes other than the class say byline or author link. */
  private static boolean isByline(
      String tag, String rel, String itemprop, String testId, String href) {
    if (rel.equalsIgnoreCase("author") || itemprop.equalsIgnoreCase("author")) {
      return true;
    }
    if (containsAny(testId, BYLINE_TESTID_WORDS)) {
      return true;
    }
    return tag.equals("a")
        && href != null
        && containsAny(href.toLowerCase(Locale.ROOT), AUTHOR_PATHS);
  }

  /** What the class value says: title, byline or date; the same value is read once. */
  private int classFlags(String value) {
    int hash = value.hashCode(); // kept in the string, which the cleaner's hints ask again
    int slot = (hash ^ (hash >>> 16)) & (CLASS_SLOTS - 1);
    if (value.equals(seenClasses[slot])) {
      return seenClassFlags[slot];
    }
    String cls = value.toLowerCase(Locale.ROOT);
    int flags = 0;
    if (containsAny(cls, TITLE_CLASS_WORDS)) {
      flags |= TITLE_CLASS;
    }
    if (containsAny(cls, BYLINE_CLASS_WORDS)) {
      flags |= BYLINE_CLASS;
    }
    if (containsAny(cls, DATE_CLASS_WORDS)) {
      flags |= DATE_CLASS;
    }
    seenClasses[slot] = value;
    seenClassFlags[slot] = (byte) flags;
    return flags;
  }

  private static boolean containsAny(String value, String[] words) {
    if (value.isEmpty()) {
      return false;
    }
    for (String word : words) {
      if (value.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
