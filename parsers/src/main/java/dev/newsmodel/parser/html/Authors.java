package dev.newsmodel.parser.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmodel.parser.text.Bylines;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds author names: JSON-LD first, then author meta tags, then byline elements in the page. Names
 * are cleaned of "By", dates, URLs and job titles; the site's name is not an author when a person
 * is named.
 */
final class Authors {
  private Authors() {}

  private static final String BYLINE_SELECTOR =
      "[rel=author], [itemprop=author], .byline, .author, .author-name, .byline__name,"
          + " .article-author, .post-author, .entry-author, [class*=byline], [data-testid*=byline]";

  static List<String> find(
      Document page, List<JsonNode> articles, Metadata.Meta meta, Optional<String> siteName) {
    for (JsonNode article : articles) {
      List<String> names = clean(JsonLd.authors(article), siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    for (String name :
        new String[] {
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "byl",
          "twitter:creator"
        }) {
      List<String> names = clean(meta.all(name), siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    for (Element byline : page.select(BYLINE_SELECTOR)) {
      if (byline.text().length() > 200) {
        continue;
      }
      Element named = byline.selectFirst("[itemprop=name]");
      String text = named != null ? named.text() : byline.text();
      List<String> names = clean(List.of(text), siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** Cleans raw author strings into person names; keeps a non-person only if it is all there is. */
  static List<String> clean(List<String> raw, Optional<String> siteName) {
    Set<String> persons = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    String site = siteName.map(Titles::key).orElse("");
    for (String value : raw) {
      String text = Text.normalise(value);
      if (text.isEmpty() || text.contains("://") || text.startsWith("@") || text.length() > 200) {
        continue;
      }
      for (String part : split(stripBy(text))) {
        String name = part.strip();
        if (name.isEmpty() || Titles.key(name).equals(site) || hasDigit(name)) {
          continue;
        }
        if (Bylines.isPersonName(name)) {
          persons.add(name);
        } else if (name.length() <= 60) {
          others.add(name);
        }
      }
    }
    return new ArrayList<>(persons.isEmpty() ? others : persons);
  }

  private static String stripBy(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"by:", "by ", "written by ", "von ", "par "}) {
      if (lower.startsWith(prefix)) {
        return text.substring(prefix.length()).strip();
      }
    }
    return text;
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    for (String part :
        text.replace(" & ", ",")
            .replace(" and ", ",")
            .replace(";", ",")
            .replace("|", ",")
            .split(",")) {
      parts.add(part);
    }
    return parts;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
