package dev.newsmodel.parser.doc;

import dev.newsmodel.parser.lexicon.WordTags;
import java.util.Arrays;

/**
 * The token layer: parallel arrays of offsets and kinds, so that a long article costs a few arrays
 * rather than an object per token. Token {@code i} covers {@code text[start(i), end(i))}.
 */
public final class Tokens {

  /** Letters, digits, and the apostrophes or hyphens inside a word; "U.S." keeps its dots. */
  public static final byte WORD = 0;

  /** A number: "2023", "3.5", "1,000". */
  public static final byte NUMBER = 1;

  /** A quotation mark or apostrophe standing alone: “ ” " ‘ ’ ' « » „ ‹ ›. */
  public static final byte QUOTE = 2;

  /** Sentence-final punctuation: . ! ? … */
  public static final byte TERMINAL = 3;

  /** Any other punctuation or symbol. */
  public static final byte PUNCT = 4;

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final byte[] kinds;
  private final char[] firstChars;
  private final int size;
  // Every stage asks for the same words many times: make each string once, on first use.
  private String[] texts;
  private String[] lowers;
  private final int[] lowerHashes;
  private final int[] tags;
  private final WordTags wordTags;
  private int[] textHashes; // made on first use; 0 where not yet computed

  /**
   * Wraps arrays filled by a tokenizer: each token's start, end, kind and first character, and the
   * {@link #lowerHash(int)} of the tokens it could compute on the way (0 where it did not), their
   * {@link #tags(int)} from {@code wordTags}; only the first {@code size} entries are used.
   */
  public Tokens(
      String text,
      int[] starts,
      int[] ends,
      byte[] kinds,
      char[] firstChars,
      int[] lowerHashes,
      int[] tags,
      WordTags wordTags,
      int size) {
    this.tags = tags;
    this.wordTags = wordTags;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.firstChars = firstChars;
    this.lowerHashes = lowerHashes;
    this.size = size;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public byte kind(int i) {
    return kinds[i];
  }

  /** The first character of token {@code i}. */
  public char firstChar(int i) {
    return firstChars[i]; // asked of most tokens by several stages: kept, not read from the text
  }

  /** The token's text; allocates, so keep it off hot loops. */
  public String text(int i) {
    String[] cache = texts;
    if (cache == null) {
      cache = texts = new String[size];
    }
    String word = cache[i];
    if (word == null) {
      word = cache[i] = text.substring(starts[i], ends[i]);
    }
    return word;
  }

  /** Token {@code i} in lower case (root locale), made once. */
  public String lower(int i) {
    String[] cache = lowers;
    if (cache == null) {
      cache = lowers = new String[size];
    }
    String word = cache[i];
    if (word == null) {
      String written = text(i);
      word =
          cache[i] = hasUpperCase(written) ? written.toLowerCase(java.util.Locale.ROOT) : written;
    }
    return word;
  }

  /**
   * The hash code of {@link #lower(int)}, computed from the text without making the string for
   * words in ASCII: a word-list look-up that misses (most do) never needs the string.
   */
  public int lowerHash(int i) {
    int hash = lowerHashes[i];
    return hash != 0 ? hash : computeLowerHash(i); // small, so that every look-up inlines it
  }

  private int computeLowerHash(int i) {
    int[] cache = lowerHashes;
    int hash = 0;
    String[] made = lowers;
    if (made != null && made[i] != null) {
      return cache[i] = made[i].hashCode();
    }
    for (int k = starts[i]; k < ends[i]; k++) {
      int c = lowerChar(text.charAt(k));
      if (c < 0) {
        return cache[i] = lower(i).hashCode();
      }
      hash = 31 * hash + c;
    }
    return cache[i] = hash;
  }

  /**
   * {@code c} in lower case as {@code String.toLowerCase(Locale.ROOT)} makes it, or -1 for the
   * characters that it lowers in context or into more than one ("Σ", "İ", surrogates): for those,
   * the string is made.
   */
  private static int lowerChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
      return -1;
    }
    return Character.toLowerCase(c);
  }

  /**
   * Whether token {@code i} in lower case equals {@code lowerWord}, compared in place: a word-list
   * hit does not make the token's string either.
   */
  public boolean lowerEquals(int i, String lowerWord) {
    // Most asks end on the hash (kept, and equal strings hash alike): a test small enough to
    // inline.
    return lowerHash(i) == lowerWord.hashCode() && lowerEqualsInPlace(i, lowerWord);
  }

  private boolean lowerEqualsInPlace(int i, String lowerWord) {
    int start = starts[i];
    int length = ends[i] - start;
    if (length != lowerWord.length()) {
      // Only a letter lowered into more than one ("İ") changes the length.
      for (int k = start; k < start + length; k++) {
        if (lowerChar(text.charAt(k)) < 0) {
          return lower(i).equals(lowerWord);
        }
      }
      return false;
    }
    for (int k = 0; k < length; k++) {
      int c = lowerChar(text.charAt(start + k));
      if (c < 0) {
        return lower(i).equals(lowerWord);
      }
      if (c != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The hash code of {@link #text(int)}, computed from the text without making the string. */
  public int textHash(int i) {
    int[] kept = textHashes;
    int hash = kept == null ? 0 : kept[i];
    return hash != 0 ? hash : computeTextHash(i); // small, so that every look-up inlines it
  }

  private int computeTextHash(int i) {
    int[] kept = textHashes;
    if (kept == null) {
      kept = textHashes = new int[size];
    }
    int hash = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      hash = 31 * hash + text.charAt(k);
    }
    return kept[i] = hash; // a hash of 0 (rare) is only worked out again when asked again
  }

  private static boolean hasUpperCase(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= 'A' && c <= 'Z'
          || c > '\u007F' && (Character.toLowerCase(c) != c || Character.isSurrogate(c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} equals {@code s}, without allocating. */
  public boolean is(int i, String s) {
    // Tokens are never empty, so a token of the string's length has a first character to compare.
    return ends[i] - starts[i] == s.length()
        && firstChars[i] == s.charAt(0)
        && text.startsWith(s, starts[i]);
  }

  /**
   * Whether token {@code i} is written as the characters of {@code chars} from {@code from}, as
   * many as the token has.
   */
  public boolean is(int i, char[] chars, int from) {
    int start = starts[i];
    int length = ends[i] - start;
    for (int k = 0; k < length; k++) {
      if (text.charAt(start + k) != chars[from + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word-list tags of token {@code i}: negative when the tokenizer looked them up (see {@code
   * WordTags}), with a bit for each tagged list that holds the token in lower case; 0 when not.
   */
  public int tags(int i) {
    return tags[i];
  }

  /** How many tagged lists {@link #tags(int)} covers. */
  public int tagCount() {
    return wordTags.count();
  }

  /** The table the tags were read from. */
  public WordTags wordTags() {
    return wordTags;
  }

  /** The index of the first token that starts at or after {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(starts, 0, size, offset);
    return i >= 0 ? i : -i - 1;
  }
}
