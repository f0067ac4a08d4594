package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;

/**
 * The words a document writes in lower case somewhere: a capitalised word that opens a sentence
 * ("Meanwhile", "Following", "All") is a common word there, not a name, when the document also
 * writes it in lower case. Built on first use, once per document, as a set of the hashes of those
 * words (a hash collision can only make a rare name look common): an open-addressing table, since
 * sorting every word of a long document cost more than all the questions asked of it.
 */
final class LowerCaseWords {
  private static final int FIRST_CAPACITY = 256;

  private final Tokens tokens;

  /** The hashes, 0 in an empty slot; null until first asked. */
  private int[] table;

  /** Whether a word whose hash is 0 (the empty slot's mark) is written in lower case. */
  private boolean zeroHash;

  private int count;

  LowerCaseWords(Tokens tokens) {
    this.tokens = tokens;
  }

  /** Whether the word at token {@code i} is written in lower case somewhere in the document. */
  boolean isCommon(int i) {
    if (table == null) {
      build();
    }
    return tokens.kind(i) == Tokens.WORD && contains(tokens.lowerHash(i));
  }

  private void build() {
    table = new int[FIRST_CAPACITY];
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.kind(k) == Tokens.WORD && Character.isLowerCase(tokens.firstChar(k))) {
        add(tokens.lowerHash(k));
      }
    }
  }

  private boolean contains(int hash) {
    if (hash == 0) {
      return zeroHash;
    }
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      if (table[slot] == hash) {
        return true;
      }
    }
    return false;
  }

  private void add(int hash) {
    if (hash == 0) {
      zeroHash = true;
      return;
    }
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    while (table[slot] != 0) {
      if (table[slot] == hash) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = hash;
    if (++count * 2 > table.length) {
      grow();
    }
  }

  /** Doubles the table, at most half full so that a probe ends soon. */
  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    count = 0;
    for (int hash : old) {
      if (hash != 0) {
        add(hash);
      }
    }
  }

  /** Mixes every bit of a string hash into the low ones, which pick the slot. */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
