package dev.newsmodel.parser.quotes;

/**
 * Characters {@code [start, end)} of a document's text: where a quote's cue stands, as the quote
 * stores it. Kept apart from {@link TokenRange}, which counts tokens.
 */
record CharRange(int start, int end) {}
