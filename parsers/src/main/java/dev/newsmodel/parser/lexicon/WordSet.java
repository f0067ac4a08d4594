package dev.newsmodel.parser.lexicon;

import dev.newsmodel.parser.doc.Tokens;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of words built for the look-ups the stages make for every token: a power-of-two
 * open-addressing table at most an eighth full, so that most misses end on the first empty slot
 * (and the branch that tells is rarely mispredicted), and the stored hash (never 0; 0 marks an
 * empty slot) is compared before the word, so a miss reads the hashes alone. {@code Set.of} takes a
 * division per look-up and compares words on every collision; a {@code HashMap} follows a pointer
 * per entry.
 */
final class WordSet extends AbstractSet<String> {
  private final String[] words;
  private final int[] hashes;
  private final int mask;
  private final int size;

  /** This list's bit in {@link WordTags}, or -1. */
  private final int tag;

  /** The bundle whose {@link WordTags} hold {@link #tag}; null when untagged. */
  private final @Nullable Object owner;

  WordSet(Collection<String> entries) {
    this(entries, -1, null, 8);
  }

  WordSet(Collection<String> entries, int tag, @Nullable Object owner) {
    this(entries, tag, owner, 8);
  }

  WordSet(Collection<String> entries, int tag, int slotsPerEntry) {
    this(entries, tag, null, slotsPerEntry);
  }

  /**
   * A set with {@code slotsPerEntry} slots (a power of two) for each entry: fewer for a large list,
   * whose table would otherwise outgrow the caches it is read from.
   */
  WordSet(Collection<String> entries, int tag, @Nullable Object owner, int slotsPerEntry) {
    this.tag = owner == null ? -1 : tag;
    this.owner = owner;
    int capacity = Integer.highestOneBit(Math.max(8, entries.size() * slotsPerEntry) - 1) << 1;
    words = new String[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
    int count = 0;
    for (String word : entries) {
      int hash = WordHash.spread(word.hashCode());
      int slot = WordHash.slot(hash, mask);
      while (words[slot] != null && !words[slot].equals(word)) {
        slot = (slot + 1) & mask;
      }
      if (words[slot] == null) {
        words[slot] = word;
        hashes[slot] = hash;
        count++;
      }
    }
    size = count;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String word)) {
      return false;
    }
    int hash = WordHash.spread(word.hashCode());
    int slot = WordHash.slot(hash, mask);
    for (int stored = hashes[slot]; stored != 0; stored = hashes[slot]) {
      if (stored == hash && words[slot].equals(word)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /**
   * Whether {@code word} in lower case (root locale) is in the set: for a word in ASCII, without
   * making the lower-case string.
   */
  boolean containsLowerCaseOf(String word) {
    int lowerHash = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= 0x80) {
        return contains(word.toLowerCase(java.util.Locale.ROOT));
      }
      lowerHash = 31 * lowerHash + WordHash.lowerAscii(c);
    }
    int hash = WordHash.spread(lowerHash);
    int slot = WordHash.slot(hash, mask);
    for (int stored = hashes[slot]; stored != 0; stored = hashes[slot]) {
      if (stored == hash && isLowerCaseOf(words[slot], word)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /** Whether {@code entry} is {@code asciiWord} in lower case. */
  private static boolean isLowerCaseOf(String entry, String asciiWord) {
    if (entry.length() != asciiWord.length()) {
      return false;
    }
    for (int k = 0; k < entry.length(); k++) {
      if (entry.charAt(k) != WordHash.lowerAscii(asciiWord.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The bit of this list in the tags of {@code tokens} ({@link Tokens#tags}), or 0 when they do not
   * carry it (an untagged list, tokens cut with another bundle).
   */
  int tagBit(Tokens tokens) {
    return tag >= 0 && tag < tokens.tagCount() && tokens.wordTags().isOf(owner) ? 1 << tag : 0;
  }

  /** Whether token {@code i} in lower case is in the set; a miss never makes its string. */
  boolean containsLower(Tokens tokens, int i) {
    if (tag >= 0) {
      int tags = tokens.tags(i);
      if (tags < 0 && tag < tokens.tagCount() && tokens.wordTags().isOf(owner)) {
        return (tags & (1 << tag)) != 0; // looked up for all tagged lists as the text was cut
      }
    }
    // Two small loops rather than one with a flag: small enough for the compiler to inline into
    // each caller. Misses, most look-ups, read the hashes alone.
    int hash = WordHash.spread(tokens.lowerHash(i));
    int slot = WordHash.slot(hash, mask);
    for (int stored = hashes[slot]; stored != 0; stored = hashes[slot]) {
      if (stored == hash && tokens.lowerEquals(i, words[slot])) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /** Whether token {@code i}, as written, is in the set; never makes the token's string. */
  boolean containsText(Tokens tokens, int i) {
    int hash = WordHash.spread(tokens.textHash(i));
    int slot = WordHash.slot(hash, mask);
    for (int stored = hashes[slot]; stored != 0; stored = hashes[slot]) {
      if (stored == hash && tokens.is(i, words[slot])) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next = advance(0);

      private int advance(int from) {
        int slot = from;
        while (slot < words.length && words[slot] == null) {
          slot++;
        }
        return slot;
      }

      @Override
      public boolean hasNext() {
        return next < words.length;
      }

      @Override
      public String next() {
        if (next >= words.length) {
          throw new NoSuchElementException();
        }
        String word = words[next];
        next = advance(next + 1);
        return word;
      }
    };
  }
}
