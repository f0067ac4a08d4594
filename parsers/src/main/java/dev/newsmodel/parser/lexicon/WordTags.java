package dev.newsmodel.parser.lexicon;

import java.util.Collection;

/**
 * One table for the word lists that stages ask about nearly every token ("a cue? a title? a meeting
 * verb?"): each list registered here (see {@link WordList#tagged}) gets a bit, and the tokenizer
 * looks each word up once as it cuts it, so that asking a tagged list is a bit test. A word the
 * tokenizer could not look up (not all ASCII letters and digits), or a list registered after the
 * text was tokenized, is looked up in the list itself. Immutable; a registration replaces the whole
 * table, so any thread may read the current one.
 */
public final class WordTags {
  /** Set in a token's tags when they were looked up: a negative value. */
  private static final int KNOWN = 1 << 31;

  private static final int MAX_TAGS = 31;

  private static volatile WordTags current = new WordTags(8, 0);

  private final String[] words;
  private final int[] hashes;
  private final int[] bits;
  private final int mask;
  private final int count;

  private WordTags(int capacity, int count) {
    this.words = new String[capacity];
    this.hashes = new int[capacity];
    this.bits = new int[capacity];
    this.mask = capacity - 1;
    this.count = count;
  }

  /** The table as it stands; the tokenizer takes it once per text. */
  public static WordTags current() {
    return current;
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
    int hash = WordSet.spread(lowerHash);
    int slot = (hash >>> 1) & mask;
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
      if (word.charAt(k - start) != WordSet.lowerAscii(text[k])) {
        return false;
      }
    }
    return true;
  }

  /** Adds a list; returns its tag, or -1 when every tag is taken (the list is then not tagged). */
  static synchronized int register(Collection<String> list) {
    WordTags old = current;
    if (old.count == MAX_TAGS) {
      return -1;
    }
    int entries = list.size();
    for (String word : old.words) {
      entries += word == null ? 0 : 1;
    }
    // An eighth full at most, as the word sets: most words of a text are in no list.
    int capacity = Integer.highestOneBit(Math.max(8, entries * 8) - 1) << 1;
    WordTags next = new WordTags(capacity, old.count + 1);
    for (int slot = 0; slot < old.words.length; slot++) {
      if (old.words[slot] != null) {
        next.add(old.words[slot], old.bits[slot]);
      }
    }
    for (String word : list) {
      next.add(word, 1 << old.count);
    }
    current = next;
    return old.count;
  }

  private void add(String word, int tagBits) {
    int hash = WordSet.spread(word.hashCode());
    int slot = (hash >>> 1) & mask;
    while (words[slot] != null && !words[slot].equals(word)) {
      slot = (slot + 1) & mask;
    }
    words[slot] = word;
    hashes[slot] = hash;
    bits[slot] |= tagBits;
  }
}
