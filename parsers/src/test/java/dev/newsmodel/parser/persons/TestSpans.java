package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;

/** Name spans for the tests of this package. */
final class TestSpans {
  private TestSpans() {}

  /** The name span of the words {@code name} where they first stand in {@code text}. */
  static Span name(Tokens tokens, String text, String name) {
    int start = text.indexOf(name);
    int first = tokens.firstAtOrAfter(start);
    int end = tokens.firstAtOrAfter(start + name.length());
    return new Span(Span.Kind.NAME, first, end, 0, start, start + name.length(), name);
  }
}
