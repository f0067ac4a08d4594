package dev.newsmodel.model;

/** How a quote renders what was said. */
public enum QuoteKind {
  /** A whole statement in quotation marks. */
  DIRECT,
  /** Quoted words inside reported speech: told X that Y has "no room for compromise". */
  PARTIAL,
  /** Reported speech without quotation marks: X said (that) ..., according to X, ... */
  INDIRECT
}
