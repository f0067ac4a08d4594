package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import java.util.Arrays;

/**
 * The words a document writes in lower case somewhere: a capitalised word that opens a sentence
 * ("Meanwhile", "Following", "All") is a common word there, not a name, when the document also
 * writes it in lower case. Built on first use, once per document, as the sorted hashes of those
 * words (a hash collision can only make a rare name look common).
 */
final class LowerCaseWords {
  private final Tokens tokens;
  private int[] lowerCaseHashes;

  LowerCaseWords(Tokens tokens) {
    this.tokens = tokens;
  }

  /** Whether the word at token {@code i} is written in lower case somewhere in the document. */
  boolean isCommon(int i) {
    if (lowerCaseHashes == null) {
      lowerCaseHashes = hashes();
    }
    return tokens.kind(i) == Tokens.WORD
        && Arrays.binarySearch(lowerCaseHashes, tokens.lowerHash(i)) >= 0;
  }

  private int[] hashes() {
    int[] found = new int[tokens.size()];
    int n = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.kind(k) == Tokens.WORD && Character.isLowerCase(tokens.firstChar(k))) {
        found[n++] = tokens.lowerHash(k);
      }
    }
    int[] sorted = Arrays.copyOf(found, n);
    Arrays.sort(sorted);
    return sorted;
  }
}
