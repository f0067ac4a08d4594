package dev.newsmodel.parser.html;

import com.fasterxml.jackson.databind.JsonNode;
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
    " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " :: ", " \u00BB ", " / "
  };

  /**
   * The headline: the page's main h1 when it reads as one (readers see it, and metadata titles are
   * often rewritten for search), else JSON-LD, OpenGraph, Twitter, Dublin Core, then the {@code
   * <title>} cleaned of the site's name.
   */
  Optional<String> choose(
      Document page, Optional<JsonNode> article, Metadata.Meta meta, Optional<String> siteName) {
    Optional<String> h1 = mainH1(meta.index, siteName).map(this::withoutTag);
    Optional<String> declared =
        article
            .flatMap(a -> JsonLd.text(a, "headline"))
            .or(() -> meta.first("og:title", "twitter:title", "dc.title", "dcterms.title"))
            .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()))
            .map(t -> clean(Text.normalise(Entities.decode(t)), siteName, h1, page.location()))
            .map(t -> partShownOnPage(t, meta.index));
    declared = declared.map(this::withoutTag).filter(t -> !t.isEmpty());
    if (h1.isPresent()) {
      // An h1 that only adds a kicker ("Opinion", "Politics |") to the declared title loses to it.
      // A declared title cut short with an ellipsis loses to the full headline.
      if (declared.isPresent()
          && !isTruncated(declared.get())
          && key(h1.get()).contains(key(declared.get()))) {
        return declared;
      }
      return h1;
    }
    return declared;
  }

  /** The title without a trailing media or section tag. */
  String withoutTag(String title) {
    String t = title.strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    if (last == ')' || last == ']') {
      int open = t.lastIndexOf(last == ')' ? '(' : '[');
      if (open > 0 && words.titleTags.contains(key(t.substring(open + 1, t.length() - 1)))) {
        return t.substring(0, open).strip();
      }
    }
    int bar = t.lastIndexOf(" | ");
    if (bar > 0 && words.titleTags.contains(key(t.substring(bar + 3)))) {
      return t.substring(0, bar).strip();
    }
    return t;
  }

  private static boolean isTruncated(String title) {
    return title.endsWith("...") || title.endsWith("\u2026");
  }

  /** The first h1 that reads as a headline: several words, not the site's name, not a link list. */
  private static Optional<String> mainH1(PageIndex index, Optional<String> siteName) {
    String site = siteName.map(Titles::key).orElse("");
    for (Element h1 : index.h1s) {
      String text = Text.normalise(h1.text());
      String key = key(text);
      if (text.length() < 10
          || text.length() > 300
          || key.equals(site)
          || key.split(" ").length < 2) {
        continue;
      }
      if (ContentFinder.linkDensity(h1) > 0.5
          && h1.selectFirst(Selectors.LINK) != null
          && isHomeLink(h1)) {
        continue;
      }
      return Optional.of(text);
    }
    return Optional.empty();
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
        String key = key(shown.text());
        for (String part : parts) {
          if (!part.isEmpty() && key.equals(key(part)) && part.split(" ").length >= 3) {
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
    String site = siteName.map(Titles::key).orElse("");
    String host = hostWords(location);
    for (String separator : SEPARATORS) {
      int last = title.lastIndexOf(separator);
      if (last > 0) {
        String head = title.substring(0, last).strip();
        if (h1.isPresent() && key(h1.get()).equals(key(title))) {
          return title;
        }
        String tail = title.substring(last + separator.length()).strip();
        if (isSite(tail, site, host) || h1.map(Titles::key).filter(key(head)::equals).isPresent()) {
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
    String key = key(part);
    if (key.isEmpty()) {
      return false;
    }
    return key.equals(site) || (!host.isEmpty() && host.contains(key.replace(" ", "")));
  }

  /** Lower-case letters and digits of a title, for comparison. */
  static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      int c = keyChar(s.charAt(i));
      if (c < 0) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append((char) c);
    }
    return out.toString();
  }

  /** {@code c} as a key holds it (a letter or digit, in lower case), or -1 where a key breaks. */
  private static int keyChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          ? c
          : c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : -1;
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
  }

  /**
   * Whether {@code key(s)} equals {@code key}, compared as the key is made: most texts differ in
   * their first letters, and no key is built for them.
   */
  static boolean hasKey(String s, String key) {
    int k = 0; // the length of key(s) so far, and where it is compared in key
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      int c = keyChar(s.charAt(i));
      if (c < 0) {
        space = true;
        continue;
      }
      if (space && k > 0) {
        if (k >= key.length() || key.charAt(k) != ' ') {
          return false;
        }
        k++;
      }
      space = false;
      if (k >= key.length() || key.charAt(k) != c) {
        return false;
      }
      k++;
    }
    return k == key.length();
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
