package dev.newsmodel.parser.text;

import dev.newsmodel.parser.doc.ThreadChars;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw text into logical lines: one per paragraph, heading or other line of the source.
 * Whitespace is collapsed and control characters dropped. Lines hard-wrapped at a fixed width
 * (e-mail, terminals) are joined back into their paragraph; input with one paragraph per line, or
 * paragraphs separated by blank lines, keeps its lines.
 */
final class LineSplitter {
  /** Widest line that counts as hard-wrapped text. */
  private static final int MAX_WRAP_WIDTH = 100;

  /** Narrowest width that text is wrapped at. */
  private static final int MIN_WRAP_WIDTH = 40;

  private static final ThreadChars CHARS = new ThreadChars();

  private final Bylines bylines;
  private final DateLines dateLines;
  private final Furniture furniture;
  private final RelatedLinks relatedLinks;

  /** Splits lines, not joining a wrapped line to one that these tell stands on its own. */
  LineSplitter(
      Bylines bylines, DateLines dateLines, Furniture furniture, RelatedLinks relatedLinks) {
    this.bylines = bylines;
    this.dateLines = dateLines;
    this.furniture = furniture;
    this.relatedLinks = relatedLinks;
  }

  List<String> logicalLines(String input) {
    List<String> lines = new ArrayList<>();
    List<String> block = new ArrayList<>();
    char[] chars = CHARS.copyOf(input); // scanned char by char: an array is fastest
    int n = input.length();
    int start = 0;
    while (start <= n) {
      // One pass finds the line's end and whether it needs cleaning (most lines do not): printable
      // ASCII, single spaces, no space at either end.
      int end = start;
      boolean clean = true;
      char previous = ' '; // a space first is no clean line
      for (; end < n; end++) {
        char c = chars[end];
        if (c < ' ') {
          if (c == '\n' || c == '\r') {
            break;
          }
          clean = false;
        } else if (c == ' ' ? previous == ' ' : c > '~' && needsCleaning(c)) {
          clean = false;
        }
        previous = c;
      }
      clean &= previous != ' ' || end == start;
      String line = clean ? input.substring(start, end) : clean(input, start, end);
      if (line.isEmpty()) {
        flush(block, lines);
      } else {
        block.add(line);
      }
      if (end < n && chars[end] == '\r' && end + 1 < n && chars[end + 1] == '\n') {
        end++;
      }
      start = end + 1;
    }
    flush(block, lines);
    return lines;
  }

  /** Adds a block of consecutive non-blank lines, joining them where they were hard-wrapped. */
  private void flush(List<String> block, List<String> out) {
    if (block.isEmpty()) {
      return;
    }
    if (!isWrapped(block)) {
      out.addAll(block);
      block.clear();
      return;
    }
    int width = maxLength(block);
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      if (paragraph.length() > 0) {
        boolean hyphenated =
            paragraph.charAt(paragraph.length() - 1) == '-'
                && Character.isLowerCase(line.charAt(0))
                && paragraph.length() > 1
                && Character.isLetter(paragraph.charAt(paragraph.length() - 2));
        if (!hyphenated) {
          paragraph.append(' ');
        }
      }
      paragraph.append(line);
      boolean last = i == block.size() - 1;
      if (last || !filled(block, i, width)) {
        out.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    block.clear();
  }

  /**
   * A block is hard-wrapped when its lines are narrow and most of them break mid-sentence; lines
   * that each end a sentence are one paragraph per line.
   */
  private boolean isWrapped(List<String> block) {
    int width = maxLength(block);
    if (block.size() < 2 || width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) {
      return false;
    }
    int sentenceEnds = 0;
    for (int i = 0; i < block.size() - 1; i++) {
      boolean endsSentence = Lines.endsSentence(block.get(i));
      if (!filled(block, i, width) && !endsSentence) {
        return false;
      }
      if (endsSentence) {
        sentenceEnds++;
      }
    }
    return sentenceEnds * 2 < block.size() - 1;
  }

  /**
   * Whether line {@code i} was broken because the next word did not fit: a wrapped line is so full
   * that adding the next line's first word would pass the block's width.
   */
  private boolean filled(List<String> block, int i, int width) {
    String next = block.get(i + 1);
    if (startsOwnLine(next)) {
      return false;
    }
    int firstWord = next.indexOf(' ');
    return block.get(i).length() + 1 + (firstWord < 0 ? next.length() : firstWord) > width;
  }

  /** Lines that never continue the line before: bylines, dates, furniture, related links. */
  private boolean startsOwnLine(String line) {
    return bylines.parse(line).isPresent()
        || dateLines.parseLine(line).isPresent()
        || furniture.is(line)
        || relatedLinks.parse(line).isPresent();
  }

  private static int maxLength(List<String> block) {
    int max = 0;
    for (String line : block) {
      max = Math.max(max, line.length());
    }
    return max;
  }

  /** The line's text with whitespace collapsed, invisible and control characters dropped. */
  static String clean(String input, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = input.charAt(i);
      if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The characters above ASCII that {@link #clean} drops or turns into a space. */
  private static boolean needsCleaning(char c) {
    return c <= '\u00A0'
        || c == '\u00AD'
        || c == '\u1680'
        || c >= '\u2000' && c <= '\u200B'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u2060'
        || c == '\u3000'
        || c == '\uFEFF';
  }
}
