package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article as readable text or Markdown: title, byline, date, then each section's heading and
 * paragraphs. Markdown has the title as a level-1 heading and section headings below it.
 */
final class ArticleText {
  /** What {@code parse} prints between two documents in text and Markdown output. */
  static final String SEPARATOR = "\n---\n\n";

  private ArticleText() {}

  /** The article as plain text: blocks separated by blank lines, headings underlined. */
  static String text(Article article) {
    List<String> blocks = new ArrayList<>();
    List<String> head = new ArrayList<>();
    article.title().ifPresent(head::add);
    byline(article).ifPresent(head::add);
    date(article).ifPresent(head::add);
    if (!head.isEmpty()) {
      blocks.add(String.join("\n", head));
    }
    for (Section section : article.sections()) {
      section
          .heading()
          .ifPresent(
              h -> blocks.add(h + "\n" + "-".repeat(Math.max(3, h.codePointCount(0, h.length())))));
      for (Paragraph paragraph : section.paragraphs()) {
        blocks.add(paragraph.text());
      }
    }
    return join(blocks);
  }

  /** The article as Markdown: the title a level-1 heading, sections at level 2 and below. */
  static String markdown(Article article) {
    List<String> blocks = new ArrayList<>();
    article.title().ifPresent(t -> blocks.add("# " + escape(t)));
    List<String> lines = new ArrayList<>();
    byline(article).ifPresent(b -> lines.add("*" + escape(b) + "*"));
    date(article).ifPresent(d -> lines.add(escape(d)));
    if (!lines.isEmpty()) {
      blocks.add(String.join("  \n", lines)); // two spaces: a line break within the block
    }
    for (Section section : article.sections()) {
      int level = Math.min(6, Math.max(2, section.level()));
      section.heading().ifPresent(h -> blocks.add("#".repeat(level) + " " + escape(h)));
      for (Paragraph paragraph : section.paragraphs()) {
        blocks.add(escape(paragraph.text()));
      }
    }
    return join(blocks);
  }

  private static Optional<String> byline(Article article) {
    List<String> authors = article.authors();
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    String names =
        authors.size() == 1
            ? authors.get(0)
            : String.join(", ", authors.subList(0, authors.size() - 1))
                + " and "
                + authors.get(authors.size() - 1);
    return Optional.of("By " + names);
  }

  private static Optional<String> date(Article article) {
    return article.publishedAt().map(Object::toString);
  }

  private static String join(List<String> blocks) {
    return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
  }

  /**
   * Text as Markdown shows it: inline markup characters escaped with a backslash, and a line that
   * would open a heading, quote, list or rule escaped at its start.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      StringBuilder escaped = new StringBuilder(line.length() + 4);
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if ("\\`*_[]<>|".indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
      String result = escaped.toString();
      String stripped = result.stripLeading();
      int indent = result.length() - stripped.length();
      if (stripped.startsWith("#")
          || stripped.startsWith("-")
          || stripped.startsWith("+")
          || stripped.startsWith("=")
          || stripped.matches("\\d+[.)](\\s.*)?")) {
        int at = indent;
        while (at < result.length() && Character.isDigit(result.charAt(at))) {
          at++;
        }
        result = result.substring(0, at) + "\\" + result.substring(at);
      }
      out.append(result);
    }
    return out.toString();
  }
}
