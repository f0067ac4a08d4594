package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/** The reporting cues: verbs with their inflections, and multi-word cues ("according to"). */
final class Cues {
  /** Cues that introduce reported speech as a clause ("said that ..."). */
  private final Set<String> speechCues;

  /** The one cue word that counts capitalised in running text ("According to"). */
  private final String capitalisedCue;

  /** A particle after a cue word that makes it a phrasal verb ("showed up"). */
  private final String phrasalParticle;

  /** The cues of {@code words}, lower case. */
  private final Set<String> cues;

  /** The first word of every cue: most tokens start none, and this says so at once. */
  private final Set<String> firstWords;

  /**
   * The first two words of the cues of two or three words ("according to", "in a statement"), as
   * the hash codes of the two joined in a long, sorted: a phrase is built only when its first two
   * words may be a cue's ("in a" may, "in the" may not).
   */
  private final long[] phraseStarts;

  /** The cues of {@code words}; made once per stage. */
  Cues(QuoteWords words) {
    this.speechCues = words.speechCues;
    this.capitalisedCue = words.capitalisedCue;
    this.phrasalParticle = words.phrasalParticle;
    this.cues = words.cues;
    this.firstWords = words.cueFirstWords;
    this.phraseStarts =
        cues.stream()
            .filter(cue -> cue.indexOf(' ') > 0)
            .map(cue -> cue.split(" "))
            .mapToLong(parts -> pair(parts[0].hashCode(), parts[1].hashCode()))
            .sorted()
            .distinct()
            .toArray();
  }

  private static long pair(int firstHash, int secondHash) {
    return (long) firstHash << 32 | secondHash & 0xFFFFFFFFL;
  }

  /**
   * Whether tokens {@code i} and {@code i + 1} may start a cue phrase: their hashes are a cue's
   * first two words' (the phrase itself is then looked up).
   */
  private boolean startsPhrase(Tokens tokens, int i) {
    long pair = pair(tokens.lowerHash(i), tokens.lowerHash(i + 1));
    return java.util.Arrays.binarySearch(phraseStarts, pair) >= 0;
  }

  /** The number of tokens of the cue starting at token {@code i}, or 0. */
  int match(Tokens tokens, int i, int end) {
    return match(tokens, i, end, false);
  }

  /**
   * The number of tokens of the cue starting at token {@code i}, or 0; with {@code capitals}, a
   * capitalised cue counts too, as in a headline ("Lindsey Graham Says").
   */
  int match(Tokens tokens, int i, int end, boolean capitals) {
    if (tokens.kind(i) != Tokens.WORD) {
      return 0;
    }
    if (!WordList.has(firstWords, tokens, i)) {
      return 0;
    }
    if (!capitals
        && Character.isUpperCase(tokens.firstChar(i))
        && !tokens.lowerEquals(i, capitalisedCue)) {
      return 0; // "State" in "Secretary of State" is no cue
    }
    boolean mayBePhrase = i + 1 < end && startsPhrase(tokens, i);
    for (int length = 3; length >= 2 && mayBePhrase; length--) {
      if (i + length <= end) {
        StringBuilder phrase = new StringBuilder(tokens.lower(i));
        boolean allWords = true;
        for (int k = 1; k < length; k++) {
          allWords &= tokens.kind(i + k) == Tokens.WORD;
          phrase.append(' ').append(tokens.lower(i + k));
        }
        if (allWords && cues.contains(phrase.toString())) {
          return length;
        }
      }
    }
    if (i + 1 < end && tokens.is(i + 1, phrasalParticle)) {
      return 0; // "they showed up to meet him": a phrasal verb, no cue
    }
    return WordList.has(cues, tokens, i) ? 1 : 0;
  }

  /** Whether {@code cue} introduces reported speech as a clause ("said that ..."). */
  boolean isSpeech(String cue) {
    return speechCues.contains(cue.toLowerCase(Locale.ROOT));
  }
}
