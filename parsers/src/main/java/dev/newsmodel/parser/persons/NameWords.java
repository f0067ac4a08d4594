package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordHash;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * What the word lists say of a capitalised word, whatever stands around it, as bits: whether it can
 * never be part of a name ("The", "NATO"), can be one only in some company ("Christian" of "Heinz
 * Christian Strache"), or needs a look at its neighbours ("St" before a full stop). Names repeat
 * within an article and across articles, so the answer is kept for the commonest words: a
 * thread-safe memo of bounded size, one for each persons stage (made with it, never shared across
 * stages).
 */
final class NameWords {
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

  /** Every bit above: the memo keeps them in {@link Memo#FLAG_BITS} bits of a slot. */
  static final int ALL_FLAGS =
      NEVER
          | DEMONYM
          | NOT_ALONE
          | ABBREVIATION
          | DOTTED_TITLE
          | GERUND
          | HEADLINE_VERB
          | ORGANISATION;

  static {
    if ((ALL_FLAGS & ~Memo.FLAG_MASK) != 0) {
      throw new IllegalStateException(
          "the flags " + Integer.toBinaryString(ALL_FLAGS) + " outgrow the memo's slot");
    }
  }

  /** Most words the memo keeps: a table twice this size stays at most half full. */
  static final int MEMO_LIMIT = 65_536;

  /** Slots looked at before a word counts as not kept; a half-full table rarely needs more. */
  private static final int MAX_PROBES = 16;

  private final PersonWords words;
  private final Memo memo;

  /** The bits of the lists of {@code words}, with a memo of its own. */
  NameWords(PersonWords words) {
    this.words = words;
    this.memo = new Memo(MEMO_LIMIT, this::compute);
  }

  /** The bits of {@code word}, as written (worked out afresh: the memo serves tokens). */
  int flags(String word) {
    return compute(word);
  }

  /** The bits of token {@code i}, as written; its string is made only the first time it is seen. */
  int flags(Tokens tokens, int i) {
    return memo.flags(tokens, i);
  }

  /**
   * The bits of the words met so far, by the hash of their lower case (which the tokenizer made)
   * and compared with the token's characters as written. A slot is one long, hash (32 bits), bits
   * ({@link #FLAG_BITS}) and where the word's characters lie in a pool of chunks ({@link
   * #OFFSET_BITS}); a look-up reads the slot and the characters, two places in memory, where a
   * table of objects reads four (slot, entry, string, bytes). A word whose bits or place would not
   * fit its field is not kept (worked out each time it is met) rather than kept wrong. Thread-safe:
   * a word's characters are written before its slot is published (release), read after the slot is
   * (acquire); slots and characters are only ever added.
   */
  static final class Memo {
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;

    /** Bits of a slot for a word's flags, above its offset. */
    static final int FLAG_BITS = 8;

    static final int FLAG_MASK = (1 << FLAG_BITS) - 1;

    /** Bits of a slot for where a word lies in the pool: offsets stay below 2^24. */
    static final int OFFSET_BITS = 24;

    static final int OFFSET_LIMIT = 1 << OFFSET_BITS;

    private static final int OFFSET_MASK = OFFSET_LIMIT - 1;

    /** Longest word kept; a longer one is worked out each time it is met. */
    static final int MAX_WORD = 64;

    private final ToIntFunction<String> compute;
    private final long[] slots;
    private final int mask;
    private final int limit;
    private final int poolLimit;
    private final char[][] chunks;
    private int size; // guarded by this
    private int pooled = 1; // guarded by this; offset 0 is never used, so no slot is 0

    /** A memo of at most {@code limit} (a power of two) words of the bits {@code compute} tells. */
    Memo(int limit, ToIntFunction<String> compute) {
      this(limit, OFFSET_LIMIT, compute);
    }

    /**
     * A memo whose pool holds at most {@code poolLimit} characters (at most {@link #OFFSET_LIMIT},
     * lengths included): tests make it small to see a full pool.
     */
    Memo(int limit, int poolLimit, ToIntFunction<String> compute) {
      if (limit < 1 || Integer.bitCount(limit) != 1) {
        throw new IllegalArgumentException("memo limit not a power of two: " + limit);
      }
      if (poolLimit < 1 || poolLimit > OFFSET_LIMIT) {
        throw new IllegalArgumentException(
            "pool limit out of 1.." + OFFSET_LIMIT + ": " + poolLimit);
      }
      this.compute = compute;
      this.limit = limit;
      this.slots = new long[2 * limit];
      this.mask = slots.length - 1;
      long needed = ((long) limit * (MAX_WORD + 1) >> CHUNK_BITS) + 2;
      long allowed = ((long) poolLimit + CHUNK - 1) >> CHUNK_BITS;
      this.chunks = new char[(int) Math.min(needed, allowed)][];
      this.poolLimit = poolLimit;
    }

    int flags(Tokens tokens, int i) {
      int hash = tokens.lowerHash(i);
      int length = tokens.end(i) - tokens.start(i);
      int slot = WordHash.slot(WordHash.spread(hash), mask);
      for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
        long entry = (long) SLOTS.getAcquire(slots, slot);
        if (entry == 0) {
          break;
        }
        if ((int) (entry >>> 32) == hash) {
          int offset = (int) entry & OFFSET_MASK;
          char[] chunk = chunks[offset >>> CHUNK_BITS];
          int at = offset & (CHUNK - 1);
          if (chunk[at] == length && tokens.is(i, chunk, at + 1)) {
            return (int) (entry >>> OFFSET_BITS) & FLAG_MASK;
          }
        }
      }
      String word = tokens.text(i);
      int flags = compute.applyAsInt(word);
      if (length <= MAX_WORD) {
        remember(word, hash, flags);
      }
      return flags;
    }

    /** How many words the memo keeps. */
    synchronized int size() {
      return size;
    }

    private synchronized void remember(String word, int hash, int flags) {
      if (size >= limit || (flags & ~FLAG_MASK) != 0) {
        return; // full, or bits that a slot cannot hold: looked up afresh from now on
      }
      int slot = WordHash.slot(WordHash.spread(hash), mask);
      for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
        long entry = slots[slot]; // writes hold the lock: plain reads see them all
        if (entry == 0) {
          int offset = pool(word);
          if (offset < 0) {
            return; // the pool is full
          }
          SLOTS.setRelease(slots, slot, (long) hash << 32 | (long) flags << OFFSET_BITS | offset);
          size++;
          return;
        }
        if ((int) (entry >>> 32) == hash && sameWord(entry, word)) {
          return; // another thread kept it first
        }
      }
    }

    /**
     * Copies {@code word} into the pool, after its length; returns where it starts, below {@link
     * #OFFSET_LIMIT}, or -1 when the pool has no room left for it.
     */
    private int pool(String word) {
      int need = word.length() + 1;
      int offset = pooled;
      if ((offset & (CHUNK - 1)) + need > CHUNK) {
        offset = (offset | (CHUNK - 1)) + 1; // a word never straddles two chunks
      }
      if ((long) offset + need > poolLimit
          || offset >= OFFSET_LIMIT
          || offset >>> CHUNK_BITS >= chunks.length) {
        return -1;
      }
      char[] chunk = chunks[offset >>> CHUNK_BITS];
      if (chunk == null) {
        chunk = chunks[offset >>> CHUNK_BITS] = new char[CHUNK];
      }
      int at = offset & (CHUNK - 1);
      chunk[at] = (char) word.length();
      word.getChars(0, word.length(), chunk, at + 1);
      pooled = offset + need;
      return offset;
    }

    private boolean sameWord(long entry, String word) {
      int offset = (int) entry & OFFSET_MASK;
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
  }

  private int compute(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int flags = 0;
    if (word.length() >= 2 && isAllCaps(word)
        || words.notNames.contains(lower)
        || words.leadingAdverbs.contains(lower)
        || isPrefixedCompound(word)) {
      flags |= NEVER;
    }
    if (words.demonyms.contains(word)) {
      flags |= DEMONYM;
    }
    String plural = words.pluralSuffix;
    if (word.endsWith(plural)
            && words.demonyms.contains(word.substring(0, word.length() - plural.length()))
        || words.gazetteer.hasPlace(word)
        || words.gazetteer.hasLowerOrganisationWord(lower)
        || words.isLowerTitle(lower)
        || lower.endsWith(plural)
            && words.isLowerTitle(lower.substring(0, lower.length() - plural.length()))) {
      flags |= NOT_ALONE; // "Cubans", "Beijing", "Institute", "Minister", "Officers"
    }
    if (words.gazetteer.hasLowerOrganisationWord(lower)) {
      flags |= ORGANISATION;
    }
    if (words.placeAbbreviations.contains(word)) {
      flags |= ABBREVIATION;
    }
    if (words.dottedTitles.contains(lower)) {
      flags |= DOTTED_TITLE;
    }
    if (word.endsWith(words.gerundSuffix) && word.length() > 5 && !GivenNames.contains(word)) {
      flags |= GERUND;
    }
    if (words.headlineVerbs.contains(lower)) {
      flags |= HEADLINE_VERB;
    }
    return flags;
  }

  /**
   * "Anti-IS", "Re-election", "T-shirt": a prefix or a single letter before a hyphen. "Ki-moon" and
   * "Ing-wen" are names.
   */
  private boolean isPrefixedCompound(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen <= 0) {
      return false;
    }
    if (words.wordPrefixes.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return hyphen == 1 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(2));
  }

  /** Whether a word has no lower-case letter: "NATO", "UN". */
  static boolean isAllCaps(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLowerCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
