package dev.newsmodel.parser;

/**
 * Thrown when an input exceeds a limit of {@link ParserOptions}. The message names the limit, its
 * value and the input's size.
 */
public final class LimitExceededException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long maximum;
  private final long actual;

  LimitExceededException(String limit, long maximum, long actual) {
    super("input exceeds " + limit + ": " + actual + " > " + maximum);
    this.limit = limit;
    this.maximum = maximum;
    this.actual = actual;
  }

  /** The name of the option that was exceeded, as in {@link ParserOptions}: "maxInputChars". */
  public String limit() {
    return limit;
  }

  /** The limit's value. */
  public long maximum() {
    return maximum;
  }

  /** The input's size. */
  public long actual() {
    return actual;
  }
}
