package dev.newsmodel.parser;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Limits and settings of a {@link NewsParser}. Immutable; the defaults are safe for untrusted
 * input.
 *
 * <pre>{@code
 * ParserOptions options = ParserOptions.builder().maxInputChars(1_000_000).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ParserOptions implements WithParserOptions {

  /** Default {@link #maxInputChars()}: 32 Mi characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;

  ParserOptions() {}

  /** The defaults. */
  public static ParserOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder, preset with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The longest input accepted, in UTF-16 characters (or bytes, for byte input). Longer input is
   * rejected with a {@link LimitExceededException}.
   */
  @Value.Default
  public int maxInputChars() {
    return DEFAULT_MAX_INPUT_CHARS;
  }

  /** Default {@link #maxDepth()}. */
  public static final int DEFAULT_MAX_DEPTH = 512;

  /** Default {@link #maxPersons()}. */
  public static final int DEFAULT_MAX_PERSONS = 100_000;

  /** The largest {@link #maxDepth()} allowed: the page walks recurse once per level of nesting. */
  public static final int MAX_DEPTH_LIMIT = 1024;

  /**
   * The deepest element nesting kept when parsing HTML, at most {@link #MAX_DEPTH_LIMIT}. Elements
   * nested deeper are attached at this depth instead (their text is kept), so hostile markup cannot
   * exhaust the stack.
   */
  @Value.Default
  public int maxDepth() {
    return DEFAULT_MAX_DEPTH;
  }

  /**
   * The most persons an article may hold. A text that names more is rejected with a {@link
   * LimitExceededException}.
   */
  @Value.Default
  public int maxPersons() {
    return DEFAULT_MAX_PERSONS;
  }

  /** Default {@link #maxQuotes()}. */
  public static final int DEFAULT_MAX_QUOTES = 1_000_000;

  /**
   * The most quotes an article may hold. A text with more is rejected with a {@link
   * LimitExceededException}.
   */
  @Value.Default
  public int maxQuotes() {
    return DEFAULT_MAX_QUOTES;
  }

  /**
   * The language of every text this parser reads, as a BCP 47 tag ("en", "de-AT"), in place of the
   * one the page declares and the text shows: for texts the detector gets wrong. Empty by default.
   */
  public abstract Optional<String> language();

  @Value.Check
  void check() {
    language()
        .filter(tag -> !tag.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*"))
        .ifPresent(
            tag -> {
              throw new IllegalArgumentException("language must be a BCP 47 tag: '" + tag + "'");
            });
    positive("maxInputChars", maxInputChars());
    positive("maxDepth", maxDepth());
    if (maxDepth() > MAX_DEPTH_LIMIT) {
      throw new IllegalArgumentException(
          "maxDepth must be at most " + MAX_DEPTH_LIMIT + ": " + maxDepth());
    }
    positive("maxPersons", maxPersons());
    positive("maxQuotes", maxQuotes());
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /** Builds {@link ParserOptions}. */
  public static final class Builder extends ImmutableParserOptions.Builder {
    Builder() {}
  }
}
