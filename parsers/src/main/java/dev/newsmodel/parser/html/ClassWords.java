package dev.newsmodel.parser.html;

/**
 * The words the page index looks for in class, id and test-id values, found in one pass over the
 * value, ignoring ASCII case, without lower-casing it. Only two characters outside ASCII lower-case
 * into ASCII (the Kelvin sign and the dotted capital I, which becomes "i" and a combining dot), and
 * neither can complete one of these words, so the answer is that of {@code
 * value.toLowerCase(Locale.ROOT).contains(word)}.
 */
final class ClassWords {
  private ClassWords() {}

  static final int TITLE = 1;
  static final int HEADLINE = 1 << 1;
  static final int BYLINE = 1 << 2;

  /** "uthor": "author", and "Author" in a test id. */
  static final int UTHOR = 1 << 3;

  static final int AUTHOR = 1 << 4;
  static final int DATE = 1 << 5;

  /** "publish", "timestamp", "posted", "article-general-info", "meta": a date's holder. */
  static final int DATE_HOLDER = 1 << 6;

  /** The words of {@code value}, as bits. */
  static int of(String value) {
    int bits = 0;
    for (int j = 0, n = value.length(); j < n; j++) {
      switch (lower(value.charAt(j))) {
        case 't' -> {
          bits |= at(value, j, "title") ? TITLE : 0;
          bits |= at(value, j, "timestamp") ? DATE_HOLDER : 0;
        }
        case 'h' -> bits |= at(value, j, "headline") ? HEADLINE : 0;
        case 'b' -> bits |= at(value, j, "byline") ? BYLINE : 0;
        case 'u' -> {
          if (at(value, j, "uthor")) {
            bits |= j > 0 && lower(value.charAt(j - 1)) == 'a' ? UTHOR | AUTHOR : UTHOR;
          }
        }
        case 'd' -> bits |= at(value, j, "date") ? DATE : 0;
        case 'p' -> bits |= at(value, j, "publish") || at(value, j, "posted") ? DATE_HOLDER : 0;
        case 'a' -> bits |= at(value, j, "article-general-info") ? DATE_HOLDER : 0;
        case 'm' -> bits |= at(value, j, "meta") ? DATE_HOLDER : 0;
        default -> {}
      }
    }
    return bits;
  }

  /** Whether {@code word} (lower case ASCII) stands at {@code j}, in any ASCII case. */
  private static boolean at(String value, int j, String word) {
    int n = word.length();
    if (j + n > value.length()) {
      return false;
    }
    for (int k = 1; k < n; k++) { // the first character was matched by the caller
      if (lower(value.charAt(j + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }
}
