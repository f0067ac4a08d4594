package dev.newsmodel.parser.text;

/** Tests on the shape of one logical line. */
final class Lines {
  private Lines() {}

  /** Longest heading, in characters and words. */
  private static final int HEADING_CHARS = 120;

  private static final int HEADING_WORDS = 14;

  /** Longest headline, in characters and words. */
  private static final int TITLE_CHARS = 200;

  private static final int TITLE_WORDS = 30;

  /** Whether the line ends a sentence: terminal punctuation, maybe inside closing quotes. */
  static boolean endsSentence(String line) {
    char last = lastSignificant(line);
    return last == '.' || last == '!' || last == '?' || last == '\u2026';
  }

  /** A section heading: short, capitalised, one phrase, no final punctuation but ? or !. */
  static boolean isHeadingLike(String line) {
    return isPhrase(line, HEADING_CHARS, HEADING_WORDS);
  }

  /** A headline: like a heading but may be longer. */
  static boolean isTitleLike(String line) {
    return isPhrase(line, TITLE_CHARS, TITLE_WORDS);
  }

  private static boolean isPhrase(String line, int maxChars, int maxWords) {
    if (line.isEmpty() || line.length() > maxChars || words(line) > maxWords) {
      return false;
    }
    char first = firstSignificant(line);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    char last = lastSignificant(line);
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '\u2026') {
      return false;
    }
    return !hasSentenceBreak(line);
  }

  /** Whether the line holds two sentences: ". X", "? X", "! X" with X capitalised. */
  private static boolean hasSentenceBreak(String line) {
    for (int i = 1; i + 2 < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '.' || c == '?' || c == '!')
          && line.charAt(i + 1) == ' '
          && Character.isUpperCase(line.charAt(i + 2))
          && !isInitial(line, i)) {
        return true;
      }
    }
    return false;
  }

  /** A full stop after a lone capital: "John F. Kennedy", "U.S. President". */
  private static boolean isInitial(String line, int dot) {
    return line.charAt(dot) == '.'
        && Character.isUpperCase(line.charAt(dot - 1))
        && (dot == 1 || line.charAt(dot - 2) == ' ' || line.charAt(dot - 2) == '.');
  }

  static int words(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = line.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** The first character that is not a quotation mark or bracket. */
  static char firstSignificant(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!isQuoteOrBracket(c)) {
        return c;
      }
    }
    return ' ';
  }

  /** The last character that is not a quotation mark, bracket or space. */
  static char lastSignificant(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (!isQuoteOrBracket(c) && c != ' ') {
        return c;
      }
    }
    return ' ';
  }

  static boolean isQuoteOrBracket(char c) {
    return "\"'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A()[]*_".indexOf(c) >= 0;
  }
}
