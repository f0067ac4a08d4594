package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Arrays;
import java.util.Set;

/**
 * Finds the reporting cues ({@link Cues}: "said", "told", "according to") in a run of tokens, the
 * first or the last, passing over a cue word used as a noun ("his claims"). Cue searches cover the
 * same tokens many times (each quote, each sentence, each cue tried), so in running text the
 * lexicon is asked once per token and the answer kept for the document.
 */
final class CueFinder {
  /** How the text searched is written, which decides whether a capitalised word may be a cue. */
  enum Casing {
    /** Running text: a capitalised word is no cue ("State" in "Secretary of State"). */
    RUNNING_TEXT,
    /** A headline, every word capitalised: "Lindsey Graham Says" holds a cue. */
    HEADLINE
  }

  private final Tokens tokens;
  private final Cues cues;
  private final QuoteWords quoteWords;

  /** Words after which a cue word is a noun: determiners, possessives, "of". */
  private final Set<String> nounMarkers;

  /** Cue lengths in running text by token, -1 where not yet looked up; made on first use. */
  private byte[] cueLengths;

  CueFinder(Tokens tokens, Cues cues, QuoteWords words) {
    this.tokens = tokens;
    this.cues = cues;
    this.quoteWords = words;
    this.nounMarkers = words.nounMarkers;
  }

  /** The first cue in tokens {@code [from, to)}, or null. */
  TokenRange first(int from, int to, Casing casing) {
    for (int i = from; i < to; i++) {
      int length = cueAt(i, to, casing);
      if (length > 0 && !nounUse(i)) {
        return new TokenRange(i, i + length);
      }
    }
    return null;
  }

  /** The last cue in tokens {@code [from, to)}, or null. */
  TokenRange last(int from, int to, Casing casing) {
    for (int i = to - 1; i >= from; i--) {
      int length = cueAt(i, to, casing);
      if (length > 0 && !nounUse(i)) {
        return new TokenRange(i, i + length);
      }
    }
    return null;
  }

  /** The length of the cue at token {@code i} within {@code [i, to)}, or 0. */
  private int cueAt(int i, int to, Casing casing) {
    if (casing == Casing.HEADLINE) {
      return cues.match(tokens, i, to, true);
    }
    if (cueLengths == null) {
      cueLengths = new byte[tokens.size()];
      Arrays.fill(cueLengths, (byte) -1);
    }
    int length = cueLengths[i];
    if (length < 0) {
      length = cues.match(tokens, i, tokens.size());
      cueLengths[i] = (byte) length;
    }
    return i + length <= to ? length : cues.match(tokens, i, to);
  }

  /**
   * Whether a cue word at token {@code i} is a noun here: after a determiner or a possessive ("his
   * claims", "Trump’s early-morning tweets").
   */
  private boolean nounUse(int i) {
    if (i == 0) {
      return false;
    }
    if (WordList.has(nounMarkers, tokens, i - 1) || possessiveEndsAt(i - 1)) {
      return true;
    }
    // "Trump’s early-morning tweets", "a flurry of late-night tweets": a hyphenated modifier
    return i > 2
        && tokens.text(i - 1).indexOf('-') > 0
        && (possessiveEndsAt(i - 2) || WordList.has(nounMarkers, tokens, i - 2));
  }

  /** Whether token {@code k} is a possessive "’s". */
  private boolean possessiveEndsAt(int k) {
    return quoteWords.isPossessiveEnding(tokens.lower(k));
  }
}
