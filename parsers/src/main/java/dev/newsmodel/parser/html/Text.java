package dev.newsmodel.parser.html;

/** Whitespace normalisation for text taken from the DOM. */
final class Text {
  private Text() {}

  /** Collapses whitespace (including non-breaking spaces) to single spaces and trims. */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7f) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
        continue;
      }
      if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
