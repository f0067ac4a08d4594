package dev.newsmodel.model;

/**
 * Something that stands at a place in the article's body text.
 *
 * <p>{@link #start()} and {@link #end()} are UTF-16 offsets into {@link Article#text()}, end
 * exclusive, and {@code article.text().substring(start(), end())} equals {@link #text()}.
 */
public interface Located {

  /** The text as it stands in the article body. */
  String text();

  /** Offset of the first character, inclusive. */
  int start();

  /** Offset after the last character, exclusive. */
  int end();
}
