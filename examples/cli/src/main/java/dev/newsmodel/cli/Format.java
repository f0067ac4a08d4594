package dev.newsmodel.cli;

/** The input format the parse command assumes. */
enum Format {
  /** Decide from the content. */
  auto,
  /** Plain text, as pasted from a web page. */
  text
}
