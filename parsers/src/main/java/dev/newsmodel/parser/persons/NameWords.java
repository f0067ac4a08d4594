package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the word lists say of a capitalised word, whatever stands around it, as bits: whether it can
 * never be part of a name ("The", "NATO"), can be one only in some company ("Christian" of "Heinz
 * Christian Strache"), or needs a look at its neighbours ("St" before a full stop). Names repeat
 * within an article and across articles, so the answer is kept for the commonest words: a
 * thread-safe memo of bounded size.
 */
final class NameWords {
  private NameWords() {}

  /** Never part of a name: function words, capitals-only words, prefixed compounds. */
  static final int NEVER = 1;

  /** A demonym: a name word only between a given name and a family name. */
  static final int DEMONYM = 1 << 1;

  /** A place, an organisation word, a title or a plural: not a name word on its own. */
  static final int NOT_ALONE = 1 << 2;

  /** An abbreviation of a place that stands before a full stop: "St.", "Calif.". */
  static final int ABBREVIATION = 1 << 3;

  /** A title written with a full stop: "Gov.", "Sen.". */
  static final int DOTTED_TITLE = 1 << 4;

  /** A long "-ing" word that is no given name: "Nominating" before a name opens a headline. */
  static final int GERUND = 1 << 5;

  /** A verb that title-case headlines capitalise after a name: "Calls", "Meets". */
  static final int HEADLINE_VERB = 1 << 6;

  /** A word that marks an organisation: "Institute", "Party". */
  static final int ORGANISATION = 1 << 7;

  /** Most words the memo keeps: a table twice this size stays at most half full. */
  static final int MEMO_LIMIT = 65_536;

  private static final int MEMO_MASK = 2 * MEMO_LIMIT - 1;

  /** Slots looked at before a word counts as not kept; a half-full table rarely needs more. */
  private static final int MAX_PROBES = 16;

  /** A word and its bits, immutable, so that a slot's entry can be read by any thread. */
  private record Entry(String word, int hash, int flags) {}

  // Open addressing in an AtomicReferenceArray: a word is looked up by its hash and compared with
  // the token's characters in place, so a known word costs no string; entries are only ever added
  // (compare-and-set into an empty slot), never changed or removed.
  private static final AtomicReferenceArray<Entry> MEMO = new AtomicReferenceArray<>(MEMO_MASK + 1);
  private static final AtomicInteger MEMO_SIZE = new AtomicInteger();

  /** The bits of {@code word}, as written. */
  static int flags(String word) {
    int hash = word.hashCode();
    int slot = spread(hash);
    for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & MEMO_MASK) {
      Entry entry = MEMO.get(slot);
      if (entry == null) {
        break;
      }
      if (entry.hash == hash && entry.word.equals(word)) {
        return entry.flags;
      }
    }
    return remember(word, hash);
  }

  /** The bits of token {@code i}, as written; its string is made only the first time it is seen. */
  static int flags(Tokens tokens, int i) {
    int hash = tokens.textHash(i);
    int slot = spread(hash);
    for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & MEMO_MASK) {
      Entry entry = MEMO.get(slot);
      if (entry == null) {
        break;
      }
      if (entry.hash == hash && tokens.is(i, entry.word)) {
        return entry.flags;
      }
    }
    return remember(tokens.text(i), hash);
  }

  private static int spread(int hash) {
    return (hash ^ (hash >>> 16)) & MEMO_MASK;
  }

  private static int remember(String word, int hash) {
    int flags = compute(word);
    if (MEMO_SIZE.get() >= MEMO_LIMIT) {
      return flags; // full: looked up afresh from now on
    }
    Entry entry = new Entry(word, hash, flags);
    int slot = spread(hash);
    for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & MEMO_MASK) {
      if (MEMO.get(slot) == null && MEMO.compareAndSet(slot, null, entry)) {
        MEMO_SIZE.incrementAndGet();
        break; // two threads may keep the same word twice: harmless, both hold its bits
      }
    }
    return flags;
  }

  private static int compute(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int flags = 0;
    if (word.length() >= 2 && Scanner.isAllCaps(word)
        || Lexicon.NOT_NAMES.contains(lower)
        || LEADING_ADVERBS.contains(lower)
        || isPrefixedCompound(word)) {
      flags |= NEVER;
    }
    if (Lexicon.DEMONYMS.contains(word)) {
      flags |= DEMONYM;
    }
    if (word.endsWith("s") && Lexicon.DEMONYMS.contains(word.substring(0, word.length() - 1))
        || Gazetteer.isPlace(word)
        || Gazetteer.isLowerOrganisationWord(lower)
        || Lexicon.isLowerTitle(lower)
        || lower.endsWith("s") && Lexicon.isLowerTitle(lower.substring(0, lower.length() - 1))) {
      flags |= NOT_ALONE; // "Cubans", "Beijing", "Institute", "Minister", "Officers"
    }
    if (Gazetteer.isLowerOrganisationWord(lower)) {
      flags |= ORGANISATION;
    }
    if (ABBREVIATIONS.contains(word)) {
      flags |= ABBREVIATION;
    }
    if (Lexicon.DOTTED_TITLES.contains(lower)) {
      flags |= DOTTED_TITLE;
    }
    if (word.endsWith("ing") && word.length() > 5 && !GivenNames.contains(word)) {
      flags |= GERUND;
    }
    if (HEADLINE_VERBS.contains(lower)) {
      flags |= HEADLINE_VERB;
    }
    return flags;
  }

  /**
   * "Anti-IS", "Re-election", "T-shirt": a prefix or a single letter before a hyphen. "Ki-moon" and
   * "Ing-wen" are names.
   */
  private static boolean isPrefixedCompound(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen <= 0) {
      return false;
    }
    if (WORD_PREFIXES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return hyphen == 1 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(2));
  }

  /** Abbreviations of places and saints that stand before a full stop. */
  private static final Set<String> ABBREVIATIONS =
      WordList.of(
          "St", "Mt", "Ft", "Mass", "Calif", "Fla", "Ga", "Va", "Pa", "Wash", "Conn", "Ariz",
          "Colo", "Mich", "Minn", "Tenn", "Ky", "La", "Md", "Ala", "Okla", "Wis", "Nev", "Ore",
          "Kan", "Neb", "Miss", "Ill", "Ind", "Tex", "Del", "Ave", "Blvd", "Co", "Inc", "Corp");

  /** Prefixes of hyphenated English words. */
  private static final Set<String> WORD_PREFIXES =
      WordList.of(
          "re", "co", "pre", "non", "anti", "self", "ex", "post", "mid", "pro", "multi", "semi",
          "long", "short", "high", "low", "well", "all", "half", "cross", "year", "day", "first");

  /** Adverbs that open a sentence before a name. */
  private static final Set<String> LEADING_ADVERBS =
      WordList.of(
          "certainly",
          "clearly",
          "surely",
          "perhaps",
          "maybe",
          "indeed",
          "meanwhile",
          "nonetheless",
          "nevertheless",
          "however",
          "moreover",
          "instead",
          "still");

  /** Verbs that headlines capitalise right after a name. */
  private static final Set<String> HEADLINE_VERBS =
      WordList.loadLowerCase(Scanner.class, "headline-verbs.txt");
}
