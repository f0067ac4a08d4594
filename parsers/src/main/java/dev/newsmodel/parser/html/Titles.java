package dev.newsmodel.parser.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Chooses the headline and cleans it of " | Site" decorations. */
final class Titles {
  private Titles() {}

  private static final String[] SEPARATORS = {
    " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " :: ", " \u00BB ", " / "
  };

  static Optional<String> choose(
      Document page, Optional<JsonNode> article, Metadata.Meta meta, Optional<String> siteName) {
    Optional<String> h1 = firstH1(page);
    Optional<String> title =
        article
            .flatMap(a -> JsonLd.text(a, "headline"))
            .or(() -> meta.first("og:title", "twitter:title", "dc.title", "dcterms.title"))
            .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()))
            .or(() -> h1);
    return title
        .map(t -> clean(Text.normalise(t), siteName, h1, page.location()))
        .filter(t -> !t.isEmpty());
  }

  private static Optional<String> firstH1(Document page) {
    for (Element h1 : page.select("h1")) {
      String text = Text.normalise(h1.text());
      if (text.length() >= 5) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
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
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return out.toString();
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
