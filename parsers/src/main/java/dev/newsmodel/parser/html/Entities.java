package dev.newsmodel.parser.html;

import org.jsoup.parser.Parser;

/** Decodes HTML entities that pages leave in their metadata ("&#8217;", "&amp;"). */
final class Entities {
  private Entities() {}

  static String decode(String s) {
    return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
  }
}
