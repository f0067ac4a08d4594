package dev.newsmodel.parser.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmodel.parser.doc.Draft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata into the draft, each field from the first source that has it: JSON-LD,
 * then OpenGraph and Twitter cards, then Dublin Core and other meta tags, then the page itself.
 */
final class Metadata {
  private final Titles titles;
  private final Authors authors;
  private final Dates dates;
  private final ShownDates shownDates;

  Metadata(HtmlWords words) {
    this.titles = new Titles(words);
    this.authors = new Authors(words);
    this.dates = new Dates(words.dateLines);
    this.shownDates = new ShownDates(dates, words.modifiedDateWords);
  }

  void read(Document page, String baseUri, Draft draft) {
    Meta meta = new Meta(page);
    List<JsonNode> articles = JsonLd.articles(meta.index.jsonLd);
    Optional<JsonNode> article = articles.stream().findFirst();

    Optional<String> siteName =
        meta.first("og:site_name", "application-name", "twitter:site")
            .map(s -> s.startsWith("@") ? s.substring(1) : s)
            .or(() -> article.flatMap(a -> JsonLd.text(a, "publisher")));
    draft.siteName(siteName.orElse(null));
    Optional<String> title = titles.choose(page, article, meta, siteName);
    draft.title(title.orElse(null));
    draft.description(
        meta.first("og:description", "description", "twitter:description", "dc.description")
            .or(() -> article.flatMap(a -> JsonLd.text(a, "description")))
            .orElse(null));
    // The byline and date are read around the headline, in one walk of its neighbourhood.
    HeadlineArea area = headline(meta.index, title).map(HeadlineArea::of).orElse(null);
    draft.authors().addAll(authors.find(page, articles, meta, siteName, area));
    Optional<ShownDates.Shown> shown = shownDates.choose(area);
    draft.publishedAt(publishedAt(page, articles, meta, shown).orElse(null));
    draft.language(language(page, meta).orElse(null));
    draft.url(url(page, article, meta, baseUri).orElse(null));
  }

  /** Meta tags that carry the publication date, most specific first. */
  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "published-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "originalpublicationdate",
    "published"
  };

  /** Meta tags that carry the date of the last change. */
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dc.modified"
  };

  /**
   * The element that shows the headline: an h1 that holds the title, else a heading or title
   * element whose text is the title; empty when none shows it (a logo's h1 is no headline).
   */
  private static Optional<Element> headline(PageIndex index, Optional<String> title) {
    if (title.isEmpty() || TitleKeys.key(title.get()).isEmpty()) {
      return Optional.empty();
    }
    String key = TitleKeys.key(title.get());
    for (Element h1 : index.h1s) {
      if (TitleKeys.key(h1.text()).contains(key)) {
        return Optional.of(h1);
      }
    }
    for (Element shown : index.shownTitles) {
      if (TitleKeys.hasKey(shown.text(), key)) {
        return Optional.of(shown);
      }
    }
    return Optional.empty();
  }

  /**
   * The date the page is published on: the date printed near its headline, when one is, in the
   * words of the declared date of the same day (which keeps its time); else the declared date.
   */
  private Optional<String> publishedAt(
      Document page, List<JsonNode> articles, Meta meta, Optional<ShownDates.Shown> shown) {
    String location = Titles.location(page, meta);
    Optional<String> declared = declaredDate(page, articles, meta, location);
    if (shown.isEmpty()) {
      return declared;
    }
    String day = shown.get().iso().substring(0, 10);
    if (declared.isPresent() && !declared.get().startsWith(day) && location.indexOf('/', 8) > 0) {
      // The date in the page's address agrees with the declared date, not the printed one (the
      // day of a later change, or of another story): the declared date is the publication's.
      Optional<String> inUrl = dates.fromUrl(location);
      if (inUrl.isPresent() && declared.get().startsWith(inUrl.get())) {
        return declared;
      }
    }
    List<String> agreeing = new ArrayList<>();
    declared.ifPresent(agreeing::add);
    for (JsonNode article : articles) {
      JsonLd.text(article, "dateModified").ifPresent(agreeing::add);
    }
    for (String name : MODIFIED_META) {
      meta.get(name).ifPresent(agreeing::add);
    }
    for (String candidate : agreeing) {
      if (isIsoDay(candidate) && !candidate.startsWith(day)) {
        continue; // another day written as ISO: no parse needed to tell
      }
      Optional<String> iso = dates.normalise(Entities.decode(candidate));
      if (iso.isPresent() && iso.get().startsWith(day)) {
        return iso;
      }
    }
    if (declared.isPresent() && isIsoDay(declared.get()) && day.equals(swapped(declared.get()))) {
      // "09.10.2024" reads day first, and the page declares September 10: it writes the month
      // first, and the declared date says which.
      return declared;
    }
    return Optional.of(shown.get().iso());
  }

  /**
   * The ISO day of {@code iso} with its month and day swapped ("2024-09-10" gives "2024-10-09").
   */
  private static String swapped(String iso) {
    return iso.substring(0, 5) + iso.substring(8, 10) + "-" + iso.substring(5, 7);
  }

  /** Whether {@code s} starts with an ISO day ("2024-03-07"), which its normal form keeps. */
  private static boolean isIsoDay(String s) {
    if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private Optional<String> declaredDate(
      Document page, List<JsonNode> articles, Meta meta, String location) {
    List<String> candidates = new ArrayList<>();
    for (JsonNode article : articles) {
      JsonLd.text(article, "datePublished").ifPresent(candidates::add);
      JsonLd.text(article, "dateCreated").ifPresent(candidates::add);
    }
    for (String name : PUBLISHED_META) {
      meta.get(name).ifPresent(candidates::add);
    }
    for (Element e : meta.index.datePublished) {
      candidates.add(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    }
    for (Element time : meta.index.timesWithDatetime) {
      candidates.add(time.attr("datetime"));
      break;
    }
    Optional<String> first = Optional.empty();
    for (int k = 0; k < candidates.size(); k++) {
      String candidate = candidates.get(k);
      if (candidates.subList(0, k).contains(candidate)) {
        continue; // the same text again (og: and article: tags often agree) says nothing new
      }
      Optional<String> iso = dates.normalise(Entities.decode(candidate));
      if (iso.isEmpty()) {
        continue;
      }
      if (first.isEmpty()) {
        first = iso;
        if (!Dates.isUtc(iso.get())) {
          return first;
        }
      } else if (Dates.sameInstant(first.get(), iso.get()) && !Dates.isUtc(iso.get())) {
        // The same moment in the publisher's own zone gives the day its readers saw.
        return iso;
      }
    }
    return first
        .or(() -> visibleDate(meta.index))
        .or(() -> dates.fromUrl(location))
        .or(() -> lastChange(articles, meta));
  }

  /**
   * The date a page declares it last changed on, when it declares no other: the page was out by
   * then, and readers see it as the page's date.
   */
  private Optional<String> lastChange(List<JsonNode> articles, Meta meta) {
    for (JsonNode article : articles) {
      Optional<String> iso =
          JsonLd.text(article, "dateModified").flatMap(d -> dates.normalise(Entities.decode(d)));
      if (iso.isPresent()) {
        return iso;
      }
    }
    for (String name : MODIFIED_META) {
      Optional<String> iso = meta.get(name).flatMap(d -> dates.normalise(Entities.decode(d)));
      if (iso.isPresent()) {
        return iso;
      }
    }
    return Optional.empty();
  }

  /**
   * A date printed in an element whose class or id says it holds one: its text, a part of it
   * between bullets ("Dec. 19, 2025 · Ana Costa"), or its first text before other items ("Posted on
   * April 13, 2023" then the post's tags).
   */
  private Optional<String> visibleDate(PageIndex index) {
    for (Element element : index.dates) {
      boolean own = !element.ownText().isBlank();
      String text = Text.normalise(own ? element.ownText() : element.text());
      if (text.isEmpty()) {
        continue;
      }
      Optional<String> iso = Optional.empty();
      if (text.length() <= MAX_DATE_LINE) {
        // The whole line first: it keeps a time printed after a bar ("April 5, 2018 | 6:00 PM").
        iso = dates.normalise(text).or(() -> shownDates.dateIn(text));
      }
      if (iso.isEmpty() && !own) {
        iso = firstText(element).flatMap(shownDates::dateIn);
      }
      if (iso.isPresent()) {
        return iso;
      }
    }
    return Optional.empty();
  }

  /** The longest text read as a date line. */
  private static final int MAX_DATE_LINE = 100;

  /** The first non-blank text of an element's descendants, when it is short enough for a date. */
  private static Optional<String> firstText(Element element) {
    for (Element e : element.getAllElements()) {
      for (org.jsoup.nodes.TextNode t : e.textNodes()) {
        if (!t.isBlank()) {
          String text = Text.normalise(t.getWholeText());
          return text.length() <= MAX_DATE_LINE ? Optional.of(text) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> language(Document page, Meta meta) {
    String lang = meta.index.htmlLang.strip();
    if (lang.isEmpty()) {
      lang = meta.first("og:locale", "content-language", "language", "dc.language").orElse("");
    }
    lang = lang.replace('_', '-').strip();
    if (lang.length() < 2 || lang.length() > 20 || !Character.isLetter(lang.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(lang);
  }

  private static Optional<String> url(
      Document page, Optional<JsonNode> article, Meta meta, String baseUri) {
    Set<String> candidates = new LinkedHashSet<>();
    Element canonical = meta.index.canonical;
    if (canonical != null) {
      candidates.add(canonical.absUrl("href"));
      candidates.add(canonical.attr("href"));
    }
    meta.first("og:url").ifPresent(candidates::add);
    article.flatMap(a -> JsonLd.text(a, "url")).ifPresent(candidates::add);
    candidates.add(baseUri);
    for (String candidate : candidates) {
      if (candidate.startsWith("http://") || candidate.startsWith("https://")) {
        return Optional.of(candidate.strip());
      }
    }
    return Optional.empty();
  }

  /** The page's meta tags by name, property or http-equiv, lower-cased. */
  static final class Meta {
    final PageIndex index;

    /** The first non-blank content of each name, lower case, under any of the four attributes. */
    private final Map<String, String> firstContent = new HashMap<>();

    /** Every non-blank content of each name or property, lower case, in page order. */
    private final Map<String, List<String>> allContents = new HashMap<>();

    private static final String[] ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    Meta(Document page) {
      this.index = PageIndex.of(page);
      // One pass over the metas instead of one per name looked up.
      for (Element meta : index.metas) {
        String content = null;
        for (int a = 0; a < ATTRIBUTES.length; a++) {
          String names = meta.attr(ATTRIBUTES[a]);
          if (names.isEmpty()) {
            continue;
          }
          content = content == null ? meta.attr("content").strip() : content;
          if (content.isEmpty()) {
            break;
          }
          // RDFa lets one property attribute hold several names ("dc:title og:title").
          int start = 0;
          for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || names.charAt(i) == ' ') {
              if (i > start) {
                add(names.substring(start, i), content, a < 2);
              }
              start = i + 1;
            }
          }
        }
      }
    }

    private void add(String name, String content, boolean listed) {
      String key = name.toLowerCase(Locale.ROOT);
      if (key.startsWith("dc:") || key.startsWith("dcterms:")) {
        key = key.replace(':', '.'); // Dublin Core is written "dc:creator" and "DC.creator"
      }
      firstContent.putIfAbsent(key, content);
      if (listed) {
        allContents.computeIfAbsent(key, k -> new ArrayList<>(2)).add(content);
      }
    }

    /** The content of the first of {@code names} that the page declares with a non-blank value. */
    Optional<String> first(String... names) {
      for (String name : names) {
        Optional<String> value = get(name);
        if (value.isPresent()) {
          return value;
        }
      }
      return Optional.empty();
    }

    Optional<String> get(String name) {
      return Optional.ofNullable(firstContent.get(name.toLowerCase(Locale.ROOT)));
    }

    /** All non-blank values of one meta name, in page order. */
    List<String> all(String name) {
      return allContents.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }
}
