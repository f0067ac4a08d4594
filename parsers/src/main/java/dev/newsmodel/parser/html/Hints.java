package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.WordHash;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about it: content, or page boilerplate. */
final class Hints {
  private Hints() {}

  // The hint words are a markup convention, not a language's words: read once for the JVM from
  // dev/newsmodel/parser/html/, the same for every parser, so that the memo below may be too.

  /** Words in class or id that mark boilerplate. */
  private static final Set<String> NEGATIVE = list("class-hints-negative.txt");

  /** Words in class or id that mark article content. */
  private static final Set<String> POSITIVE = list("class-hints-positive.txt");

  /** Words that mark a block of links to other articles, kept as related links. */
  private static final Set<String> RELATED = list("class-hints-related.txt");

  /** Words that make the next word a modifier: "has-sidebar" is not a sidebar. */
  private static final Set<String> MODIFIERS = list("class-hints-modifiers.txt");

  private static Set<String> list(String name) {
    return WordList.load(Hints.class, name);
  }

  private static final int NEGATIVE_BIT = 1;
  private static final int POSITIVE_BIT = 2;
  private static final int RELATED_BIT = 4;

  /** A class that hides its element on some screen ({@link HiddenClasses}). */
  private static final int HIDDEN_BIT = 16;

  /**
   * The hint bits of class and id values seen lately on this thread: pages repeat the same few
   * class names on many elements, and each stage asks about the same elements. A direct-mapped
   * table, so that remembering allocates nothing: most values are seen once, and a map's entry for
   * each cost more than the look-up saved. Per thread, so that it needs no lock (parsers are shared
   * by threads); JVM-wide, as the hint lists are the same for every parser.
   */
  private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

  /** Slots of the table of values seen; a value takes the slot of its hash. */
  private static final int SEEN_SLOTS = 4096;

  private static final class Seen {
    final String[] values = new String[SEEN_SLOTS];
    final int[] bits = new int[SEEN_SLOTS];
  }

  static boolean isNegative(Element element) {
    return isNegative(bits(element));
  }

  static boolean isNegative(int bits) {
    return (bits & NEGATIVE_BIT) != 0;
  }

  static boolean isPositive(Element element) {
    return isPositive(bits(element));
  }

  static boolean isPositive(int bits) {
    return (bits & POSITIVE_BIT) != 0;
  }

  static boolean isRelated(Element element) {
    return isRelated(bits(element));
  }

  static boolean isRelated(int bits) {
    return (bits & RELATED_BIT) != 0;
  }

  /** Whether the class hides the element on some screen: a utility or responsive class. */
  static boolean isHidden(int bits) {
    return (bits & HIDDEN_BIT) != 0;
  }

  /** The hint bits of the element's class and id: test them with the {@code is…} methods. */
  static int bits(Element element) {
    if (element.attributesSize() == 0) {
      return 0;
    }
    return bits(element.className(), element.id());
  }

  /** The hint bits of a class value (trimmed) and an id, read from the element by the caller. */
  static int bits(String className, String id) {
    // Hidden-layout names are class names (HiddenClasses): an id such as "hidden" hides nothing.
    return bits(className) | bits(id) & ~HIDDEN_BIT;
  }

  private static int bits(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    Seen seen = SEEN.get();
    int hash = value.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (SEEN_SLOTS - 1);
    String kept = seen.values[slot];
    if (value == kept) {
      return seen.bits[slot]; // the same element asked again, by another stage
    }
    if (value.equals(kept)) {
      // The string of this page's element from now on: the next stage to ask about it finds it
      // by reference, and no string of an earlier page is read again.
      seen.values[slot] = value;
      return seen.bits[slot];
    }
    int bits = wordBits(value) | (HiddenClasses.hides(value) ? HIDDEN_BIT : 0);
    seen.values[slot] = value;
    seen.bits[slot] = bits;
    return bits;
  }

  /** Readability-style class weight: +25 for content hints, -25 for boilerplate hints. */
  static int weight(Element element) {
    int weight = 0;
    int bits = bits(element);
    if ((bits & POSITIVE_BIT) != 0) {
      weight += 25;
    }
    if ((bits & NEGATIVE_BIT) != 0) {
      weight -= 25;
    }
    return weight;
  }

  private static final int LIST_BITS = NEGATIVE_BIT | POSITIVE_BIT | RELATED_BIT;
  private static final int MODIFIER_BIT = 8;

  /** Every hint word with its bits, for look-ups that compare in place and make no string. */
  private static final WordBits TABLE = new WordBits();

  /**
   * The hint lists that {@code value}, split into words at non-letters and camel case, holds a word
   * of: a bit for each. A word after a modifier ("has-sidebar", "with-rail") does not count; the
   * words of a class joined count too ("article-body" is "articlebody"). Words are hashed as they
   * are read and compared in place: class names are many, and most hold no hint word.
   */
  static int wordBits(String value) {
    int bits = 0;
    int n = value.length();
    int start = 0;
    boolean modified = false;
    int wordHash = 0;
    int joinedHash = 0;
    int joinedFrom = 0;
    boolean ascii = true; // of the word; a hint word is ASCII
    boolean joinedAscii = true;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? value.charAt(i) : ' ';
      boolean boundary = i == n || !Character.isLetterOrDigit(c);
      boolean camel =
          i > start
              && !boundary
              && Character.isUpperCase(c)
              && Character.isLowerCase(value.charAt(i - 1));
      if (boundary || camel) {
        if (i > start) {
          int word = ascii ? TABLE.bits(value, start, i, wordHash, false) : 0;
          if (!modified) {
            bits |= word & LIST_BITS;
          }
          modified = (word & MODIFIER_BIT) != 0;
        }
        if (boundary) {
          if (i > joinedFrom && joinedAscii) {
            bits |= TABLE.bits(value, joinedFrom, i, joinedHash, true) & LIST_BITS;
          }
          if (i < n && Character.isWhitespace(c)) {
            joinedHash = 0;
            joinedFrom = i + 1;
            joinedAscii = true;
            modified = false;
          }
        }
        start = boundary ? i + 1 : i;
        wordHash = 0;
        ascii = true;
      }
      if (!boundary) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        ascii &= c < 0x80;
        joinedAscii &= c < 0x80;
        wordHash = 31 * wordHash + lower;
        joinedHash = 31 * joinedHash + lower;
      }
    }
    return bits;
  }

  /**
   * The hint words with their bits: an open-addressing table (linear probing, at most a quarter
   * full) that is asked about a range of a class value, lower-cased (ASCII) and, for the joined
   * words of a class, without its non-letters, none of which is made into a string. It hashes as
   * {@link String#hashCode} does (the caller hashes the range as it reads it), takes the slot from
   * the hash's low bits, and compares a stored word's hash (cached in the string) before its
   * letters. A table of its own rather than the lexicon's {@code WordSet}, which has no look-up of
   * part of a string that skips characters; {@code HintsTest} checks it against a reading with
   * {@code HashSet}s on generated class values.
   */
  private static final class WordBits {
    private final String[] words;
    private final int[] bits;

    WordBits() {
      int entries = NEGATIVE.size() + POSITIVE.size() + RELATED.size() + MODIFIERS.size();
      int capacity = Integer.highestOneBit(Math.max(8, entries * 4) - 1) << 1;
      words = new String[capacity];
      bits = new int[capacity];
      add(NEGATIVE, NEGATIVE_BIT);
      add(POSITIVE, POSITIVE_BIT);
      add(RELATED, RELATED_BIT);
      add(MODIFIERS, MODIFIER_BIT);
    }

    private void add(Set<String> list, int bit) {
      for (String word : list) {
        int slot = WordHash.slot(WordHash.spread(word.hashCode()), words.length - 1);
        while (words[slot] != null && !words[slot].equals(word)) {
          slot = (slot + 1) & (words.length - 1);
        }
        words[slot] = word;
        bits[slot] |= bit;
      }
    }

    /**
     * The bits of the lower case of {@code value[from, to)} (ASCII), whose string hash is {@code
     * hash}; when {@code joined}, the letters and digits of that range only.
     */
    int bits(String value, int from, int to, int hash, boolean joined) {
      for (int slot = WordHash.slot(WordHash.spread(hash), words.length - 1);
          words[slot] != null;
          slot = (slot + 1) & (words.length - 1)) {
        String word = words[slot];
        if (word.hashCode() == hash && matches(word, value, from, to, joined)) {
          return bits[slot];
        }
      }
      return 0;
    }

    private static boolean matches(String word, String value, int from, int to, boolean joined) {
      int k = 0;
      for (int i = from; i < to; i++) {
        char c = value.charAt(i);
        if (joined && !Character.isLetterOrDigit(c)) {
          continue;
        }
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if (k >= word.length() || word.charAt(k++) != lower) {
          return false;
        }
      }
      return k == word.length();
    }
  }
}
