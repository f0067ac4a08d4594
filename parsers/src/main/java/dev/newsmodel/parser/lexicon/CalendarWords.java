package dev.newsmodel.parser.lexicon;

import java.util.Set;

/** The names of weekdays and months, in lower case: times, never names of places or persons. */
public final class CalendarWords {
  private CalendarWords() {}

  /** "monday" … "sunday". */
  public static final Set<String> WEEKDAYS =
      WordList.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** "january" … "december". */
  public static final Set<String> MONTHS =
      WordList.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
}
