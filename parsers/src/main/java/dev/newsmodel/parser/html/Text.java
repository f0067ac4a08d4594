package dev.newsmodel.parser.html;

/** Whitespace normalisation for text taken from the DOM. */
final class Text {
  private Text() {}

  /**
   * The characters of {@code s} at the start of {@code buffer}, or of a larger array when it is too
   * small: the measures read text nodes from an array, faster than through charAt, which checks
   * each time.
   */
  static char[] charsOf(String s, char[] buffer) {
    char[] chars =
        buffer.length < s.length() ? new char[Math.max(s.length(), buffer.length * 2)] : buffer;
    s.getChars(0, s.length(), chars, 0);
    return chars;
  }

  /** Whether {@code c} is printable ASCII: no white space, nothing that needs a second look. */
  static boolean isPrintableAscii(char c) {
    return c > ' ' && c < 0x7f;
  }

  /**
   * The end of the run of printable ASCII in {@code chars[from, end)} that starts at {@code from}.
   */
  static int asciiRunEnd(char[] chars, int from, int end) {
    int i = from;
    while (i < end && isPrintableAscii(chars[i])) {
      i++;
    }
    return i;
  }

  /** Collapses whitespace (including non-breaking spaces) to single spaces and trims. */
  static String normalise(String s) {
    Normaliser normaliser = new Normaliser(s.length());
    normaliser.add(s);
    return normaliser.take();
  }

  /**
   * {@link #normalise(String)} of strings added one after another, worked as they come into one
   * reused array: the text of a block's nodes is neither joined nor copied again first.
   */
  static final class Normaliser {
    private char[] chars;
    private int length;
    private boolean space;

    Normaliser(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    void add(String s) {
      int n = s.length();
      // Normalised in place: a space is written only for a white character read and not written,
      // so writing never overtakes reading; a space still owed by the text before has its own
      // slot, the string is read from one further on.
      int from = space ? length + 1 : length;
      if (chars.length < from + n) {
        chars = java.util.Arrays.copyOf(chars, Math.max(from + n, chars.length * 2));
      }
      s.getChars(0, n, chars, from);
      char[] chars = this.chars;
      int out = length;
      boolean space = this.space;
      for (int i = from, end = from + n; i < end; i++) {
        char c = chars[i];
        if (isPrintableAscii(c)) {
          if (space) {
            chars[out++] = ' ';
            space = false;
          }
          int run = asciiRunEnd(chars, i, end); // most of a text: the run moves as one
          if (out != i) {
            System.arraycopy(chars, i, chars, out, run - i);
          }
          out += run - i;
          i = run - 1;
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
      length = out;
      this.space = space;
    }

    /** Whether no visible character has been added since the last take. */
    boolean isEmpty() {
      return length == 0;
    }

    /** The last visible character added since the last take; only when not {@link #isEmpty}. */
    char last() {
      return chars[length - 1];
    }

    /** The text added since the last take, normalised; starts afresh. */
    String take() {
      String text = new String(chars, 0, length);
      length = 0;
      space = false;
      return text;
    }
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
      char[] chars = this.chars = charsOf(whole, this.chars);
      // Char by char: no white space lies outside the basic plane, so a surrogate pair counts as
      // two characters that are not white, as its code point would.
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (isPrintableAscii(c)) {
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
