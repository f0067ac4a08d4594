package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParserOptionsTest {

  @Test
  void defaultsAreSafeAndCopiesAreIndependent() {
    ParserOptions defaults = ParserOptions.defaults();
    ParserOptions smaller = defaults.withMaxInputChars(100);

    assertThat(defaults.maxInputChars()).isEqualTo(ParserOptions.DEFAULT_MAX_INPUT_CHARS);
    assertThat(smaller.maxInputChars()).isEqualTo(100);
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> ParserOptions.builder().maxInputChars(0).build())
        .hasMessageContaining("maxInputChars must be positive");
  }

  @Test
  void rejectsADepthBeyondWhatTheWalksCanRecurse() {
    assertThatThrownBy(
            () -> ParserOptions.builder().maxDepth(ParserOptions.MAX_DEPTH_LIMIT + 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth must be at most 1024");
  }

  /** The deepest page allowed parses on a thread of the default stack size. */
  @Test
  void theDeepestAllowedPageParses() throws Exception {
    int depth = ParserOptions.MAX_DEPTH_LIMIT;
    String html =
        "<div>".repeat(depth * 2)
            + "<p>Deep text, said Ana Silva, the mayor.</p>"
            + "</div>".repeat(depth * 2);
    NewsParser parser = NewsParser.create(ParserOptions.builder().maxDepth(depth).build());
    java.util.concurrent.atomic.AtomicReference<Object> result =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.set(parser.parse(html, "https://example.com/").text());
              } catch (Throwable e) {
                result.set(e);
              }
            });
    thread.start();
    thread.join();

    assertThat(result.get()).isEqualTo("Deep text, said Ana Silva, the mayor.");
  }
}
