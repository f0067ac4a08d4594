package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Section;
import java.util.Arrays;

/**
 * Maps offsets in an article's body back to the source text it was parsed from. Each heading and
 * paragraph is found in the source with white space runs compared as one space (the reader
 * collapses them), in order, and each of its characters is mapped to its source position.
 */
final class OffsetMap {
  private final int[] positions;

  OffsetMap(String source, Article article) {
    String text = article.text();
    positions = new int[text.length()];
    Arrays.fill(positions, -1);
    Squeezed squeezedSource = new Squeezed(source, 0, source.length());
    int cursor = 0;
    for (Section section : article.sections()) {
      if (section.heading().isPresent()) {
        int start = section.start();
        cursor =
            anchor(text, start, start + section.heading().get().length(), squeezedSource, cursor);
      }
      for (Paragraph p : section.paragraphs()) {
        cursor = anchor(text, p.start(), p.end(), squeezedSource, cursor);
      }
    }
  }

  private int anchor(String text, int start, int end, Squeezed source, int cursor) {
    Squeezed block = new Squeezed(text, start, end);
    if (block.text.isEmpty()) {
      return cursor;
    }
    int at = source.text.indexOf(block.text, cursor);
    if (at >= 0) {
      place(block, 0, block.text.length(), source, at);
      return at + block.text.length();
    }
    // The reader changed something inside (a repaired encoding, say): place it piece by piece.
    int limit = cursor + 4 * block.text.length() + 1000;
    int last = cursor;
    for (int k = 0; k + CHUNK <= block.text.length(); k += CHUNK) {
      int found = source.text.indexOf(block.text.substring(k, k + CHUNK), last);
      if (found >= 0 && found < limit) {
        place(block, k, CHUNK, source, found);
        last = found + CHUNK;
      }
    }
    int tail = Math.max(0, block.text.length() - CHUNK);
    int found = source.text.indexOf(block.text.substring(tail), last);
    if (found >= 0 && found < limit) {
      place(block, tail, block.text.length() - tail, source, found);
      last = found + block.text.length() - tail;
    }
    return last;
  }

  private static final int CHUNK = 24;

  private void place(Squeezed block, int from, int length, Squeezed source, int at) {
    for (int k = 0; k < length; k++) {
      positions[block.origin[from + k]] = source.origin[at + k];
    }
  }

  /** The source span {start, end} of article characters {@code [start, end)}, or null. */
  int[] span(int start, int end) {
    int first = start;
    while (first < end && positions[first] < 0) {
      first++;
    }
    int last = end - 1;
    while (last >= first && positions[last] < 0) {
      last--;
    }
    if (first > last || first - start > 2 || end - 1 - last > 2) {
      return null;
    }
    return new int[] {positions[first] - (first - start), positions[last] + 1 + (end - 1 - last)};
  }

  /** A text with each run of white space squeezed to one space, and where each character was. */
  private static final class Squeezed {
    final String text;
    final int[] origin;

    Squeezed(String s, int from, int to) {
      StringBuilder out = new StringBuilder(to - from);
      int[] at = new int[to - from];
      boolean space = false;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (Character.getType(c) == Character.FORMAT) {
          continue; // zero-width spaces and joiners, which the reader drops
        }
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (!space && out.length() > 0) {
            at[out.length()] = i;
            out.append(' ');
          }
          space = true;
        } else {
          at[out.length()] = i;
          out.append(c);
          space = false;
        }
      }
      int n = out.length();
      if (n > 0 && out.charAt(n - 1) == ' ') {
        n--;
      }
      this.text = out.substring(0, n);
      this.origin = Arrays.copyOf(at, n);
    }
  }
}
