package dev.newsmodel.parser.tokens;

/** Character classes for the tokenizer. */
final class Chars {
  private Chars() {}

  static boolean isSpace(int c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isMark(int c) {
    if (c < 0x300) {
      return false; // combining marks start at U+0300
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isQuote(int c) {
    switch (c) {
      case '"':
      case '\'':
      case '\u2018': // ‘
      case '\u2019': // ’
      case '\u201A': // ‚
      case '\u201B': // ‛
      case '\u201C': // “
      case '\u201D': // ”
      case '\u201E': // „
      case '\u201F': // ‟
      case '\u00AB': // «
      case '\u00BB': // »
      case '\u2039': // ‹
      case '\u203A': // ›
        return true;
      default:
        return false;
    }
  }

  /** {@link Character#isLetterOrDigit(int)}, with a fast path for ASCII. */
  static boolean isLetterOrDigit(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  static boolean isHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isTerminal(int c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }
}
