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
      TokenRange cue = startingAt(i, to, casing);
      if (cue != null) {
        return cue;
      }
    }
    return null;
  }

  /** The cue that starts at token {@code i} and ends by token {@code to}, or null. */
  TokenRange startingAt(int i, int to, Casing casing) {
    int length = cueAt(i, to, casing);
    return length > 0 && !nounUse(i) && reports(i, length) ? new TokenRange(i, i + length) : null;
  }

  /** The last cue in tokens {@code [from, to)}, or null. */
  TokenRange last(int from, int to, Casing casing) {
    for (int i = to - 1; i >= from; i--) {
      int length = cueAt(i, to, casing);
      if (length > 0 && !nounUse(i) && reports(i, length)) {
        return new TokenRange(i, i + length);
      }
    }
    return null;
  }

  /** Most tokens between a call ("calls on") and the infinitive of the act it calls for. */
  private static final int CALL_REACH = 10;

  /**
   * Whether the cue of {@code length} tokens at token {@code i} reports speech here: not before a
   * word that makes it another verb ("admitted to hospital", "reporting by", "cry foul") unless a
   * gerund follows ("admitted to lying"), and a call ("calls on") only with the infinitive of an
   * act after it.
   */
  private boolean reports(int i, int length) {
    int next = i + length;
    if (length == 1 && next < tokens.size() && tokens.kind(next) == Tokens.WORD) {
      String pair = tokens.lower(i) + " " + tokens.lower(next);
      if (quoteWords.cueBlockers.contains(pair) && !reportedAfter(next + 1)) {
        return false;
      }
    }
    if (length == 1 && WordList.has(quoteWords.clauseOnlyCues, tokens, i)) {
      // "charged that …", "“…,” he charged", "charged: “…”"; not "charged a neighbour"
      return reportedAfter(next) || nextToQuote(i);
    }
    String pair = length == 2 ? tokens.lower(i) + " " + tokens.lower(i + 1) : null;
    if (pair != null && quoteWords.asCues.contains(pair)) {
      return asClauseBefore(i); // "as the memo put it", not "she put it on the table"
    }
    if (pair != null && quoteWords.directiveCues.contains(pair)) {
      for (int k = next; k < Math.min(tokens.size(), next + CALL_REACH); k++) {
        if (tokens.kind(k) == Tokens.TERMINAL) {
          return false;
        }
        if (tokens.is(k, quoteWords.infinitiveMarker)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** Most tokens between "as" and the cue of its clause ("as a city hall memo put it"). */
  private static final int AS_REACH = 8;

  /** Whether "as" opens the clause of the cue at token {@code i}, within {@link #AS_REACH}. */
  private boolean asClauseBefore(int i) {
    for (int k = i - 1; k >= Math.max(0, i - AS_REACH); k--) {
      if (tokens.kind(k) == Tokens.QUOTE || tokens.is(k, ",")) {
        return false;
      }
      if (tokens.lowerEquals(k, quoteWords.asClause)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quote mark stands within three tokens before token {@code i}, or right after it. */
  private boolean nextToQuote(int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (tokens.kind(k) == Tokens.QUOTE) {
        return true;
      }
    }
    int next = i + 1;
    return next < tokens.size() && (tokens.kind(next) == Tokens.QUOTE || tokens.is(next, ":"));
  }

  /** Most tokens after a blocking word in which a gerund or a "that" keeps the cue. */
  private static final int CLAUSE_REACH = 6;

  /**
   * Whether what follows token {@code from} still reports something: a gerund right there
   * ("admitted to lying") or a "that" clause soon after ("admitted to reporters that …").
   */
  private boolean reportedAfter(int from) {
    if (from < tokens.size() && tokens.lower(from).endsWith(quoteWords.participleEnding)) {
      return true;
    }
    for (int k = from; k < Math.min(tokens.size(), from + CLAUSE_REACH); k++) {
      if (tokens.kind(k) == Tokens.TERMINAL) {
        return false;
      }
      if (tokens.is(k, quoteWords.thatClause)) {
        return true;
      }
    }
    return false;
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
