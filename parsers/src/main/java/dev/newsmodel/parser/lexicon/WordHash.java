package dev.newsmodel.parser.lexicon;

/**
 * The one hashing scheme of the project's word tables ({@link WordSet}, {@link WordTags}, the
 * persons stage's name memo, the HTML reader's class-hint table): a word's {@link String#hashCode}
 * (of its lower case, where the table is case-blind), spread so that its high bits count, and never
 * 0, so that a table of hashes can mark an empty slot with 0. Tables are powers of two, probed
 * linearly from {@link #slot}.
 */
public final class WordHash {
  private WordHash() {}

  /** The stored hash of a word whose {@code String.hashCode()} is {@code hash}: never 0. */
  public static int spread(int hash) {
    return (hash ^ (hash >>> 16)) | 1;
  }

  /** The first slot to probe for the stored hash {@code spread} in a table of {@code mask + 1}. */
  public static int slot(int spread, int mask) {
    return (spread >>> 1) & mask;
  }

  /** An ASCII character in lower case, as {@code toLowerCase(Locale.ROOT)} makes it. */
  public static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
