package dev.newsmodel.parser.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about it: content, or page boilerplate. */
final class Hints {
  private Hints() {}

  /** Words in class or id that mark boilerplate. */
  private static final Set<String> NEGATIVE =
      Set.of(
          "comment",
          "comments",
          "disqus",
          "share",
          "sharing",
          "sharebar",
          "social",
          "socials",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "ad",
          "ads",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "adslot",
          "dfp",
          "sponsor",
          "sponsored",
          "outbrain",
          "taboola",
          "popup",
          "modal",
          "overlay",
          "breadcrumb",
          "breadcrumbs",
          "pagination",
          "pager",
          "navbar",
          "navigation",
          "nav",
          "menu",
          "footer",
          "masthead",
          "sidebar",
          "toolbar",
          "trending",
          "popular",
          "promo",
          "promotion",
          "related",
          "recommended",
          "recommendations",
          "recirc",
          "readmore",
          "tags",
          "bio",
          "byline",
          "author",
          "print",
          "login",
          "dialog",
          "rail",
          "caption",
          "credit",
          "credits",
          "share-",
          "outstream",
          "banner",
          "teaser",
          "teasers",
          "more",
          "sronly",
          "screenreader");

  /** Words in class or id that mark article content. */
  private static final Set<String> POSITIVE =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "blog",
          "prose",
          "richtext",
          "paragraph",
          "postcontent",
          "entrycontent",
          "storybody",
          "articletext",
          "articlecontent");

  /** Words that mark a block of links to other articles, kept as related links. */
  private static final Set<String> RELATED =
      Set.of("related", "readmore", "recommended", "recirc", "more", "also", "further");

  static boolean isNegative(Element element) {
    return matches(element, NEGATIVE);
  }

  static boolean isPositive(Element element) {
    return matches(element, POSITIVE);
  }

  static boolean isRelated(Element element) {
    return matches(element, RELATED);
  }

  /** Readability-style class weight: +25 for content hints, -25 for boilerplate hints. */
  static int weight(Element element) {
    int weight = 0;
    if (matches(element, POSITIVE)) {
      weight += 25;
    }
    if (matches(element, NEGATIVE)) {
      weight -= 25;
    }
    return weight;
  }

  private static boolean matches(Element element, Set<String> words) {
    return hasWord(element.className(), words) || hasWord(element.id(), words);
  }

  /** Words that make the next word a modifier: "has-sidebar" is not a sidebar. */
  private static final Set<String> MODIFIERS =
      Set.of("has", "with", "is", "no", "without", "hide", "show");

  /**
   * Whether {@code value}, split into words at non-letters and camel case, holds one of words. A
   * word after a modifier ("has-sidebar", "with-rail") does not count.
   */
  static boolean hasWord(String value, Set<String> words) {
    if (value.isEmpty()) {
      return false;
    }
    int n = value.length();
    int start = 0;
    boolean modified = false;
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      boolean boundary = i == n || !Character.isLetterOrDigit(value.charAt(i));
      boolean camel =
          i > start
              && i < n
              && Character.isUpperCase(value.charAt(i))
              && Character.isLowerCase(value.charAt(i - 1));
      if (boundary || camel) {
        if (i > start) {
          String word = value.substring(start, i).toLowerCase(Locale.ROOT);
          if (words.contains(word) && !modified) {
            return true;
          }
          modified = MODIFIERS.contains(word);
          joined.append(word);
        }
        if (boundary) {
          // a class such as "article-body" also counts as "articlebody"
          if (joined.length() > 0 && words.contains(joined.toString())) {
            return true;
          }
          if (i < n && Character.isWhitespace(value.charAt(i))) {
            joined.setLength(0);
            modified = false;
          }
        }
        start = boundary ? i + 1 : i;
      }
    }
    return false;
  }
}
