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
    if (at < 0) {
      return cursor;
    }
    for (int k = 0; k < block.text.length(); k++) {
      positions[block.origin[k]] = source.origin[at + k];
    }
    return at + block.text.length();
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

  /** The source offset of a span of {@code text} at article offset {@code start}, or -1. */
  int map(int start, String text) {
    int[] span = span(start, start + text.length());
    return span == null ? -1 : span[0];
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
