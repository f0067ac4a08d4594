package dev.newsmodel.parser;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.text.TextReader;
import java.util.Objects;

/**
 * Parses news articles into {@link Article}s.
 *
 * <pre>{@code
 * NewsParser parser = NewsParser.create();
 * Article article = parser.parseText(pastedText);
 * article.sections().forEach(s -> System.out.println(s.heading().orElse("(lead)")));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: create one and share it. Malformed input never throws;
 * only misuse does ({@code null} input, a {@link LimitExceededException} when input exceeds a limit
 * of its {@link ParserOptions}).
 */
public final class NewsParser {
  private final ParserOptions options;
  private final TextReader textReader = new TextReader();
  private final Pipeline pipeline = new Pipeline();

  private NewsParser(ParserOptions options) {
    this.options = options;
  }

  /** A parser with the default options. */
  public static NewsParser create() {
    return new NewsParser(ParserOptions.defaults());
  }

  /** A parser with the given options. */
  public static NewsParser create(ParserOptions options) {
    return new NewsParser(Objects.requireNonNull(options, "options"));
  }

  /** This parser's options. */
  public ParserOptions options() {
    return options;
  }

  /**
   * Parses an article pasted as plain text: headline, byline and date lines, section headings and
   * paragraphs, without page furniture; "Read also" lines become related links.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws LimitExceededException if {@code text} is longer than {@link
   *     ParserOptions#maxInputChars()}
   */
  public Article parseText(String text) {
    Objects.requireNonNull(text, "text");
    checkSize(text.length());
    return pipeline.run(textReader.read(text));
  }

  private void checkSize(long size) {
    if (size > options.maxInputChars()) {
      throw new LimitExceededException("maxInputChars", options.maxInputChars(), size);
    }
  }
}
