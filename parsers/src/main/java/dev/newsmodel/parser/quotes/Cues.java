package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/** The reporting cues: verbs with their inflections, and multi-word cues ("according to"). */
final class Cues {
  private Cues() {}

  private static final Set<String> CUES = WordList.loadLowerCase(Cues.class, "cues.txt");

  /** The first word of every cue: most tokens start none, and this says so at once. */
  private static final Set<String> FIRST_WORDS =
      WordList.tagged(WordList.copyOf(CUES.stream().map(cue -> cue.split(" ", 2)[0]).toList()));

  /**
   * The first two words of the cues of two or three words ("according to", "in a statement"), as
   * the hash codes of the two joined in a long, sorted: a phrase is built only when its first two
   * words may be a cue's ("in a" may, "in the" may not).
   */
  private static final long[] PHRASE_STARTS =
      CUES.stream()
          .filter(cue -> cue.indexOf(' ') > 0)
          .map(cue -> cue.split(" "))
          .mapToLong(words -> pair(words[0].hashCode(), words[1].hashCode()))
          .sorted()
          .distinct()
          .toArray();

  private static long pair(int firstHash, int secondHash) {
    return (long) firstHash << 32 | secondHash & 0xFFFFFFFFL;
  }

  /**
   * Whether tokens {@code i} and {@code i + 1} may start a cue phrase: their hashes are a cue's
   * first two words' (the phrase itself is then looked up).
   */
  private static boolean startsPhrase(Tokens tokens, int i) {
    long words = pair(tokens.lowerHash(i), tokens.lowerHash(i + 1));
    return java.util.Arrays.binarySearch(PHRASE_STARTS, words) >= 0;
  }

  /** Cues that introduce reported speech as a clause ("said that ..."). */
  static final Set<String> SPEECH =
      WordList.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "adds",
          "stated",
          "noted",
          "warned",
          "argued",
          "insisted",
          "explained",
          "claimed",
          "declared",
          "announced",
          "acknowledged",
          "admitted",
          "stressed",
          "suggested",
          "believes",
          "believed",
          "thinks",
          "thought",
          "wrote",
          "writes",
          "reported",
          "reports",
          "confirmed",
          "emphasized",
          "emphasised",
          "predicted",
          "promised",
          "vowed",
          "alleged",
          "asserted",
          "contended",
          "maintained",
          "insists",
          "argues",
          "warns",
          "notes",
          "claims",
          "denied",
          "denies",
          "hoped",
          "feared",
          "estimated",
          "indicated",
          "recalled",
          "revealed",
          "testified",
          "conceded",
          "cautioned",
          "countered",
          "concluded",
          "replied",
          "responded",
          "has learned",
          "have learned",
          "shows",
          "show",
          "showed",
          "found",
          "finds",
          "saying");

  /** The number of tokens of the cue starting at token {@code i}, or 0. */
  static int match(Tokens tokens, int i, int end) {
    return match(tokens, i, end, false);
  }

  /**
   * The number of tokens of the cue starting at token {@code i}, or 0; with {@code capitals}, a
   * capitalised cue counts too, as in a headline ("Lindsey Graham Says").
   */
  static int match(Tokens tokens, int i, int end, boolean capitals) {
    if (tokens.kind(i) != Tokens.WORD) {
      return 0;
    }
    if (!WordList.has(FIRST_WORDS, tokens, i)) {
      return 0;
    }
    if (!capitals
        && Character.isUpperCase(tokens.firstChar(i))
        && !tokens.lowerEquals(i, "according")) {
      return 0; // "State" in "Secretary of State" is no cue
    }
    boolean mayBePhrase = i + 1 < end && startsPhrase(tokens, i);
    for (int length = 3; length >= 2 && mayBePhrase; length--) {
      if (i + length <= end) {
        StringBuilder phrase = new StringBuilder(tokens.lower(i));
        boolean words = true;
        for (int k = 1; k < length; k++) {
          words &= tokens.kind(i + k) == Tokens.WORD;
          phrase.append(' ').append(tokens.lower(i + k));
        }
        if (words && CUES.contains(phrase.toString())) {
          return length;
        }
      }
    }
    if (i + 1 < end && tokens.is(i + 1, "up")) {
      return 0; // "they showed up to meet him": a phrasal verb, no cue
    }
    return WordList.has(CUES, tokens, i) ? 1 : 0;
  }

  static boolean isSpeech(String cue) {
    return SPEECH.contains(cue.toLowerCase(Locale.ROOT));
  }
}
