package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;

/**
 * Tokens {@code [first, end)} of a document's token layer: a cue or a speaker phrase while it is
 * looked for. Kept apart from {@link CharRange}, the characters a quote finally stores.
 */
record TokenRange(int first, int end) {
  /** The characters these tokens cover, from the first one's start to the last one's end. */
  CharRange chars(Tokens tokens) {
    return new CharRange(tokens.start(first), tokens.end(end - 1));
  }
}
