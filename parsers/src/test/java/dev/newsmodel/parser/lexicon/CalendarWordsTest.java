package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {
  private final CalendarWords calendar = CalendarWords.of(Language.english());

  @Test
  void knowsTheWeekdaysAndMonthsInLowerCase() {
    assertThat(calendar.weekdays()).hasSize(7).contains("monday", "sunday");
    assertThat(calendar.months()).hasSize(12).contains("january", "may", "december");
    assertThat(calendar.weekdays()).doesNotContain("Monday");
  }

  @Test
  void namesTheDayOfTheWeek() {
    assertThat(calendar.weekday("monday")).isEqualTo(DayOfWeek.MONDAY);
    assertThat(calendar.weekday("sunday")).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(calendar.weekday("may")).isNull();
  }
}
