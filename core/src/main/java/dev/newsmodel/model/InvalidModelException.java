package dev.newsmodel.model;

/**
 * Thrown when a model value is built with inconsistent content: a span whose offsets do not match
 * its text or fall outside the article text, a duplicate id, or a reference to an entity that does
 * not exist. The message names the offending value.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that names the offending value. */
  public InvalidModelException(String message) {
    super(message);
  }
}
