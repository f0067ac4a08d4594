package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and odd input: every case returns a valid article (the model checks its invariants when
 * it is built) and survives a JSON round trip. The timeout only guards against hangs; speed is
 * measured by the benchmarks.
 */
class AdversarialInputTest {
  private static final NewsParser PARSER = NewsParser.create();

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("empty", (Supplier<String>) () -> ""),
        Arguments.of("whitespace only", (Supplier<String>) () -> " \t\n\r\n\u00A0\u2003\n"),
        Arguments.of(
            "NUL characters", (Supplier<String>) () -> "Ana\u0000 Silva said\u0000 no.\n\u0000"),
        Arguments.of(
            "20 MB single line",
            (Supplier<String>) () -> "Minister Ana Silva said yes, ".repeat(700_000)),
        Arguments.of(
            "100,000 unmatched quote marks",
            (Supplier<String>) () -> "\u201c".repeat(100_000) + " he said."),
        Arguments.of(
            "deeply nested quotes",
            (Supplier<String>)
                () -> "\u201c\u2018".repeat(20_000) + "No" + "\u2019\u201d".repeat(20_000)),
        Arguments.of(
            "surrogate pairs at span edges",
            (Supplier<String>)
                () ->
                    "\uD83D\uDE00President \uD83D\uDE00Ana Silva\uD83D\uDE00 said \uD83D\uDE00.\n\uD835\uDC00Bo Lind met her."),
        Arguments.of(
            "lone surrogates", (Supplier<String>) () -> "Mr. \uD800Smith said \uDC00 yes. \uD83D"),
        Arguments.of(
            "right-to-left text",
            (Supplier<String>)
                () ->
                    "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0645\u062d\u0645\u062f.\n\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd. President Ana Silva said."),
        Arguments.of("many names", (Supplier<String>) AdversarialInputTest::manyNames),
        Arguments.of(
            "many pronouns",
            (Supplier<String>)
                () -> "Senator Ana Silva spoke. " + "She said she would. ".repeat(50_000)),
        Arguments.of(
            "control characters",
            (Supplier<String>)
                () -> "\u0001\u0002\u001b[31mred\u001b[0m\f\u000b\u0085\u2028\u2029end"));
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("binary", (Supplier<byte[]>) () -> random(100_000, 1)),
        Arguments.of(
            "invalid UTF-8",
            (Supplier<byte[]>)
                () ->
                    new byte[] {
                      '<',
                      'p',
                      '>',
                      (byte) 0xc3,
                      (byte) 0x28,
                      (byte) 0xa0,
                      (byte) 0xa1,
                      (byte) 0xf0,
                      (byte) 0x28,
                      (byte) 0x8c,
                      '<',
                      '/',
                      'p',
                      '>'
                    }),
        Arguments.of(
            "mislabelled charset",
            (Supplier<byte[]>)
                () ->
                    "<meta charset=shift_jis><p>Caf\u00e9 \u00fcber na\u00efve \u201cquotes\u201d, President Ana Silva said.</p>"
                        .getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "10,000 nested elements",
            (Supplier<byte[]>)
                () ->
                    ("<div>".repeat(10_000)
                            + "<p>Deep text said Ana Silva.</p>"
                            + "</div>".repeat(10_000))
                        .getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "unclosed nesting",
            (Supplier<byte[]>)
                () -> ("<b><i><p><span>".repeat(5_000) + "text").getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "huge attribute",
            (Supplier<byte[]>)
                () ->
                    ("<div class=\""
                            + "x".repeat(5_000_000)
                            + "\"><p>Text of the story goes here, said Ana Silva.</p></div>")
                        .getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "20 MB paragraph",
            (Supplier<byte[]>)
                () ->
                    ("<p>" + "Minister Ana Silva said yes, ".repeat(700_000) + "</p>")
                        .getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "broken JSON-LD",
            (Supplier<byte[]>)
                () ->
                    ("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[[[["
                            + "[".repeat(10_000)
                            + "</script><p>Body text of a story.</p>")
                        .getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "NUL in markup",
            (Supplier<byte[]>)
                () -> "<p>a\u0000b</p>\u0000<h2>\u0000</h2>".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("empty", (Supplier<byte[]>) () -> new byte[0]));
  }

  /** The small cases, kept as files under {@code src/test/resources/.../adversarial/}. */
  static Stream<String> files() {
    return Stream.of(
        "empty.txt",
        "whitespace-only.txt",
        "nul-characters.txt",
        "right-to-left.txt",
        "surrogate-pairs-at-edges.txt",
        "invalid-utf8.txt",
        "unmatched-quotes.txt",
        "control-characters.txt",
        "binary.bin",
        "invalid-utf8.html",
        "mislabelled-charset.html",
        "nul-in-markup.html",
        "broken-json-ld.html");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void fileGivesAValidArticle(String name) throws java.io.IOException {
    byte[] bytes;
    try (java.io.InputStream in = getClass().getResourceAsStream("adversarial/" + name)) {
      assertThat(in).as(name).isNotNull();
      bytes = in.readAllBytes();
    }
    assertValid(
        name.endsWith(".txt")
            ? PARSER.parseText(new String(bytes, StandardCharsets.UTF_8))
            : PARSER.parse(bytes, null, "https://example.com/a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void textGivesAValidArticleOrADocumentedLimit(String name, Supplier<String> input) {
    Article article;
    try {
      article = PARSER.parseText(input.get());
    } catch (LimitExceededException e) {
      // A documented outcome: "She said she would." fifty thousand times is 50,000 quotes.
      assertThat(e.limit()).isIn("maxPersons", "maxQuotes");
      return;
    }
    assertValid(article);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void pageGivesAValidArticle(String name, Supplier<byte[]> input) {
    Article article = PARSER.parse(input.get(), null, "https://example.com/a");

    assertValid(article);
  }

  private static void assertValid(Article article) {
    // Building the article checked every span against the text; the JSON round trip checks again.
    if (article.text().length() < 1_000_000) {
      assertThat(ArticleJson.fromJson(ArticleJson.toJson(article))).isEqualTo(article);
    }
    assertThat(article.sections())
        .allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(article.text().length()));
  }

  private static String manyNames() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      text.append("Minister Ana")
          .append(Integer.toString(i, 26).replace('0', 'z'))
          .append(" Silva met Bo Lind. ");
    }
    return text.toString();
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
