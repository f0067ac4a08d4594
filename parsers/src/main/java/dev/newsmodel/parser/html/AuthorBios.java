package dev.newsmodel.parser.html;

import dev.newsmodel.parser.doc.Block;
import java.util.List;

/**
 * Drops the author's box from the end of the body: a short paragraph that opens with the name of
 * one of the article's authors ("Jo Doe is a reporter who covers ...", "Jo Doe can be reached at
 * ...", or the name alone). Pages print it below the story, about the writer rather than the news;
 * a reader of the story skips it. Only the last few blocks are read, and only names of two words or
 * more count: a paragraph about a person who shares a lone first name is the story's.
 */
final class AuthorBios {
  private AuthorBios() {}

  /** How many blocks at the end of the body may be an author's box. */
  private static final int TAIL = 4;

  /** The longest paragraph taken for an author's box; a longer one is the story's. */
  private static final int MAX_LENGTH = 400;

  /** Removes the author bios among the last blocks of {@code blocks}. */
  static void drop(List<Block> blocks, List<String> authors) {
    if (authors.isEmpty()) {
      return; // most pages with no byline: nothing to look for
    }
    int from = Math.max(0, blocks.size() - TAIL);
    for (int i = blocks.size() - 1; i >= from; i--) {
      Block block = blocks.get(i);
      if (block.kind() == Block.Kind.PARAGRAPH && isBio(block.text(), authors)) {
        blocks.remove(i);
      }
    }
  }

  /** Whether {@code text} is short and opens with the whole name of one of {@code authors}. */
  static boolean isBio(String text, List<String> authors) {
    if (text.length() > MAX_LENGTH) {
      return false;
    }
    for (String author : authors) {
      String name = author.strip();
      if (name.indexOf(' ') > 0
          && text.startsWith(name)
          && (text.length() == name.length()
              || !Character.isLetterOrDigit(text.charAt(name.length())))) {
        return true;
      }
    }
    return false;
  }
}
