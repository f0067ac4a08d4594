package dev.newsmodel.parser.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmodel.parser.lexicon.GivenNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds author names: persons named in JSON-LD, author meta tags or byline elements of the page,
 * cleaned of "By", "View all posts by", job titles and the site's name. An organization is an
 * author only when no person is named anywhere.
 */
final class Authors {
  private final HtmlWords htmlWords;

  Authors(HtmlWords words) {
    this.htmlWords = words;
  }

  List<String> find(
      Document page, List<JsonNode> articles, Metadata.Meta meta, Optional<String> siteName) {
    Set<String> organisations = new LinkedHashSet<>();
    siteName.ifPresent(organisations::add);
    for (JsonNode article : articles) {
      JsonLd.text(article, "publisher").ifPresent(organisations::add);
    }
    List<String> fallback = new ArrayList<>();
    List<String> persons = List.of();
    for (JsonNode article : articles) {
      List<String> names = clean(JsonLd.authors(article), organisations);
      if (!names.isEmpty() && allPersons(names)) {
        persons = names;
        break;
      }
      if (fallback.isEmpty()) {
        fallback.addAll(names);
      }
    }
    List<String> bylines = fromBylines(meta.index, organisations);
    if (!persons.isEmpty()) {
      // The page's byline may name co-authors that JSON-LD leaves out.
      return bylines.size() > persons.size() && bylines.containsAll(persons) ? bylines : persons;
    }
    for (String name :
        new String[] {
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "byl"
        }) {
      List<String> names = clean(meta.all(name), organisations);
      if (!names.isEmpty() && allPersons(names)) {
        return names;
      }
      if (fallback.isEmpty()) {
        fallback.addAll(names);
      }
    }
    if (!bylines.isEmpty() && allPersons(bylines)) {
      return bylines;
    }
    if (fallback.isEmpty()) {
      fallback.addAll(bylines);
    }
    return fallback;
  }

  private List<String> fromBylines(PageIndex index, Set<String> organisations) {
    List<String> fallback = List.of();
    for (Element byline : index.bylines) {
      String all = byline.text();
      if (all.length() > 200 || all.isBlank()) {
        continue;
      }
      Element named = byline.selectFirst(Selectors.ITEMPROP_NAME);
      String text = named != null ? named.text() : all;
      List<String> names = clean(List.of(text), organisations);
      if (!names.isEmpty() && allPersons(names)) {
        return names;
      }
      if (fallback.isEmpty()) {
        fallback = names;
      }
    }
    return fallback;
  }

  private boolean allPersons(List<String> names) {
    return names.stream().allMatch(htmlWords.bylines::isPersonName);
  }

  /** Cleans raw author strings into names; drops the site and publisher. */
  List<String> clean(List<String> raw, Set<String> organisations) {
    Set<String> persons = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    Set<String> organisationKeys = new LinkedHashSet<>();
    for (String organisation : organisations) {
      organisationKeys.add(Titles.key(organisation));
    }
    for (String value : raw) {
      String text = Text.normalise(Entities.decode(value));
      if (text.isEmpty() || text.contains("://") || text.startsWith("@") || text.length() > 200) {
        continue;
      }
      for (String part : split(stripPrefix(text))) {
        String name = stripSuffix(stripPrefix(part.strip()), organisationKeys);
        String withoutTail = stripOrganisationTail(name);
        if (!withoutTail.equals(name)
            && GivenNames.contains(withoutTail.split(" ")[0])
            && htmlWords.bylines.isPersonName(withoutTail)
            && !looksLikeOrganisation(withoutTail)) {
          name = withoutTail;
        }
        if (name.isEmpty()
            || name.equalsIgnoreCase(htmlWords.loneBylineWord)
            || organisationKeys.contains(Titles.key(name))
            || hasDigit(name)) {
          continue;
        }
        if (htmlWords.bylines.isPersonName(name) && !looksLikeOrganisation(name)) {
          persons.add(name);
        } else if (name.length() <= 60) {
          others.add(name);
        }
      }
    }
    return new ArrayList<>(persons.isEmpty() ? others : persons);
  }

  /**
   * A name whose first word is not a given name and that holds a word of organizations ("Financial
   * Times", "Bleacher Report") or names a place ("South Florida").
   */
  boolean looksLikeOrganisation(String name) {
    String[] words = name.split(" ");
    if (GivenNames.contains(words[0])) {
      return false;
    }
    for (String word : words) {
      if (htmlWords.gazetteer.hasOrganisationWord(word)) {
        return true;
      }
    }
    return htmlWords.gazetteer.hasPlace(name)
        || htmlWords.gazetteer.hasPlace(words[words.length - 1]);
  }

  /** "John O'Connor The Associated Press" becomes "John O'Connor". */
  private String stripOrganisationTail(String name) {
    String[] words = name.split(" ");
    int end = words.length;
    while (end > 2
        && (htmlWords.gazetteer.hasOrganisationWord(words[end - 1])
            || words[end - 1].equalsIgnoreCase(htmlWords.organizationArticle))) {
      end--;
    }
    return end == words.length ? name : String.join(" ", java.util.Arrays.copyOf(words, end));
  }

  private String stripPrefix(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : htmlWords.authorPrefixes) {
      if (lower.startsWith(prefix)) {
        return text.substring(prefix.length()).strip();
      }
    }
    return text;
  }

  /** "Kayla Jimenez USA TODAY" and "Dave Epstein Globe Correspondent" lose their tails. */
  private String stripSuffix(String name, Set<String> organisationKeys) {
    String key = Titles.key(name);
    for (String organisation : organisationKeys) {
      if (!organisation.isEmpty() && key.endsWith(" " + organisation)) {
        int words = organisation.split(" ").length;
        String[] parts = name.split(" ");
        if (parts.length > words) {
          name = String.join(" ", java.util.Arrays.copyOf(parts, parts.length - words));
        }
      }
    }
    String[] parts = name.split(" ");
    int end = parts.length;
    boolean role = false;
    while (end > 2 && htmlWords.trailingRoles.contains(parts[end - 1].toLowerCase(Locale.ROOT))) {
      end--;
      role = true;
    }
    while (role && end > 2 && isDeskWord(parts[end - 1])) {
      end--;
    }
    return end == parts.length ? name : String.join(" ", java.util.Arrays.copyOf(parts, end));
  }

  private boolean isDeskWord(String word) {
    return htmlWords.deskWords.contains(word.toLowerCase(Locale.ROOT));
  }

  private List<String> split(String text) {
    String joined = text.replace(" & ", ",");
    for (String join : htmlWords.nameJoins) {
      joined = joined.replace(join, ",");
    }
    List<String> parts = new ArrayList<>();
    for (String part :
        joined.replace(";", ",").replace("|", ",").replace("\u2022", ",").split(",")) {
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
