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
  private final MeetingWords words;

  Times(MeetingWords words) {
    this.words = words;
  }

  Optional<Span> find(String text, Tokens tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        continue;
      }
      String word = tokens.lower(i);
      boolean possessive =
          i + 1 < end
              && tokens.kind(i + 1) == Tokens.WORD
              && tokens.text(i + 1).endsWith(words.possessiveEnding)
              && tokens.end(i) == tokens.start(i + 1);
      if (words.relativeDays.containsKey(word) && !possessive) {
        return Optional.of(span(text, tokens, i, i + 1));
      }
      if (words.calendar.weekday(word) != null) {
        int from = i > first && tokens.is(i - 1, words.weekdayPreposition) ? i - 1 : i;
        return Optional.of(span(text, tokens, from, i + 1));
      }
      if (words.relativePhraseStarts.contains(word)) {
        for (String[] phrase : words.relativePhrases) {
          if (isPhrase(tokens, i, end, word, phrase)) {
            return Optional.of(span(text, tokens, i, i + phrase.length));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code phrase} starts at token {@code i}, whose lower case is {@code word}. */
  private static boolean isPhrase(Tokens tokens, int i, int end, String word, String[] phrase) {
    if (!word.equals(phrase[0]) || i + phrase.length - 1 >= end) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!tokens.is(i + k, phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** The date a time expression names, given the article's date. */
  Optional<LocalDate> resolve(String time, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    String lower = time.toLowerCase(Locale.ROOT);
    Integer days = words.relativeDays.get(lower);
    if (days != null) {
      return Optional.of(published.get().plusDays(days));
    }
    for (Map.Entry<String, Integer> phrase : words.relativePhraseDays.entrySet()) {
      if (lower.startsWith(phrase.getKey())) {
        return Optional.of(published.get().plusDays(phrase.getValue()));
      }
    }
    String on = words.weekdayPreposition + " ";
    String day = lower.startsWith(on) ? lower.substring(on.length()) : lower;
    DayOfWeek weekday = words.calendar.weekday(day);
    return weekday == null
        ? Optional.empty()
        : Optional.of(published.get().with(TemporalAdjusters.previousOrSame(weekday)));
  }

  private static Span span(String text, Tokens tokens, int from, int to) {
    int start = tokens.start(from);
    return Span.of(text.substring(start, tokens.end(to - 1)), start);
  }
}
