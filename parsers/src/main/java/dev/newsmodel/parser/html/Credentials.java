package dev.newsmodel.parser.html;

/**
 * Post-nominal letters after an author's name ("MS", "Ph.D.", "E-RYT 200"), told by their shape.
 */
final class Credentials {
  private Credentials() {}

  /** The most characters of a credential after a name ("Ph.D.", "E-RYT 200"). */
  private static final int CREDENTIAL_LENGTH = 12;

  /**
   * Whether a part of an author string has the shape of post-nominal letters: one or two words of
   * capitals (with digits, dots, hyphens or a registered sign: "MS", "CEPF®", "E-RYT 200") or of
   * abbreviations that each end in a dot ("Ph.D.", "M.D."), with at least two capitals.
   */
  static boolean isCredential(String part) {
    String[] words = part.split(" ");
    if (part.isEmpty() || part.length() > CREDENTIAL_LENGTH || words.length > 2) {
      return false;
    }
    int capitals = 0;
    for (String word : words) {
      if (word.isEmpty() || !(isCapitalsWord(word) || isDottedAbbreviation(word))) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        capitals += Character.isUpperCase(word.charAt(i)) ? 1 : 0;
      }
    }
    return capitals >= 2 && Character.isUpperCase(part.charAt(0));
  }

  private static boolean isCapitalsWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'A' && c <= 'Z'
          || Character.isDigit(c)
          || c == '-'
          || c == '.'
          || c == '\u00AE')) {
        return false;
      }
    }
    return true;
  }

  /** "Ph.D.", "M.D.": groups of one or two letters, each closed by a dot. */
  private static boolean isDottedAbbreviation(String word) {
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        if (run == 0) {
          return false;
        }
        run = 0;
      } else if (Character.isLetter(c) && run < 2) {
        run++;
      } else {
        return false;
      }
    }
    return run == 0;
  }
}
