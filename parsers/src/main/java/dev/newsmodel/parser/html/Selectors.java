package dev.newsmodel.parser.html;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The CSS selectors the reader uses, parsed once: jsoup parses a selector string on every call. */
final class Selectors {
  private Selectors() {}

  static final Evaluator LINK = QueryParser.parse("a[href]");
  static final Evaluator A = QueryParser.parse("a");
  static final Evaluator TR = QueryParser.parse("tr");
  static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
}
