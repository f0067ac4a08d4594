package dev.newsmodel.parser.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Chooses the headline and cleans it of " | Site" decorations. */
final class Titles {
  private final HtmlWords words;

  Titles(HtmlWords words) {
    this.words = words;
  }

  private static final String[] SEPARATORS = {
    " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " \u2022 ", " :: ", " \u00BB ", " / "
  };

  /**
   * The headline: the page's main h1 when it reads as one (readers see it, and metadata titles are
   * often rewritten for search), else JSON-LD, OpenGraph, Twitter, Dublin Core, then the {@code
   * <title>} cleaned of the site's name.
   */
  Optional<String> choose(
      Document page, Optional<JsonNode> article, Metadata.Meta meta, Optional<String> siteName) {
    Optional<String> metaTitle =
        meta.first("og:title", "twitter:title", "dc.title", "dcterms.title")
            .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()));
    Optional<String> declared =
        article
            .flatMap(a -> JsonLd.text(a, "headline"))
            .map(headline -> fullerOf(headline, metaTitle))
            .or(() -> metaTitle);
    List<Element> h1Elements = h1s(meta.index, siteName);
    List<String> h1s = h1Elements.stream().map(e -> Text.normalise(e.text())).toList();
    // The h1 that agrees with the declared title is the headline, not the first (a section's
    // name); one whose every word the title holds agrees better than one sharing a few words.
    Optional<String> h1 = Optional.empty();
    String whole = "";
    if (declared.isPresent()) {
      String raw = Text.normalise(Entities.decode(declared.get()));
      // An h1 that is the whole headline declared for sharing keeps the parts of it.
      whole = page.title().equals(declared.get()) ? "" : TitleKeys.key(raw);
      String first = null;
      String held = null;
      for (String candidate : h1s) {
        if (first == null && TitleKeys.overlap(candidate, raw) >= AGREEMENT) {
          first = candidate;
        }
        if (held == null && TitleKeys.coverage(candidate, raw) == 1.0) {
          held = candidate;
        }
      }
      h1 = Optional.ofNullable(held != null ? held : first);
      // An h1 that says another thing is still the headline, unless it is short and the page
      // shows the declared title in a heading of its own: then the h1 is a section's label.
      if (h1.isEmpty()
          && !h1s.isEmpty()
          && (TitleKeys.words(h1s.get(0)).size() > LABEL_WORDS
              || !shown(meta.index, raw, h1Elements.get(0)))) {
        h1 = Optional.of(h1s.get(0));
      }
    } else if (!h1s.isEmpty()) {
      h1 = Optional.of(h1s.get(0));
    }
    String location = location(page, meta);
    h1 = h1.map(this::withoutTag).map(t -> withoutSite(t, siteName, location));
    // A one-word h1 is no headline, but it still tells which part of the title is the page's.
    Optional<String> h1Final = h1.or(() -> shortH1(meta.index));
    // An h1 that is the whole declared title keeps its parts, though one is shown elsewhere.
    boolean h1IsWhole = h1.isPresent() && TitleKeys.key(h1.get()).equals(whole);
    declared =
        declared
            .map(t -> clean(Text.normalise(Entities.decode(t)), siteName, h1Final, location))
            .map(t -> h1IsWhole ? t : partShownOnPage(t, meta.index));
    declared = declared.map(this::withoutTag).filter(t -> !t.isEmpty());
    if (h1.isPresent()) {
      // An h1 that only adds a kicker ("Opinion", "Politics |") to the declared title loses to it.
      // A declared title cut short with an ellipsis loses to the full headline.
      if (declared.isPresent()
          && !isTruncated(declared.get())
          && (isKicker(TitleKeys.key(h1.get()), TitleKeys.key(declared.get()))
              || hasTrailer(h1.get(), declared.get()))) {
        return declared;
      }
      return h1;
    }
    return declared;
  }

  /**
   * Whether a heading or title element other than an h1, and not the h1's subtitle (beside it),
   * agrees with the title.
   */
  private static boolean shown(PageIndex index, String title, Element h1) {
    for (Element e : index.shownTitles) {
      if (!e.normalName().equals("h1") && e.parent() != h1.parent()) {
        String text = e.text();
        if (text.length() <= 2 * title.length() + 20
            && TitleKeys.coverage(title, text) >= AGREEMENT) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The page's address, for its host's name: where it was read from, else its canonical link or
   * og:url (a page read from a file).
   */
  static String location(Document page, Metadata.Meta meta) {
    String location = page.location();
    if (location.startsWith("http")) {
      return location;
    }
    if (meta.index.canonical != null && meta.index.canonical.attr("href").startsWith("http")) {
      return meta.index.canonical.attr("href");
    }
    return meta.first("og:url").filter(u -> u.startsWith("http")).orElse(location);
  }

  /** A headline that ends with the site's name after a separator, without it. */
  static String withoutSite(String title, Optional<String> siteName, String location) {
    String site = siteName.map(TitleKeys::key).orElse("");
    String host = hostWords(location);
    for (String separator : SEPARATORS) {
      int last = title.lastIndexOf(separator);
      if (last > 0 && isSite(title.substring(last + separator.length()), site, host)) {
        String head = title.substring(0, last).strip();
        return head.split(" ").length >= 2 ? head : title;
      }
    }
    return title;
  }

  /** The most words a kicker before a headline has ("Opinion", "World news |"). */
  static final int KICKER_WORDS = 3;

  /**
   * Whether an h1 is the declared title with a short kicker before it (or the title itself). A
   * number ("2025") before the title is the headline's own first word.
   */
  static boolean isKicker(String h1Key, String declaredKey) {
    if (declaredKey.isEmpty() || !h1Key.endsWith(declaredKey)) {
      return false;
    }
    String kicker = h1Key.substring(0, h1Key.length() - declaredKey.length()).strip();
    if (kicker.isEmpty()) {
      return true;
    }
    if (kicker.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return kicker.split(" ").length <= KICKER_WORDS;
  }

  /**
   * The JSON-LD headline, or the page's declared title when that is the same headline in full:
   * headlines in JSON-LD are often cut at a length ("... Solutions (Including").
   */
  private static String fullerOf(String headline, Optional<String> metaTitle) {
    if (metaTitle.isEmpty()) {
      return headline;
    }
    String cut = Text.normalise(Entities.decode(headline)).toLowerCase(Locale.ROOT);
    String full = Text.normalise(Entities.decode(metaTitle.get()));
    String lower = full.toLowerCase(Locale.ROOT);
    if (cut.length() < MIN_CUT || lower.length() <= cut.length() + 1 || !lower.startsWith(cut)) {
      return headline;
    }
    // What follows a whole headline is a separator and a subtitle or the site's name.
    String rest = lower.substring(cut.length());
    for (String separator : SEPARATORS) {
      if (rest.startsWith(separator)) {
        return headline;
      }
    }
    return rest.startsWith(":") || rest.startsWith(" (") ? headline : full;
  }

  /** The shortest headline that is read as cut short when a fuller title continues it. */
  static final int MIN_CUT = 60;

  /** The page's first h1 when it is a single word, for cleaning the declared title with. */
  private static Optional<String> shortH1(PageIndex index) {
    for (Element h1 : index.h1s) {
      String key = TitleKeys.key(h1.text());
      if (!key.isEmpty() && key.indexOf(' ') < 0 && !inFurniture(h1)) {
        return Optional.of(Text.normalise(h1.text()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an h1 is the declared title followed by a site's or section's trailer after a bar,
   * bracket or separator ("Title | Section | Site", "Title (site.com) 87"); a subtitle after a
   * colon or comma is part of the headline.
   */
  static boolean hasTrailer(String h1, String declared) {
    String lower = h1.toLowerCase(Locale.ROOT);
    String title = declared.toLowerCase(Locale.ROOT).strip();
    if (title.isEmpty() || !lower.startsWith(title) || lower.length() == title.length()) {
      return false;
    }
    String rest = h1.substring(title.length());
    if (rest.startsWith(" (") || rest.startsWith(" [")) {
      return true;
    }
    for (String separator : SEPARATORS) {
      if (rest.startsWith(separator)) {
        return true;
      }
    }
    return false;
  }

  /** Share of words that an h1 must have in common with the declared title to agree with it. */
  static final double AGREEMENT = 0.5;

  /** An h1 of at most this many words that shares none with the declared title is a label. */
  static final int LABEL_WORDS = 4;

  /** The title without a trailing media or section tag. */
  String withoutTag(String title) {
    String t = title.strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    if (last == ')' || last == ']') {
      int open = t.lastIndexOf(last == ')' ? '(' : '[');
      if (open > 0
          && words.titleTags.contains(TitleKeys.key(t.substring(open + 1, t.length() - 1)))) {
        return t.substring(0, open).strip();
      }
    }
    int bar = t.lastIndexOf(" | ");
    if (bar > 0 && words.titleTags.contains(TitleKeys.key(t.substring(bar + 3)))) {
      return t.substring(0, bar).strip();
    }
    return t;
  }

  private static boolean isTruncated(String title) {
    return title.endsWith("...") || title.endsWith("\u2026");
  }

  /** The h1s that read as a headline: several words, not the site's name, not a link home. */
  private static List<Element> h1s(PageIndex index, Optional<String> siteName) {
    String site = siteName.map(TitleKeys::key).orElse("");
    List<Element> found = new ArrayList<>();
    for (Element h1 : index.h1s) {
      String text = Text.normalise(h1.text());
      String key = TitleKeys.key(text);
      if (text.length() < 10
          || text.length() > 300
          || key.equals(site)
          || key.split(" ").length < 2
          || isPath(text)) {
        continue;
      }
      if (inFurniture(h1)) {
        continue;
      }
      if (ContentFinder.linkDensity(h1) > 0.5
          && h1.selectFirst(Selectors.LINK) != null
          && isHomeLink(h1)) {
        continue;
      }
      found.add(h1);
    }
    return found;
  }

  /** Whether a text is a path or address ("/docs/markdown/"), which a template left unfilled. */
  static boolean isPath(String text) {
    return text.indexOf(' ') < 0 && (text.charAt(0) == '/' || text.contains("://"));
  }

  /**
   * The elements of a page's furniture, that hold no headline: its menus and their items, dialogs,
   * asides and footer. A page's own markup convention, not a language's words.
   */
  private static final java.util.Set<String> FURNITURE =
      java.util.Set.of("nav", "menu", "li", "dialog", "aside", "footer");

  /** Whether an h1 stands in a menu, list item, dialog, aside or footer. */
  private static boolean inFurniture(Element h1) {
    for (Element e = h1.parent(); e != null; e = e.parent()) {
      if (FURNITURE.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHomeLink(Element h1) {
    String href = h1.selectFirst(Selectors.LINK).attr("href");
    return href.equals("/") || href.endsWith("://") || href.split("/").length <= 3;
  }

  /**
   * For a title with a separator ("Site - Headline"), the part that the page shows as a heading or
   * in bold, when one does.
   */
  private static String partShownOnPage(String title, PageIndex index) {
    for (String separator : SEPARATORS) {
      int at = title.indexOf(separator);
      if (at <= 0) {
        continue;
      }
      String[] parts = {
        title.substring(0, at).strip(), title.substring(at + separator.length()).strip()
      };
      for (Element shown : index.shownTitles) {
        String key = TitleKeys.key(shown.text());
        for (String part : parts) {
          if (!part.isEmpty() && key.equals(TitleKeys.key(part)) && part.split(" ").length >= 3) {
            return part;
          }
        }
      }
    }
    return title;
  }

  /** Removes a site name before or after a separator. */
  static String clean(
      String title, Optional<String> siteName, Optional<String> h1, String location) {
    String site = siteName.map(TitleKeys::key).orElse("");
    String host = hostWords(location);
    for (String separator : SEPARATORS) {
      int last = title.lastIndexOf(separator);
      if (last > 0) {
        String head = title.substring(0, last).strip();
        if (h1.isPresent() && TitleKeys.key(h1.get()).equals(TitleKeys.key(title))) {
          return title;
        }
        String tail = title.substring(last + separator.length()).strip();
        // A single word left is a topic's name, not a headline: the title stays whole.
        if ((isSite(tail, site, host) && head.indexOf(' ') > 0)
            || h1.map(TitleKeys::key).filter(TitleKeys.key(head)::equals).isPresent()) {
          return clean(head, siteName, h1, location);
        }
      }
      int first = title.indexOf(separator);
      if (first > 0) {
        String head = title.substring(0, first).strip();
        String tail = title.substring(first + separator.length()).strip();
        if (isSite(head, site, host)) {
          return clean(tail, siteName, h1, location);
        }
      }
    }
    return title;
  }

  private static boolean isSite(String part, String site, String host) {
    String key = TitleKeys.key(part);
    if (key.isEmpty()) {
      return false;
    }
    return key.equals(site)
        || isHostName(part.strip())
        || (!host.isEmpty() && (host.contains(key.replace(" ", "")) || allIn(key, host)));
  }

  /**
   * Whether every word of a title key, each of three letters or more, stands in the host's name
   * ("Riverside Kayaks" of kayaks.riverside.example): the site's name in other words' order.
   */
  private static boolean allIn(String key, String host) {
    int start = 0;
    for (int i = 0; i <= key.length(); i++) {
      if (i == key.length() || key.charAt(i) == ' ') {
        if (i - start < 3 || !host.contains(key.substring(start, i))) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /**
   * Whether a title's part is written as a host name ("Example.com", "shop.example.co.uk"): labels
   * of letters, digits and hyphens between dots, the last of two letters or more.
   */
  static boolean isHostName(String part) {
    int dot = part.lastIndexOf('.');
    if (dot <= 0 || part.length() - dot - 1 < 2) {
      return false;
    }
    for (int i = dot + 1; i < part.length(); i++) {
      if (!Character.isLetter(part.charAt(i))) {
        return false;
      }
    }
    for (int i = 0; i < dot; i++) {
      char c = part.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static String hostWords(String location) {
    int scheme = location.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    int end = location.indexOf('/', scheme + 3);
    String host = location.substring(scheme + 3, end < 0 ? location.length() : end);
    host = host.toLowerCase(Locale.ROOT).replace("www.", "");
    return host.replace(".", "").replace("-", "");
  }
}
