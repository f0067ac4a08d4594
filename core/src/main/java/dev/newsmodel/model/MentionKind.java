package dev.newsmodel.model;

/** How an entity is mentioned. */
public enum MentionKind {
  /** By name: "Antony Blinken", "Blinken". */
  NAME,
  /** By pronoun: "he", "her". */
  PRONOUN,
  /** By a description: "the US Secretary of State", "the senior diplomat". */
  DESCRIPTION
}
