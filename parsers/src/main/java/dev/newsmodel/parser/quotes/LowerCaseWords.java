package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;

/**
 * The words a document writes in lower case somewhere: a capitalised word that opens a sentence
 * ("Meanwhile", "Following", "All") is a common word there, not a name, when the document also
 * writes it in lower case. Words are compared by hash (a collision can only make a rare name look
 * common). On first use, once per document, one pass over the text answers for the first word of
 * every sentence, the words asked about: a table of them alone stays small, where a table of every
 * lower-case word of a long document cost more than all the questions asked of it. Any other word
 * is looked up by a pass of its own.
 */
final class LowerCaseWords {
  private final Tokens tokens;
  private final Sentences sentences;

  /** The hashes of the sentences' first words, 0 in an empty slot; null until first asked. */
  private int[] openers;

  /** Whether the opener in the same slot is written in lower case somewhere. */
  private boolean[] common;

  LowerCaseWords(Tokens tokens, Sentences sentences) {
    this.tokens = tokens;
    this.sentences = sentences;
  }

  /** Whether the word at token {@code i} is written in lower case somewhere in the document. */
  boolean isCommon(int i) {
    if (tokens.kind(i) != Tokens.WORD) {
      return false;
    }
    if (openers == null) {
      build();
    }
    int hash = tokens.lowerHash(i);
    int slot = hash == 0 ? -1 : slotOf(hash);
    return slot >= 0 && openers[slot] == hash ? common[slot] : writtenLower(hash);
  }

  private void build() {
    int capacity = Integer.highestOneBit(Math.max(16, sentences.size() * 4) - 1) << 1;
    openers = new int[capacity];
    common = new boolean[capacity];
    for (int s = 0; s < sentences.size(); s++) {
      int k = sentences.firstToken(s);
      while (k < sentences.endToken(s) && tokens.kind(k) != Tokens.WORD) {
        k++; // a dash or a bullet before the first word
      }
      int hash = k < sentences.endToken(s) ? tokens.lowerHash(k) : 0;
      if (hash != 0) {
        openers[slotOf(hash)] = hash;
      }
    }
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.kind(k) == Tokens.WORD && Character.isLowerCase(tokens.firstChar(k))) {
        int hash = tokens.lowerHash(k);
        int slot = hash == 0 ? -1 : slotOf(hash);
        if (slot >= 0 && openers[slot] == hash) {
          common[slot] = true;
        }
      }
    }
  }

  /** The slot of {@code hash} in {@link #openers}, or of the empty slot where it would go. */
  private int slotOf(int hash) {
    int mask = openers.length - 1;
    int mixed = hash * 0x9E3779B9;
    int slot = (mixed ^ (mixed >>> 16)) & mask;
    while (openers[slot] != 0 && openers[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Whether a word of hash {@code hash} is written in lower case: a pass over the text. */
  private boolean writtenLower(int hash) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.kind(k) == Tokens.WORD
          && Character.isLowerCase(tokens.firstChar(k))
          && tokens.lowerHash(k) == hash) {
        return true;
      }
    }
    return false;
  }
}
