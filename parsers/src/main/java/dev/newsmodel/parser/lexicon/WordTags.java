package dev.newsmodel.parser.lexicon;

import java.util.Collection;

/**
 * One table for the word lists of a {@link Language} that stages ask about nearly every token ("a
 * cue? a title? a meeting verb?"): each list tagged there (see {@link Language#tagged}) gets a bit,
 * and the tokenizer looks each word up once as it cuts it, so that asking a tagged list is a bit
 * test. A word the tokenizer could not look up (not all ASCII letters and digits), a list tagged
 * after the text was tokenized, or tokens of another bundle's table, are looked up in the list
 * itself. Immutable; tagging a list makes a new table. It hashes as {@link WordSet} does.
 */
public final class WordTags {
  /** Set in a token's tags when they were looked up: a negative value. */
  private static final int KNOWN = 1 << 31;

  private static final int MAX_TAGS = 31;

  /** The bundle whose lists these tags stand for: tags of another bundle's table mean nothing. */
  private final Object owner;

  private final String[] words;
  private final int[] hashes;
  private final int[] bits;
  private final int mask;
  private final int count;

  private WordTags(Object owner, int capacity, int count) {
    this.owner = owner;
    this.words = new String[capacity];
    this.hashes = new int[capacity];
    this.bits = new int[capacity];
    this.mask = capacity - 1;
    this.count = count;
  }

  /** A table of no lists, for the bundle {@code owner}. */
  static WordTags empty(Object owner) {
    return new WordTags(owner, 8, 0);
  }

  /** Whether these tags stand for the lists of {@code bundle}. */
  boolean isOf(Object bundle) {
    return owner == bundle;
  }

  /** How many lists this table tags: a list's tag counts only if below. */
  public int count() {
    return count;
  }

  /**
   * {@link #KNOWN} and the bits of the lists that hold the word {@code text[start, end)}, whose
   * characters are all ASCII letters and digits and whose lower case hashes to {@code lowerHash}.
   */
  public int tagsOfAscii(char[] text, int start, int end, int lowerHash) {
    int hash = WordHash.spread(lowerHash);
    int slot = WordHash.slot(hash, mask);
    for (int stored = hashes[slot]; stored != 0; stored = hashes[slot]) {
      if (stored == hash && isLowerCaseOf(words[slot], text, start, end)) {
        return KNOWN | bits[slot];
      }
      slot = (slot + 1) & mask;
    }
    return KNOWN;
  }

  private static boolean isLowerCaseOf(String word, char[] text, int start, int end) {
    if (word.length() != end - start) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (word.charAt(k - start) != WordHash.lowerAscii(text[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * This table and {@code list} under the next tag; this table itself when every tag is taken (the
   * list is then not tagged, and is looked up in itself).
   */
  WordTags with(Collection<String> list) {
    if (count == MAX_TAGS) {
      return this;
    }
    int entries = list.size();
    for (String word : words) {
      entries += word == null ? 0 : 1;
    }
    // An eighth full at most, as the word sets: most words of a text are in no list.
    int capacity = Integer.highestOneBit(Math.max(8, entries * 8) - 1) << 1;
    WordTags next = new WordTags(owner, capacity, count + 1);
    for (int slot = 0; slot < words.length; slot++) {
      if (words[slot] != null) {
        next.add(words[slot], bits[slot]);
      }
    }
    for (String word : list) {
      next.add(word, 1 << count);
    }
    return next;
  }

  private void add(String word, int tagBits) {
    int hash = WordHash.spread(word.hashCode());
    int slot = WordHash.slot(hash, mask);
    while (words[slot] != null && !words[slot].equals(word)) {
      slot = (slot + 1) & mask;
    }
    words[slot] = word;
    hashes[slot] = hash;
    bits[slot] |= tagBits;
  }
}
