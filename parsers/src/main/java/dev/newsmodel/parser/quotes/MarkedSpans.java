package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Tokens;
import java.util.BitSet;
import java.util.List;

/**
 * The characters that quotes in marks cover, as reported speech without marks reads them: which
 * sentences are mostly a quote (a statement and its attribution, left to the quotes in marks), and
 * how many words of a stretch lie outside every quote (reported speech holding a partial quote has
 * words of its own).
 */
final class MarkedSpans {
  private final TextLayers layers;
  private final List<QuoteDraft> marked;

  /** The quotes {@code marked} (in text order) of the text of {@code layers}. */
  MarkedSpans(TextLayers layers, List<QuoteDraft> marked) {
    this.layers = layers;
    this.marked = marked;
  }

  /**
   * The sentences that hold a whole statement in marks (a direct quote) or at least half of whose
   * characters lie inside quotes.
   */
  BitSet mostlyQuoted() {
    BitSet quoted = new BitSet();
    int[] covered = new int[layers.sentences().size()];
    for (QuoteDraft quote : marked) {
      int first = Math.max(0, layers.sentenceOf(quote.start));
      int last = Math.max(first, layers.sentenceOf(Math.max(quote.start, quote.end - 1)));
      for (int s = first; s <= last; s++) {
        if (quote.kind == QuoteKind.DIRECT) {
          quoted.set(s);
        }
        int from = Math.max(quote.start, layers.sentences().start(s));
        int to = Math.min(quote.end, layers.sentences().end(s));
        covered[s] += Math.max(0, to - from);
      }
    }
    for (int s = 0; s < covered.length; s++) {
      int length = layers.sentences().end(s) - layers.sentences().start(s);
      if (covered[s] > 0 && 2 * covered[s] >= length) {
        quoted.set(s);
      }
    }
    return quoted;
  }

  /** Whether characters {@code [start, end)} overlap a quote. */
  boolean overlaps(int start, int end) {
    int q = firstEndingAfter(start);
    return q < marked.size() && marked.get(q).start < end;
  }

  /**
   * The index of the first quote that ends after character {@code at}: the quotes do not overlap,
   * so their ends rise with their starts and a binary search finds it.
   */
  private int firstEndingAfter(int at) {
    int lo = 0;
    int hi = marked.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marked.get(mid).end <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of word tokens in characters {@code [start, end)} outside every quote. */
  int wordsOutside(int start, int end) {
    Tokens tokens = layers.tokens();
    int count = 0;
    int q = firstEndingAfter(start);
    for (int i = tokens.firstAtOrAfter(start); i < tokens.size() && tokens.start(i) < end; i++) {
      int at = tokens.start(i);
      while (q < marked.size() && marked.get(q).end <= at) {
        q++;
      }
      boolean inside = q < marked.size() && marked.get(q).start <= at;
      if (!inside && tokens.kind(i) == Tokens.WORD) {
        count++;
      }
    }
    return count;
  }
}
