package dev.newsmodel.parser.doc;

/**
 * A char array per thread that a stage copies each text into, reused from one text to the next: the
 * stages that read every character do so from an array (faster than through {@code charAt}), and a
 * fresh copy of every text would be garbage that pushes the word lists out of the processor's
 * caches. Texts longer than {@link #MAX_KEPT} get an array of their own, not kept. Each owner has
 * its own instance, so that two stages never share an array.
 */
public final class ThreadChars {
  /** Longest text whose array is kept for the next: 128 KB a thread and owner at most. */
  public static final int MAX_KEPT = 1 << 16;

  private final ThreadLocal<char[]> kept = ThreadLocal.withInitial(() -> new char[4096]);

  /**
   * The characters of {@code s} at the start of an array that may be longer than {@code s}: read
   * only the first {@code s.length()}, and only until the calling thread asks this owner again.
   */
  public char[] copyOf(String s) {
    int length = s.length();
    if (length > MAX_KEPT) {
      return s.toCharArray();
    }
    char[] chars = kept.get();
    if (chars.length < length) {
      chars = new char[Math.min(MAX_KEPT, Math.max(length, chars.length * 2))];
      kept.set(chars);
    }
    s.getChars(0, length, chars, 0);
    return chars;
  }
}
