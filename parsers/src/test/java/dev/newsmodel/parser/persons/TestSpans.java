package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;

/** Name spans and the English word lists for the tests of this package. */
final class TestSpans {
  private TestSpans() {}

  /** The persons stage's lists of the English bundle. */
  static final PersonWords WORDS = new PersonWords(Language.english());

  /** The name span of the words {@code name} where they first stand in {@code text}. */
  static ScannedSpan name(Tokens tokens, String text, String name) {
    int start = text.indexOf(name);
    int first = tokens.firstAtOrAfter(start);
    int end = tokens.firstAtOrAfter(start + name.length());
    return new ScannedSpan(
        ScannedSpan.Kind.NAME, first, end, 0, start, start + name.length(), name);
  }
}
