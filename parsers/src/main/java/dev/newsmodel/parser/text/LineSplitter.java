package dev.newsmodel.parser.text;

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

  private LineSplitter() {}

  static List<String> logicalLines(String input) {
    List<String> lines = new ArrayList<>();
    List<String> block = new ArrayList<>();
    int n = input.length();
    int start = 0;
    while (start <= n) {
      int end = start;
      while (end < n && input.charAt(end) != '\n' && input.charAt(end) != '\r') {
        end++;
      }
      String line = clean(input, start, end);
      if (line.isEmpty()) {
        flush(block, lines);
      } else {
        block.add(line);
      }
      if (end < n && input.charAt(end) == '\r' && end + 1 < n && input.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    flush(block, lines);
    return lines;
  }

  /** Adds a block of consecutive non-blank lines, joining them where they were hard-wrapped. */
  private static void flush(List<String> block, List<String> out) {
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
      if (last || line.length() < width * 6 / 10) {
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
  private static boolean isWrapped(List<String> block) {
    if (block.size() < 2 || maxLength(block) > MAX_WRAP_WIDTH) {
      return false;
    }
    int sentenceEnds = 0;
    for (int i = 0; i < block.size() - 1; i++) {
      if (Lines.endsSentence(block.get(i))) {
        sentenceEnds++;
      }
    }
    return sentenceEnds * 2 < block.size() - 1;
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
}
