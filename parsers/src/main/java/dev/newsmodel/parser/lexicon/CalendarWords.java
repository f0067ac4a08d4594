package dev.newsmodel.parser.lexicon;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names of weekdays and months, in lower case: times, never names of places or persons. Read
 * from the lists {@code lexicon/weekdays} and {@code lexicon/months} of a language bundle ({@link
 * #of}).
 */
public final class CalendarWords {
  private final Set<String> weekdays;
  private final Set<String> months;
  private final Map<String, DayOfWeek> daysOfWeek;

  private CalendarWords(Language language) {
    weekdays = language.words("lexicon/weekdays");
    months = language.words("lexicon/months");
    List<String> week = language.entries("lexicon/weekdays");
    if (week.size() != 7) {
      throw new IllegalStateException("lexicon/weekdays lists " + week.size() + " days, not 7");
    }
    Map<String, DayOfWeek> days = new HashMap<>();
    for (int k = 0; k < week.size(); k++) {
      days.put(week.get(k), DayOfWeek.of(k + 1));
    }
    daysOfWeek = Map.copyOf(days);
  }

  /** The weekdays and months of {@code language}. */
  public static CalendarWords of(Language language) {
    return new CalendarWords(language);
  }

  /** The names of the weekdays in lower case ("monday"). */
  public Set<String> weekdays() {
    return weekdays;
  }

  /** The names of the months in lower case ("january"). */
  public Set<String> months() {
    return months;
  }

  /** The day of the week that {@code lowerWord} names ("monday"), or null when it names none. */
  public @Nullable DayOfWeek weekday(String lowerWord) {
    return daysOfWeek.get(lowerWord);
  }
}
