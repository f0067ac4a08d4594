package dev.newsmodel.parser.doc;

/**
 * Told the end of each stage of a parse, by name, for profiling; {@link #NONE} ignores it. The
 * stages call it in pipeline order, on the parsing thread.
 */
@FunctionalInterface
public interface Laps {
  /** Ignores every lap: what a plain parse uses. */
  Laps NONE = stage -> {};

  /** Stage {@code stage} has just ended. */
  void lap(String stage);
}
