package dev.newsmodel.parser.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches of text by their marks: “ ” ‘ ’ « » „ ‹ › and straight quotes. Tells the
 * apostrophe from a closing single quote (Blinken’s, the Joneses’), tolerates a quote closed with
 * the wrong mark (‘cooperation and conflict‘), keeps nested quotes inside their parent, and lets a
 * quote run on into the next paragraph when that paragraph opens with a quote mark. A quote left
 * open at the end of its paragraph is dropped.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** A quoted stretch: {@code [open, close]} are the marks, the content lies between them. */
  record Quoted(int open, int close, int depth) {
    int contentStart() {
      return open + 1;
    }

    int contentEnd() {
      return close;
    }
  }

  /** The quotes of {@code text}, top-level and nested, in order of their opening mark. */
  static List<Quoted> find(String text) {
    List<Quoted> found = new ArrayList<>();
    int[] stack = new int[64];
    char[] kinds = new char[64];
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        // A paragraph ends: an open quote continues only if the next paragraph opens with a mark.
        int next = i + 2;
        if (depth > 0 && !(next < n && isOpening(text, next))) {
          depth = 0;
        }
        if (depth > 0 && next < n) {
          i = next; // skip the continuation mark
        }
        continue;
      }
      if (!isMark(c)) {
        continue;
      }
      if (i > 0
          && i + 1 < n
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        continue; // an apostrophe inside a word: "don't", "Blinken’s"
      }
      char family = family(c);
      boolean open = isOpening(text, i);
      boolean close = isClosing(text, i);
      int top = depth - 1;
      if (close && depth > 0 && kinds[top] == family) {
        found.add(new Quoted(stack[top], i, top));
        depth--;
      } else if (family == '\'' && c == '\u2019' && !open) {
        continue; // an apostrophe
      } else if (open && depth < stack.length) {
        stack[depth] = i;
        kinds[depth] = family;
        depth++;
      } else if (depth > 0 && kinds[top] == family && !open) {
        found.add(new Quoted(stack[top], i, top));
        depth--;
      }
    }
    found.sort(java.util.Comparator.comparingInt(Quoted::open));
    return found;
  }

  static boolean isMark(char c) {
    return "\"'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A".indexOf(c)
        >= 0;
  }

  /** Double or single family: '"' or '\''. A wrongly turned mark stays in its family. */
  private static char family(char c) {
    return switch (c) {
      case '\'', '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A' -> '\'';
      default -> '"';
    };
  }

  /** A mark that opens: after a space, a bracket, a dash or the start, and before a word. */
  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201D' || c == '\u00BB' || c == '\u203A') {
      return false; // only ever closes
    }
    boolean before = i == 0 || isOpenContext(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    if (c == '\u2019') {
      // ’ opens only where no letter stands before it: the wrong-way ‘ of some texts.
      return before && after && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
    return before && after;
  }

  /** A mark that closes: after a word or punctuation, and not before a letter. */
  private static boolean isClosing(String text, int i) {
    boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return before && after;
  }

  private static boolean isOpenContext(char c) {
    return Character.isWhitespace(c)
        || c == '('
        || c == '['
        || c == '\u2014'
        || c == '\u2013'
        || c == '-'
        || c == '/'
        || c == ':'
        || isMark(c);
  }
}
