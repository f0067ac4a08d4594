package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about it: content, or page boilerplate. */
final class Hints {
  private Hints() {}

  /** Words in class or id that mark boilerplate. */
  private static final Set<String> NEGATIVE =
      WordList.of(
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
      WordList.of(
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
      WordList.of("related", "readmore", "recommended", "recirc", "more", "also", "further");

  private static final int NEGATIVE_BIT = 1;
  private static final int POSITIVE_BIT = 2;
  private static final int RELATED_BIT = 4;

  /**
   * The hint bits of class and id values seen lately on this thread: pages repeat the same few
   * class names on many elements, and each stage asks about the same elements. Bounded.
   */
  private static final ThreadLocal<java.util.HashMap<String, Integer>> SEEN =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private static final int MAX_SEEN = 20_000;

  static boolean isNegative(Element element) {
    return isNegative(bits(element));
  }

  static boolean isNegative(int bits) {
    return (bits & NEGATIVE_BIT) != 0;
  }

  static boolean isPositive(Element element) {
    return isPositive(bits(element));
  }

  static boolean isPositive(int bits) {
    return (bits & POSITIVE_BIT) != 0;
  }

  static boolean isRelated(Element element) {
    return isRelated(bits(element));
  }

  static boolean isRelated(int bits) {
    return (bits & RELATED_BIT) != 0;
  }

  /** The hint bits of the element's class and id: test them with the {@code is…} methods. */
  static int bits(Element element) {
    if (element.attributesSize() == 0) {
      return 0;
    }
    return bits(element.className()) | bits(element.id());
  }

  private static int bits(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    java.util.HashMap<String, Integer> seen = SEEN.get();
    Integer known = seen.get(value);
    if (known != null) {
      return known;
    }
    int bits = wordBits(value);
    if (seen.size() >= MAX_SEEN) {
      seen.clear();
    }
    seen.put(value, bits);
    return bits;
  }

  /** Readability-style class weight: +25 for content hints, -25 for boilerplate hints. */
  static int weight(Element element) {
    int weight = 0;
    int bits = bits(element);
    if ((bits & POSITIVE_BIT) != 0) {
      weight += 25;
    }
    if ((bits & NEGATIVE_BIT) != 0) {
      weight -= 25;
    }
    return weight;
  }

  /** Words that make the next word a modifier: "has-sidebar" is not a sidebar. */
  private static final Set<String> MODIFIERS =
      WordList.of("has", "with", "is", "no", "without", "hide", "show");

  private static int listBits(String word) {
    return (NEGATIVE.contains(word) ? NEGATIVE_BIT : 0)
        | (POSITIVE.contains(word) ? POSITIVE_BIT : 0)
        | (RELATED.contains(word) ? RELATED_BIT : 0);
  }

  /**
   * The hint lists that {@code value}, split into words at non-letters and camel case, holds a word
   * of: a bit for each. A word after a modifier ("has-sidebar", "with-rail") does not count; the
   * words of a class joined count too ("article-body" is "articlebody").
   */
  static int wordBits(String value) {
    int bits = 0;
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
          if (!modified) {
            bits |= listBits(word);
          }
          modified = MODIFIERS.contains(word);
          joined.append(word);
        }
        if (boundary) {
          if (joined.length() > 0) {
            bits |= listBits(joined.toString());
          }
          if (i < n && Character.isWhitespace(value.charAt(i))) {
            joined.setLength(0);
            modified = false;
          }
        }
        start = boundary ? i + 1 : i;
      }
    }
    return bits;
  }
}
