package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Locale;
import java.util.Set;

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

  /** Slots looked at before a word counts as not kept; a half-full table rarely needs more. */
  private static final int MAX_PROBES = 16;

  /** The bits of {@code word}, as written (worked out afresh: the memo serves tokens). */
  static int flags(String word) {
    return compute(word);
  }

  /** The bits of token {@code i}, as written; its string is made only the first time it is seen. */
  static int flags(Tokens tokens, int i) {
    return MEMO.flags(tokens, i);
  }

  private static final Memo MEMO = new Memo(MEMO_LIMIT);

  /**
   * The bits of the words met so far, by the hash of their lower case (which the tokenizer made)
   * and compared with the token's characters as written. A slot is one long, hash, bits and where
   * the word's characters lie in a shared pool of chunks; a look-up reads the slot and the
   * characters, two places in memory, where a table of objects reads four (slot, entry, string,
   * bytes). Thread-safe: a word's characters are written before its slot is published (release),
   * read after the slot is (acquire); slots and characters are only ever added.
   */
  static final class Memo {
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;

    /** Longest word kept; a longer one is worked out each time it is met. */
    static final int MAX_WORD = 64;

    private final long[] slots;
    private final int mask;
    private final int limit;
    private final char[][] chunks;
    private int size; // guarded by this
    private int pooled = 1; // guarded by this; offset 0 is never used, so no slot is 0

    Memo(int limit) {
      this.limit = limit;
      this.slots = new long[2 * limit];
      this.mask = slots.length - 1;
      this.chunks = new char[(limit * (MAX_WORD + 1) >> CHUNK_BITS) + 2][];
    }

    int flags(Tokens tokens, int i) {
      int hash = tokens.lowerHash(i);
      int length = tokens.end(i) - tokens.start(i);
      int slot = spread(hash) & mask;
      for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
        long entry = (long) SLOTS.getAcquire(slots, slot);
        if (entry == 0) {
          break;
        }
        if ((int) (entry >>> 32) == hash) {
          int offset = (int) entry & 0xFFFFFF;
          char[] chunk = chunks[offset >>> CHUNK_BITS];
          int at = offset & (CHUNK - 1);
          if (chunk[at] == length && tokens.is(i, chunk, at + 1)) {
            return (int) (entry >>> 24) & 0xFF;
          }
        }
      }
      String word = tokens.text(i);
      int flags = compute(word);
      if (length <= MAX_WORD) {
        remember(word, hash, flags);
      }
      return flags;
    }

    private synchronized void remember(String word, int hash, int flags) {
      if (size >= limit) {
        return; // full: looked up afresh from now on
      }
      int slot = spread(hash) & mask;
      for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
        long entry = slots[slot]; // writes hold the lock: plain reads see them all
        if (entry == 0) {
          SLOTS.setRelease(slots, slot, (long) hash << 32 | (long) flags << 24 | pool(word));
          size++;
          return;
        }
        if ((int) (entry >>> 32) == hash && sameWord(entry, word)) {
          return; // another thread kept it first
        }
      }
    }

    /** Copies {@code word} into the pool, after its length; returns where it starts. */
    private int pool(String word) {
      int need = word.length() + 1;
      if ((pooled & (CHUNK - 1)) + need > CHUNK) {
        pooled = (pooled | (CHUNK - 1)) + 1; // a word never straddles two chunks
      }
      int offset = pooled;
      char[] chunk = chunks[offset >>> CHUNK_BITS];
      if (chunk == null) {
        chunk = chunks[offset >>> CHUNK_BITS] = new char[CHUNK];
      }
      int at = offset & (CHUNK - 1);
      chunk[at] = (char) word.length();
      word.getChars(0, word.length(), chunk, at + 1);
      pooled += need;
      return offset;
    }

    private boolean sameWord(long entry, String word) {
      int offset = (int) entry & 0xFFFFFF;
      char[] chunk = chunks[offset >>> CHUNK_BITS];
      int at = offset & (CHUNK - 1);
      if (chunk[at] != word.length()) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        if (chunk[at + 1 + k] != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
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
