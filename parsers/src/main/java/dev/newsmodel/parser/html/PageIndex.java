package dev.newsmodel.parser.html;

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

  private static final String[] AUTHOR_PATHS = {
    "/author/", "/authors/", "/people/", "/staff/", "/writers/", "/contributors/"
  };

  private static final String[] DATE_CLASS_WORDS = {
    "date", "publish", "timestamp", "posted", "article-general-info", "meta"
  };

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

  /** The first {@code html} element's {@code lang}, or "". */
  String htmlLang = "";

  /** The first {@code link[rel=canonical][href]}, or null. */
  @org.jspecify.annotations.Nullable Element canonical;

  private boolean sawHtml;

  private PageIndex() {}

  static PageIndex of(Document page) {
    PageIndex index = new PageIndex();
    for (Element element : page.getAllElements()) {
      index.add(element);
    }
    return index;
  }

  private void add(Element e) {
    String tag = e.normalName();
    String cls = e.hasAttr("class") ? e.attr("class").toLowerCase(Locale.ROOT) : "";
    switch (tag) {
      case "meta" -> {
        if (e.hasAttr("content")) {
          metas.add(e);
        }
      }
      case "html" -> {
        if (!sawHtml) {
          sawHtml = true;
          htmlLang = e.attr("lang");
        }
      }
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
          canonical = e;
        }
      }
      case "script" -> {
        if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
          jsonLd.add(e);
        }
      }
      default -> {}
    }
    if (tag.equals("h1")) {
      h1s.add(e);
    }
    if (tag.equals("h1")
        || tag.equals("h2")
        || tag.equals("h3")
        || tag.equals("b")
        || tag.equals("strong")
        || cls.contains("title")
        || cls.contains("headline")) {
      shownTitles.add(e);
    }
    if (bylines.size() < MAX_BYLINES && isByline(e, tag, cls)) {
      bylines.add(e);
    }
    if (e.attr("itemprop").equalsIgnoreCase("datePublished")) {
      datePublished.add(e);
    }
    boolean time = tag.equals("time");
    if (time && e.hasAttr("datetime")) {
      timesWithDatetime.add(e);
    }
    if (time
        || containsAny(cls, DATE_CLASS_WORDS)
        || e.id().toLowerCase(Locale.ROOT).contains("date")) {
      dates.add(e);
    }
  }

  private static boolean isByline(Element e, String tag, String cls) {
    if (cls.contains("byline") || cls.contains("author")) {
      return true;
    }
    if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("author")) {
      return true;
    }
    if (e.hasAttr("data-testid")) {
      String testId = e.attr("data-testid").toLowerCase(Locale.ROOT);
      if (testId.contains("byline") || testId.contains("uthor")) {
        return true;
      }
    }
    return tag.equals("a")
        && e.hasAttr("href")
        && containsAny(e.attr("href").toLowerCase(Locale.ROOT), AUTHOR_PATHS);
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
