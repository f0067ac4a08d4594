package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.ThreadChars;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches of text by their marks: “ ” ‘ ’ « » „ ‹ ›, straight quotes and doubled
 * apostrophes ('' … ''). Tells the apostrophe from a closing single quote (Blinken’s, the
 * Joneses’), tolerates a quote closed with the wrong mark (‘cooperation and conflict‘), keeps
 * nested quotes inside their parent, and lets a quote run on into the next paragraph when that
 * paragraph opens with a quote mark. A quote never closed counts, paragraph by paragraph, where its
 * mark opens a paragraph or follows a colon (interview transcripts); elsewhere it is dropped.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * A quoted stretch: {@code open} and {@code close} are where the marks start, the content lies
   * between them; {@code end} is just after the closing mark.
   */
  record Quoted(int open, int close, int depth, int contentStart, int end) {
    int contentEnd() {
      return close;
    }
  }

  /** The quotes of {@code text}, top-level and nested, in order of their opening mark. */
  static List<Quoted> find(String text) {
    return new Finder(text).find();
  }

  private static final ThreadChars CHARS = new ThreadChars();

  private static final class Finder {
    final String text;
    final int n;
    final List<Quoted> found = new ArrayList<>();
    final int[] stack = new int[64];
    final int[] widths = new int[64];
    final char[] kinds = new char[64];
    int depth;

    /** The paragraphs of the open top-level quote: {open, content start, paragraph end}. */
    final List<int[]> pieces = new ArrayList<>();

    Finder(String text) {
      this.text = text;
      this.n = text.length();
    }

    List<Quoted> find() {
      char[] chars = CHARS.copyOf(text); // every character is looked at: an array is fastest
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c == '\n' && i + 1 < n && chars[i + 1] == '\n') {
          i = paragraphBreak(i);
          continue;
        }
        if (isMark(c)) {
          i = mark(i, c);
        }
      }
      if (depth > 0) {
        unclosed(n);
      }
      found.sort(java.util.Comparator.comparingInt(Quoted::open));
      return found;
    }

    /** A paragraph ends at {@code i}: an open quote goes on only if the next opens with a mark. */
    private int paragraphBreak(int i) {
      int next = i + 2;
      if (depth == 0) {
        return i;
      }
      if (next < n && isMark(text.charAt(next)) && isOpening(text, next)) {
        int content = next + markWidth(next);
        if (depth == 1 && speakerLabel(text, content)) {
          // A new turn of a transcript ("PENCE: …"): the turn before ends with its paragraph.
          int[] opened = pieces.get(0);
          found.add(new Quoted(opened[0], i, 0, opened[1], i));
          pieces.clear();
          pieces.add(new int[] {next, content, -1});
          stack[0] = next;
          widths[0] = content - next;
          return content - 1;
        }
        pieces.get(pieces.size() - 1)[2] = i;
        pieces.add(new int[] {next, next + markWidth(next), -1});
        return next + markWidth(next) - 1; // skip the continuation mark
      }
      unclosed(i);
      return i;
    }

    /** The open quotes are never closed: keep the paragraphs that open with a mark. */
    private void unclosed(int paragraphEnd) {
      if (!pieces.isEmpty()) {
        pieces.get(pieces.size() - 1)[2] = paragraphEnd;
        for (int[] piece : pieces) {
          if (opensParagraph(piece[0])) {
            found.add(new Quoted(piece[0], piece[2], 0, piece[1], piece[2]));
          }
        }
      }
      pieces.clear();
      depth = 0;
    }

    private boolean opensParagraph(int i) {
      int j = i - 1;
      while (j >= 0 && text.charAt(j) == ' ') {
        j--;
      }
      return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == ':';
    }

    private int mark(int i, char c) {
      int width = markWidth(i);
      if (width == 1
          && i > 0
          && i + 1 < n
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        return i; // an apostrophe inside a word: "don't", "Blinken’s"
      }
      char family = width == 2 ? '"' : family(c);
      boolean open = isOpening(text, i + width - 1) && (width == 2 || isOpening(text, i));
      boolean close = isClosing(text, i, width);
      int top = depth - 1;
      if (close && depth > 0 && kinds[top] == family) {
        closeAt(i, width);
      } else if (family == '\'' && c == '\u2019' && !open) {
        return i; // an apostrophe
      } else if (open && depth < stack.length) {
        stack[depth] = i;
        widths[depth] = width;
        kinds[depth] = family;
        if (depth == 0) {
          pieces.clear();
          pieces.add(new int[] {i, i + width, -1});
        }
        depth++;
      } else if (depth > 0 && kinds[top] == family && !open) {
        closeAt(i, width);
      }
      return i + width - 1;
    }

    private void closeAt(int i, int width) {
      int top = depth - 1;
      found.add(new Quoted(stack[top], i, top, stack[top] + widths[top], i + width));
      depth--;
      if (depth == 0) {
        pieces.clear();
      }
    }

    /** Two for a doubled apostrophe ('' as a double quote), else one. */
    private int markWidth(int i) {
      return i + 1 < n && text.charAt(i) == '\'' && text.charAt(i + 1) == '\'' ? 2 : 1;
    }
  }

  /** Whether a speaker's name in capitals and a colon open {@code i}: "PENCE: ", "MR. LEE: ". */
  static boolean speakerLabel(String text, int i) {
    int letters = 0;
    for (int j = i; j < text.length() && j < i + 30; j++) {
      char c = text.charAt(j);
      if (c == ':') {
        return letters > 1 && j + 1 < text.length() && text.charAt(j + 1) == ' ';
      }
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    return false;
  }

  static boolean isMark(char c) {
    if (c < '\u00AB') {
      return c == '"' || c == '\'';
    }
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
  private static boolean isClosing(String text, int i, int width) {
    boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    int next = i + width;
    boolean after = next >= text.length() || !Character.isLetterOrDigit(text.charAt(next));
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
