package dev.newsmodel.parser;

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

  @Value.Check
  void check() {
    if (maxInputChars() < 1) {
      throw new IllegalArgumentException("maxInputChars must be positive: " + maxInputChars());
    }
  }

  /** Builds {@link ParserOptions}. */
  public static final class Builder extends ImmutableParserOptions.Builder {
    Builder() {}
  }
}
