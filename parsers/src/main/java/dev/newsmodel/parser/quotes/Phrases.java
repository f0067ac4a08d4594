package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/** Finds the noun phrase next to a cue: the speaker before "said", or after "said", "told". */
final class Phrases {
  private Phrases() {}

  private static final int MAX_WORDS = 8;

  /** Words that never belong to a speaker's noun phrase. */
  private static final Set<String> STOPS =
      WordList.of(
          "that",
          "which",
          "who",
          "whom",
          "and",
          "but",
          "or",
          "as",
          "while",
          "when",
          "because",
          "if",
          "then",
          "after",
          "before",
          "since",
          "to",
          "in",
          "on",
          "at",
          "for",
          "with",
          "by",
          "from",
          "than",
          "not",
          "also",
          "has",
          "have",
          "had",
          "was",
          "were",
          "is",
          "are",
          "be",
          "been",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "can",
          "did",
          "does",
          "do",
          "it",
          "there",
          "thus",
          "so",
          "however",
          "later",
          "earlier",
          "then",
          "yesterday",
          "today",
          "tomorrow",
          "during",
          "about",
          "into",
          "over",
          "under",
          "against",
          "told",
          "said",
          "says",
          "added",
          "what",
          "why",
          "how",
          "where",
          "once",
          "again",
          "still",
          "just",
          "now",
          "only",
          "even",
          "already",
          "publicly",
          "privately",
          "repeatedly",
          "recently",
          "reportedly",
          "previously",
          "initially",
          "finally");

  private static final Set<String> DETERMINERS =
      WordList.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
          "another", "one", "some", "many", "several", "two", "three");

  private static final Set<String> ADVERBS =
      WordList.of(
          "then",
          "also",
          "later",
          "again",
          "previously",
          "repeatedly",
          "reportedly",
          "further",
          "once",
          "never",
          "always",
          "often",
          "recently",
          "publicly",
          "privately",
          "quickly",
          "immediately",
          "simply",
          "just",
          "had",
          "has",
          "have",
          "would",
          "will",
          "is",
          "are",
          "was",
          "were");

  /** Moves back over adverbs and auxiliaries before a verb: "Wang [then] told". */
  static int skipAdverbs(Tokens tokens, int bound, int verb) {
    int i = verb;
    while (i > bound
        && tokens.kind(i - 1) == Tokens.WORD
        && ADVERBS.contains(lower(tokens, i - 1))) {
      i--;
    }
    return i;
  }

  /** Words after which a cue comes before its subject: "Thus said the diplomat". */
  static boolean isInversion(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("thus") || lower.equals("so") || lower.equals("here");
  }

  /** The phrase that ends just before token {@code end}: {first, end} tokens, or null. */
  static int[] before(Tokens tokens, int sentenceFirst, int end) {
    int i = end;
    int words = 0;
    while (i > sentenceFirst && words < MAX_WORDS) {
      int prev = i - 1;
      if (!isPhraseToken(tokens, prev)) {
        break;
      }
      i = prev;
      words++;
      if (DETERMINERS.contains(lower(tokens, prev))) {
        break; // a determiner opens the phrase
      }
    }
    return i < end && hasContent(tokens, i, end) ? new int[] {i, end} : null;
  }

  /** The phrase that starts at token {@code start}: {start, end} tokens, or null. */
  static int[] after(Tokens tokens, int start, int sentenceEnd) {
    int i = start;
    int words = 0;
    while (i < sentenceEnd && words < MAX_WORDS && isPhraseToken(tokens, i)) {
      if (words > 0 && DETERMINERS.contains(lower(tokens, i))) {
        break;
      }
      i++;
      words++;
    }
    return i > start && hasContent(tokens, start, i) ? new int[] {start, i} : null;
  }

  private static boolean isPhraseToken(Tokens tokens, int i) {
    if (tokens.kind(i) != Tokens.WORD) {
      return false;
    }
    String lower = lower(tokens, i);
    if (lower.equals("of")) {
      return true; // "Secretary of State"
    }
    boolean adverb = lower.endsWith("ly") && !Character.isUpperCase(tokens.firstChar(i));
    return !STOPS.contains(lower) && !adverb && Cues.match(tokens, i, i + 1) == 0;
  }

  private static boolean hasContent(Tokens tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String lower = lower(tokens, i);
      if (!DETERMINERS.contains(lower) && !lower.equals("of")) {
        return !lower(tokens, to - 1).equals("of");
      }
    }
    return false;
  }

  private static String lower(Tokens tokens, int i) {
    return tokens.lower(i);
  }
}
