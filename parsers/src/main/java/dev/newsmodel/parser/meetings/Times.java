package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.Span;
import dev.newsmodel.parser.doc.Tokens;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time of a meeting as written ("yesterday", "later in the day", "on Monday") and, when the
 * article's date is known, the calendar date it names.
 */
final class Times {
  private Times() {}

  private static final Map<String, Integer> RELATIVE =
      Map.of("today", 0, "tonight", 0, "yesterday", -1, "tomorrow", 1);

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday",
          DayOfWeek.MONDAY,
          "tuesday",
          DayOfWeek.TUESDAY,
          "wednesday",
          DayOfWeek.WEDNESDAY,
          "thursday",
          DayOfWeek.THURSDAY,
          "friday",
          DayOfWeek.FRIDAY,
          "saturday",
          DayOfWeek.SATURDAY,
          "sunday",
          DayOfWeek.SUNDAY);

  static Optional<Span> find(String text, Tokens tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        continue;
      }
      String word = tokens.lower(i);
      boolean possessive =
          i + 1 < end
              && tokens.kind(i + 1) == Tokens.WORD
              && tokens.text(i + 1).endsWith("s")
              && tokens.end(i) == tokens.start(i + 1);
      if (RELATIVE.containsKey(word) && !possessive) {
        return Optional.of(span(text, tokens, i, i + 1));
      }
      if (WEEKDAYS.containsKey(word)) {
        int from = i > first && tokens.is(i - 1, "on") ? i - 1 : i;
        return Optional.of(span(text, tokens, from, i + 1));
      }
      if ((word.equals("later") || word.equals("earlier"))
          && i + 3 < end
          && tokens.is(i + 1, "in")
          && tokens.is(i + 2, "the")
          && (tokens.is(i + 3, "day") || tokens.is(i + 3, "week"))) {
        return Optional.of(span(text, tokens, i, i + 4));
      }
    }
    return Optional.empty();
  }

  /** The date a time expression names, given the article's date. */
  static Optional<LocalDate> resolve(String time, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    String lower = time.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Integer> entry : RELATIVE.entrySet()) {
      if (lower.equals(entry.getKey())) {
        return Optional.of(published.get().plusDays(entry.getValue()));
      }
    }
    if (lower.startsWith("later in the day") || lower.startsWith("earlier in the day")) {
      return published;
    }
    String day = lower.startsWith("on ") ? lower.substring(3) : lower;
    DayOfWeek weekday = WEEKDAYS.get(day);
    return weekday == null
        ? Optional.empty()
        : Optional.of(published.get().with(TemporalAdjusters.previousOrSame(weekday)));
  }

  private static Span span(String text, Tokens tokens, int from, int to) {
    int start = tokens.start(from);
    return Span.of(text.substring(start, tokens.end(to - 1)), start);
  }
}
