package dev.newsmodel.parser.html;

/**
 * Titles compared as people compare them: by their keys (lower-case letters and digits, words
 * apart), and by the share of words two titles have in common.
 */
final class TitleKeys {
  private TitleKeys() {}

  /** Lower-case letters and digits of a title, for comparison. */
  static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      int c = keyChar(s.charAt(i));
      if (c < 0) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append((char) c);
    }
    return out.toString();
  }

  /** {@code c} as a key holds it (a letter or digit, in lower case), or -1 where a key breaks. */
  private static int keyChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          ? c
          : c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : -1;
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
  }

  /**
   * Whether {@code key(s)} equals {@code key}, compared as the key is made: most texts differ in
   * their first letters, and no key is built for them.
   */
  static boolean hasKey(String s, String key) {
    int k = 0; // the length of key(s) so far, and where it is compared in key
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      int c = keyChar(s.charAt(i));
      if (c < 0) {
        space = true;
        continue;
      }
      if (space && k > 0) {
        if (k >= key.length() || key.charAt(k) != ' ') {
          return false;
        }
        k++;
      }
      space = false;
      if (k >= key.length() || key.charAt(k) != c) {
        return false;
      }
      k++;
    }
    return k == key.length();
  }

  /** The share of the words of {@code a} that {@code b} holds, of their title keys. */
  static double coverage(String a, String b) {
    java.util.Set<String> x = words(a);
    java.util.Set<String> y = words(b);
    if (x.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : x) {
      if (y.contains(w)) {
        common++;
      }
    }
    return (double) common / x.size();
  }

  /** Words in common over the words of the shorter text, of their title keys. */
  static double overlap(String a, String b) {
    java.util.Set<String> x = words(a);
    java.util.Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : x) {
      if (y.contains(w)) {
        common++;
      }
    }
    return (double) common / Math.min(x.size(), y.size());
  }

  static java.util.Set<String> words(String s) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String w : key(s).split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
