package dev.newsmodel.model;

/** Whether a reported meeting took place. */
public enum MeetingStatus {
  /** It took place. */
  HELD,
  /** It is announced, scheduled or expected. */
  PLANNED,
  /** It was called off. */
  CANCELLED
}
