package dev.newsmodel.parser.html;

import java.util.HashMap;
import java.util.Locale;

/**
 * What a class or id value says, as bits: the hints of {@link Hints} and the words that {@link
 * PageIndex} looks for. Pages repeat the same few values on many elements, and several stages ask
 * about the same elements, so the bits of the values seen lately are kept per thread. Bounded.
 */
final class ClassValues {
  private ClassValues() {}

  private static final ThreadLocal<HashMap<String, Integer>> SEEN =
      ThreadLocal.withInitial(HashMap::new);

  private static final int MAX_SEEN = 20_000;

  /** The bits of {@code value}, as written in the page. */
  static int bits(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    HashMap<String, Integer> seen = SEEN.get();
    Integer known = seen.get(value);
    if (known != null) {
      return known;
    }
    int bits = Hints.wordBits(value) | PageIndex.wordBits(value.toLowerCase(Locale.ROOT));
    if (seen.size() >= MAX_SEEN) {
      seen.clear();
    }
    seen.put(value, bits);
    return bits;
  }
}
