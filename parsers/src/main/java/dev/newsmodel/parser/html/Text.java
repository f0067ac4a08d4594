package dev.newsmodel.parser.html;

/** Whitespace normalisation for text taken from the DOM. */
final class Text {
  private Text() {}

  /** Collapses whitespace (including non-breaking spaces) to single spaces and trims. */
  static String normalise(String s) {
    char[] chars = s.toCharArray();
    return normalise(chars, chars.length);
  }

  /**
   * {@link #normalise(String)} of {@code chars[0, length)}, worked in place in the array: a space
   * is written only after a white character was read and not written, so writing never overtakes
   * reading.
   */
  static String normalise(char[] chars, int length) {
    int out = 0;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c > ' ' && c < 0x7f) {
        if (space) {
          chars[out++] = ' ';
          space = false;
        }
        chars[out++] = c;
        continue;
      }
      if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = out > 0;
      } else {
        if (space) {
          chars[out++] = ' ';
          space = false;
        }
        chars[out++] = c;
      }
    }
    return new String(chars, 0, out);
  }

  /**
   * The length of a text node's {@code text()} (jsoup collapses runs of its white space, which
   * counts the non-breaking space, to one space and drops zero-width spaces and soft hyphens),
   * stripped of white space at both ends when {@code strip}: counted, not built.
   */
  static int nodeLength(String whole, boolean strip) {
    Measure measure = new Measure();
    int stripped = measure.add(whole);
    return strip ? stripped : measure.length();
  }

  /** The length of text nodes' {@code text()} written one after another, counted, not built. */
  static final class Measure {
    private int length;
    private int first = -1;
    private int lastEnd;
    private char[] chars = new char[64];

    /**
     * Adds the text of a node, given as {@code getWholeText()}; returns the length of that node's
     * text alone, stripped of white space at both ends (what {@link #nodeLength} tells).
     */
    int add(String whole) {
      boolean lastWasWhite = false;
      int nodeFirst = -1;
      int nodeEnd = 0;
      int n = whole.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      whole.getChars(0, n, chars, 0); // an array is read faster than charAt, which checks each time
      char[] chars = this.chars;
      // Char by char: no white space lies outside the basic plane, so a surrogate pair counts as
      // two characters that are not white, as its code point would.
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c > ' ' && c < 0x7f) {
          nodeFirst = nodeFirst < 0 ? length : nodeFirst;
          nodeEnd = ++length;
          lastWasWhite = false;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
          if (!lastWasWhite) {
            length++;
            lastWasWhite = true;
          }
        } else if (c != 8203 && c != 173) {
          if (!Character.isWhitespace(c)) {
            nodeFirst = nodeFirst < 0 ? length : nodeFirst;
            nodeEnd = length + 1;
          }
          length++;
          lastWasWhite = false;
        }
      }
      if (nodeFirst >= 0) {
        first = first < 0 ? nodeFirst : first;
        lastEnd = nodeEnd;
      }
      return nodeFirst < 0 ? 0 : nodeEnd - nodeFirst;
    }

    /** The length of all the text added. */
    int length() {
      return length;
    }

    /** The length of all the text added, stripped of white space at both ends. */
    int stripped() {
      return first < 0 ? 0 : lastEnd - first;
    }

    void reset() {
      length = 0;
      first = -1;
      lastEnd = 0;
    }
  }
}
