package dev.newsmodel.parser.doc;

import java.util.Objects;

/**
 * One block of the article body as a reader found it: a heading or a paragraph.
 *
 * @param kind heading or paragraph
 * @param text the block's text, trimmed, whitespace collapsed
 * @param level the heading level (1 to 6), 0 for a paragraph
 */
public record Block(Kind kind, String text, int level) {

  /** What a block is. */
  public enum Kind {
    HEADING,
    PARAGRAPH
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** A paragraph block. */
  public static Block paragraph(String text) {
    return new Block(Kind.PARAGRAPH, text, 0);
  }

  /** A heading block of the given level. */
  public static Block heading(String text, int level) {
    return new Block(Kind.HEADING, text, level);
  }
}
