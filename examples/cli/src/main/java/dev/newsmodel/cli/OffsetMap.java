package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Section;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps offsets in an article's body back to the source text it was parsed from. Each paragraph is
 * found in the source (the reader keeps lines but may collapse white space); a span is shifted by
 * its paragraph's offset and, when the text there differs, looked for nearby.
 */
final class OffsetMap {
  private final String source;
  private final TreeMap<Integer, Integer> shifts = new TreeMap<>();

  OffsetMap(String source, Article article) {
    this.source = source;
    int cursor = 0;
    for (Section section : article.sections()) {
      if (section.heading().isPresent()) {
        cursor =
            anchor(
                article,
                section.start(),
                section.start() + section.heading().get().length(),
                cursor);
      }
      for (Paragraph p : section.paragraphs()) {
        cursor = anchor(article, p.start(), p.end(), cursor);
      }
    }
  }

  private int anchor(Article article, int start, int end, int cursor) {
    String block = article.text().substring(start, end);
    int at = source.indexOf(block, cursor);
    if (at >= 0) {
      shifts.put(start, at - start);
      return at + block.length();
    }
    return cursor;
  }

  /** The source offset of {@code text} found at article offset {@code start}, or -1. */
  int map(int start, String text) {
    Map.Entry<Integer, Integer> entry = shifts.floorEntry(start);
    int guess = start + (entry == null ? 0 : entry.getValue());
    if (guess >= 0 && guess + text.length() <= source.length() && source.startsWith(text, guess)) {
      return guess;
    }
    int at = source.indexOf(text, Math.max(0, guess - 200));
    return at >= 0 && at <= guess + 200 ? at : -1;
  }
}
