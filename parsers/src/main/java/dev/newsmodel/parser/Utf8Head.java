package dev.newsmodel.parser;

/**
 * Tells, from a page's first bytes, that jsoup's charset detection would choose UTF-8, so that the
 * page can be parsed once. Given no charset, jsoup parses the first {@value #WINDOW} bytes as a
 * document of their own to find a {@code <meta charset>}, a content type's charset or an XML
 * declaration's encoding, then parses the page again: a twentieth of its parse. When every
 * "charset" in that window names UTF-8 (or there is none) and no "encoding" occurs there, its
 * answer is UTF-8 whatever the markup around them; otherwise jsoup is left to look.
 */
final class Utf8Head {
  /** The bytes jsoup's detection reads. */
  static final int WINDOW = 5120;

  private static final byte[] CHARSET = {'c', 'h', 'a', 'r', 's', 'e', 't'};
  private static final byte[] ENCODING = {'e', 'n', 'c', 'o', 'd', 'i', 'n', 'g'};

  private Utf8Head() {}

  /** Whether jsoup would detect UTF-8 in {@code html}, which has no byte-order mark. */
  static boolean declaresUtf8(byte[] html) {
    int window = Math.min(html.length, WINDOW);
    for (int i = 0; i < window; i++) {
      int b = html[i] | 0x20; // ASCII lower case; other bytes never match the letters below
      if (b == 'c' && matches(html, i, window, CHARSET)) {
        if (!namesUtf8(html, i + CHARSET.length, window)) {
          return false;
        }
        i += CHARSET.length - 1;
      } else if (b == 'e' && matches(html, i, window, ENCODING)) {
        return false;
      }
    }
    return true;
  }

  /** Whether what follows a "charset" is "=" and "utf-8" or "utf8", quoted or not. */
  private static boolean namesUtf8(byte[] html, int from, int window) {
    int i = skipSpaces(html, from, window);
    if (i >= window || html[i] != '=') {
      return false;
    }
    i = skipSpaces(html, i + 1, window);
    if (i < window && (html[i] == '"' || html[i] == '\'')) {
      i++;
    }
    if (i + 4 > window || !matches(html, i, window, new byte[] {'u', 't', 'f'})) {
      return false;
    }
    i += 3;
    if (html[i] == '-') {
      i++;
    }
    if (i + 2 > window || html[i] != '8') {
      return false;
    }
    int after = html[i + 1];
    return !(after >= '0' && after <= '9' || (after | 0x20) >= 'a' && (after | 0x20) <= 'z')
        && after != '-'
        && after != '_';
  }

  private static int skipSpaces(byte[] html, int from, int window) {
    int i = from;
    while (i < window
        && (html[i] == ' ' || html[i] == '\t' || html[i] == '\n' || html[i] == '\r')) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code word} (lower-case ASCII) stands at {@code at}, in any case, inside the window.
   */
  private static boolean matches(byte[] html, int at, int window, byte[] word) {
    if (at + word.length > window) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      if ((html[at + k] | 0x20) != word[k]) {
        return false;
      }
    }
    return true;
  }
}
