package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024.03.09 | 2024-03-09",
        "2024/3/9 | 2024-03-09",
        "09.03.2024 | 2024-03-09",
        "21/03/2024 | 2024-03-21",
        "3/21/2024 | 2024-03-21",
        "Updated: 3/21/2024 | 2024-03-21",
        "Posted on the 21/03/2024 at 10:30 | 2024-03-21",
        "(09.03.2024) | 2024-03-09"
      })
  void readsDatesThatOnlyOneReadingAllows(String line, String iso) {
    assertThat(NumericDates.read(line)).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "05/06/2024", // day or month first: either
        "Version 1.2.2024",
        "2024-03", // no day
        "31.02.2024", // no such day
        "09.03.1850", // no web page's year
        "We met on 21/03/2024 and talked for an hour", // a sentence, not a date line
        "Call 555.123.4567",
        "12.5.10"
      })
  void leavesOtherNumbersAndAmbiguousDates(String line) {
    assertThat(NumericDates.read(line)).isEmpty();
  }
}
