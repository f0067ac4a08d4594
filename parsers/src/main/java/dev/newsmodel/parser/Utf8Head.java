package dev.newsmodel.parser;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

  private Utf8Head() {}

  /** Whether jsoup would detect UTF-8 in {@code html}, which has no byte-order mark. */
  static boolean declaresUtf8(byte[] html) {
    // One byte a character, in lower case: no Latin-1 letter lower-cases to an ASCII one, so the
    // words below are found as they stand in the bytes, by String's vectorised search.
    String head =
        new String(html, 0, Math.min(html.length, WINDOW), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (head.contains("encoding")) {
      return false;
    }
    for (int at = head.indexOf("charset"); at >= 0; at = head.indexOf("charset", at + 1)) {
      if (!namesUtf8(head, at + "charset".length())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code html}, which has no byte-order mark, declares no charset at all in the bytes
   * jsoup's detection reads: no "charset" and no "encoding" there.
   */
  static boolean declaresNothing(byte[] html) {
    String head =
        new String(html, 0, Math.min(html.length, WINDOW), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return !head.contains("charset") && !head.contains("encoding");
  }

  /** Whether what follows a "charset" is "=" and "utf-8" or "utf8", quoted or not. */
  private static boolean namesUtf8(String head, int from) {
    int n = head.length();
    int i = skipSpaces(head, from);
    if (i >= n || head.charAt(i) != '=') {
      return false;
    }
    i = skipSpaces(head, i + 1);
    if (i < n && (head.charAt(i) == '"' || head.charAt(i) == '\'')) {
      i++;
    }
    if (!head.startsWith("utf", i)) {
      return false;
    }
    i += 3;
    if (i < n && head.charAt(i) == '-') {
      i++;
    }
    if (i + 1 >= n || head.charAt(i) != '8') {
      return false; // not UTF-8, or its name runs past the window
    }
    char after = head.charAt(i + 1);
    return !(after >= '0' && after <= '9' || after >= 'a' && after <= 'z')
        && after != '-'
        && after != '_';
  }

  private static int skipSpaces(String head, int from) {
    int i = from;
    while (i < head.length() && " \t\n\r".indexOf(head.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
