package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import java.util.Locale;

/**
 * The text of one document with its token and sentence layers, as the quote finders read them, and
 * the small searches they share: the sentence an offset stands in, the next or previous token that
 * is a given word, the lower-case words of a run of tokens.
 */
record TextLayers(String text, Tokens tokens, Sentences sentences) {
  /** The sentence that starts last at or before character {@code offset}, or -1. */
  int sentenceOf(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.start(mid) <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The first token in {@code [from, to)} that is {@code word}, or -1. */
  int next(String word, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.is(i, word)) {
        return i;
      }
    }
    return -1;
  }

  /** The last token in {@code [from, to)} that is {@code word}, or -1. */
  int previous(String word, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (tokens.is(i, word)) {
        return i;
      }
    }
    return -1;
  }

  /** The text of tokens {@code range}, in lower case: a cue's words ("according to"). */
  String lowerCase(TokenRange range) {
    return text.substring(tokens.start(range.first()), tokens.end(range.end() - 1))
        .toLowerCase(Locale.ROOT);
  }
}
