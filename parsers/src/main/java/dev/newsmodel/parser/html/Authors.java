package dev.newsmodel.parser.html;

import com.fasterxml.jackson.databind.JsonNode;
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
 * cleaned by {@link AuthorNames}. An organization is an author only when no person is named
 * anywhere.
 */
final class Authors {
  private final HtmlWords htmlWords;
  private final String[] strippedLabels;

  /** The first letters of the author prefixes, lower case. */
  private final String prefixStarts;

  private final AuthorNames authorNames;

  Authors(HtmlWords words) {
    this.htmlWords = words;
    this.strippedLabels =
        java.util.Arrays.stream(words.authorLabels).map(String::strip).toArray(String[]::new);
    StringBuilder starts = new StringBuilder();
    for (String prefix : words.authorPrefixes) {
      if (!prefix.isEmpty() && starts.indexOf(prefix.substring(0, 1)) < 0) {
        starts.append(prefix.charAt(0));
      }
    }
    this.prefixStarts = starts.toString();
    this.authorNames = new AuthorNames(words);
  }

  List<String> find(
      Document page,
      List<JsonNode> articles,
      Metadata.Meta meta,
      Optional<String> siteName,
      @org.jspecify.annotations.Nullable HeadlineArea area) {
    Set<String> organisations = new LinkedHashSet<>();
    siteName.ifPresent(organisations::add);
    for (JsonNode article : articles) {
      JsonLd.text(article, "publisher").ifPresent(organisations::add);
    }
    List<String> fallback = new ArrayList<>();
    List<String> persons = List.of();
    for (JsonNode article : articles) {
      List<String> names = authorNames.clean(JsonLd.authors(article), organisations);
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
      // The page's byline or author tags may name co-authors that JSON-LD leaves out: the source
      // that names the most of them, all of the data's among them, is read.
      List<String> most = persons;
      for (String name : AUTHOR_META) {
        List<String> more = authorNames.clean(metaNames(meta, name), organisations);
        if (more.size() > most.size() && more.containsAll(persons) && allPersons(more)) {
          most = more;
        }
      }
      if (bylines.size() > most.size() && bylines.containsAll(persons) && allPersons(bylines)) {
        most = bylines;
      }
      return most;
    }
    for (String name : AUTHOR_META) {
      List<String> names = authorNames.clean(metaNames(meta, name), organisations);
      if (!names.isEmpty() && allPersons(names)) {
        return names;
      }
      if (fallback.isEmpty()) {
        fallback.addAll(names);
      }
    }
    List<String> shown = shownNear(area, organisations);
    if (shown.isEmpty()
        && !fallback.isEmpty()
        && !isSite(fallback, siteName)
        && shownInByline(meta.index, fallback)) {
      // Names the data or the author tags give that a byline element of the page shows too are
      // the authors, though no person's name reads in them ("Kristin", "The Harbour Team"); the
      // site's own name is shown all over its pages, and agrees with nothing.
      return fallback;
    }
    if (shown.isEmpty()) {
      shown = labelled(meta.index, organisations);
    }
    if (!shown.isEmpty()) {
      return shown;
    }
    if (!bylines.isEmpty() && allPersons(bylines)) {
      return bylines;
    }
    if (fallback.isEmpty()) {
      fallback.addAll(bylines);
    }
    if (fallback.isEmpty()) {
      // Only the site is named as the author (a company's blog, a person's own site): it is.
      List<String> declared = new ArrayList<>();
      for (JsonNode article : articles) {
        declared.addAll(JsonLd.authors(article));
      }
      declared.addAll(meta.all("author"));
      fallback.addAll(authorNames.clean(declared, Set.of()));
    }
    if (fallback.isEmpty() && siteName.isPresent()) {
      // A page that names no author anywhere is signed by its publisher, as bibliographies
      // cite an unsigned page under the site's name.
      publisher(siteName.get()).ifPresent(fallback::add);
    }
    return fallback;
  }

  /**
   * Meta tags that name authors, most specific first; scholarly pages name each author in a
   * citation tag of its own.
   */
  private static final String[] AUTHOR_META = {
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "citation_authors",
    "dc.creator",
    "dcterms.creator",
    "byl"
  };

  /**
   * The values of an author tag; a citation tag writes each name surname first ("Costa, Ana"), as
   * scholarly catalogues do, and its names are turned to reading order.
   */
  private static List<String> metaNames(Metadata.Meta meta, String name) {
    List<String> values = meta.all(name);
    if (!name.startsWith("citation_") || values.isEmpty()) {
      return values;
    }
    List<String> names = new ArrayList<>(values.size());
    for (String value : values) {
      names.add(AuthorNames.catalogueOrder(value));
    }
    return names;
  }

  /** The longest site name read as a publisher's name. */
  private static final int SITE_NAME_LENGTH = 60;

  /** A site's name as its publisher's, without a motto after a bar ("Site | Our motto"). */
  private static Optional<String> publisher(String siteName) {
    String name = Text.normalise(Entities.decode(siteName));
    int bar = name.indexOf(" | ");
    name = bar > 0 ? name.substring(0, bar) : name;
    return name.isEmpty() || name.length() > SITE_NAME_LENGTH || name.contains("://")
        ? Optional.empty()
        : Optional.of(name);
  }

  /**
   * How much text (non-blank characters, about 1,000 with spaces) after the headline a byline may
   * stand.
   */
  private static final int BYLINE_AFTER = 850;

  /**
   * The persons of a byline printed near the headline: an element whose text starts with an author
   * prefix ("By Ana Costa", "by: Ana Costa, Dec 17, 2025"), or holds only the prefix ("Written by")
   * with the name in the element after it.
   */
  List<String> shownNear(
      @org.jspecify.annotations.Nullable HeadlineArea area, Set<String> organisations) {
    if (area == null || area.headlineStart < 0) {
      return List.of();
    }
    for (HeadlineArea.Spot spot : area.spots) {
      if (spot.inHeadline()) {
        continue;
      }
      if (!area.before(spot)
          && area.headlineEnd >= 0
          && spot.at() > area.headlineEnd + BYLINE_AFTER) {
        break;
      }
      if (mayStartWithPrefix(spot.element())) {
        List<String> names = byline(spot.element(), organisations);
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  /**
   * Whether the first own text of {@code e} starts with the first letter of an author prefix: a
   * look that spares the text of most elements being built.
   */
  private boolean mayStartWithPrefix(Element e) {
    for (int k = 0, n = e.childNodeSize(); k < n; k++) {
      if (e.childNode(k) instanceof org.jsoup.nodes.TextNode t) {
        String s = t.getWholeText();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (!Character.isWhitespace(c) && c != '\u00A0') {
            return prefixStarts.indexOf(Character.toLowerCase(c)) >= 0;
          }
        }
      }
    }
    return false;
  }

  /**
   * The persons named after a label that stands alone ("Written by", then the name in the next
   * element), anywhere on the page: an author box after the article.
   */
  private List<String> labelled(PageIndex index, Set<String> organisations) {
    for (Element e : index.shortLeads) {
      if (isLabel(e) || startsWithLabel(e)) {
        List<String> names = byline(e, organisations);
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  /** Whether the first own text of {@code e} starts with an author label ("Written by Ana"). */
  private boolean startsWithLabel(Element e) {
    for (int k = 0, n = e.childNodeSize(); k < n; k++) {
      if (e.childNode(k) instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
        String s = t.getWholeText();
        int from = 0; // as stripLeading() would, without the copy
        while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
          from++;
        }
        for (String l : strippedLabels) {
          int after = from + l.length();
          if (s.regionMatches(true, from, l, 0, l.length())
              && (s.length() == after || !Character.isLetter(s.charAt(after)))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** The longest own text of an element read as a label alone ("Written by"). */
  private static final int LABEL_LENGTH = 40;

  /** Whether {@code e} holds only a short text that is an author prefix, and no element. */
  private boolean isLabel(Element e) {
    int n = e.childNodeSize();
    if (n == 0 || n > 3) {
      return false;
    }
    String text = null;
    for (int k = 0; k < n; k++) {
      org.jsoup.nodes.Node child = e.childNode(k);
      if (child instanceof Element) {
        return false;
      }
      if (child instanceof org.jsoup.nodes.TextNode t) {
        String s = t.getWholeText();
        if (s.length() > LABEL_LENGTH || text != null && !t.isBlank()) {
          return false;
        }
        if (!t.isBlank()) {
          text = s;
        }
      }
    }
    return text != null && mayStartWithPrefix(e) && authorNames.isPrefix(Text.normalise(text));
  }

  /** The persons that a byline element names, or none. */
  private List<String> byline(Element e, Set<String> organisations) {
    String own = Text.normalise(e.ownText());
    String lower = own.toLowerCase(Locale.ROOT) + " ";
    String prefix = null;
    for (String p : htmlWords.authorPrefixes) {
      if (lower.startsWith(p)) {
        prefix = p;
        break;
      }
    }
    if (prefix == null || own.length() > 120) {
      return List.of();
    }
    String text = Text.normalise(e.text());
    if (text.length() > 120) {
      return List.of();
    }
    String rest =
        text.length() >= prefix.strip().length()
            ? text.substring(Math.min(text.length(), prefix.strip().length())).strip()
            : "";
    if (rest.isEmpty()) {
      Element next = e.nextElementSibling();
      if (next == null) {
        return List.of();
      }
      rest = Text.normalise(next.text());
      if (rest.length() > 80) {
        return List.of();
      }
    }
    List<String> names = authorNames.clean(List.of(rest), organisations);
    return !names.isEmpty() && allPersons(names) ? names : List.of();
  }

  private static boolean isSite(List<String> names, Optional<String> siteName) {
    String site = siteName.map(TitleKeys::key).orElse("");
    for (String name : names) {
      if (TitleKeys.key(name).equals(site)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a byline element of the page shows every one of the names. */
  private static boolean shownInByline(PageIndex index, List<String> names) {
    List<String> keys = new ArrayList<>(names.size());
    for (String name : names) {
      keys.add(" " + TitleKeys.key(name) + " ");
    }
    for (Element byline : index.bylines) {
      String all = byline.text();
      if (all.length() > 200 || all.isBlank() || inComment(byline)) {
        continue;
      }
      String key = " " + TitleKeys.key(all) + " ";
      boolean every = true;
      for (String name : keys) {
        every &= name.length() > 2 && key.contains(name);
      }
      if (every) {
        return true;
      }
    }
    return false;
  }

  /** Parts of a class or id value that mark a reader's comment. */
  private static final Set<String> COMMENT_WORDS =
      dev.newsmodel.parser.lexicon.WordList.load(Authors.class, "byline-comment-words.txt");

  /** Endings of a class value that say whether a page takes comments. */
  private static final Set<String> COMMENT_STATES =
      dev.newsmodel.parser.lexicon.WordList.load(Authors.class, "byline-comment-states.txt");

  /** Whether an author element stands in a reader's comment, where it names the commenter. */
  private static boolean inComment(Element e) {
    // The page's body and root are not looked at: themes mark them with the page's state.
    for (Element at = e; at != null && !at.normalName().equals("body"); at = at.parent()) {
      if (marksComment(at.className()) || marksComment(at.id())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class or id value has a part that marks a comment (not the page's state). */
  private static boolean marksComment(String value) {
    if (value.isEmpty() || !containsWord(value)) {
      return false; // most values: no part is split and lowered
    }
    for (String part : value.toLowerCase(Locale.ROOT).split("\\s+")) {
      for (String word : COMMENT_WORDS) {
        if (part.contains(word) && !endsWithState(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsWord(String value) {
    for (String word : COMMENT_WORDS) {
      for (int i = 0; i + word.length() <= value.length(); i++) {
        if (value.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsWithState(String part) {
    for (String state : COMMENT_STATES) {
      if (part.endsWith(state)) {
        return true;
      }
    }
    return false;
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
      List<String> names = authorNames.clean(List.of(text), organisations);
      boolean persons = !names.isEmpty() && allPersons(names);
      // Only a byline that would be read is looked up for a comment around it.
      if ((persons || fallback.isEmpty() && !names.isEmpty()) && inComment(byline)) {
        continue;
      }
      if (persons) {
        return names;
      }
      if (fallback.isEmpty()) {
        fallback = names;
      }
    }
    return fallback;
  }

  private boolean allPersons(List<String> names) {
    for (String name : names) {
      int comma = name.indexOf(", ");
      if (!htmlWords.bylines.isPersonName(comma < 0 ? name : name.substring(0, comma))) {
        return false;
      }
    }
    return true;
  }
}
