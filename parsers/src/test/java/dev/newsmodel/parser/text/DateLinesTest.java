package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {
  private static final DateLines DATE_LINES = new DateLines(new TextWords(Language.english()));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "June 19, 2023 | 2023-06-19",
        "19 June 2023 | 2023-06-19",
        "Monday, Jun. 19th, 2023 | 2023-06-19",
        "Published June 19, 2023 10:32 AM EDT | 2023-06-19T10:32:00-04:00",
        "Updated 10:32 p.m. ET, Mon December 4, 2023 | 2023-12-04T22:32:00-05:00",
        "June 19, 2023 at 10:32 | 2023-06-19T10:32:00",
        "Posted: 2023-06-19T08:15:00Z | 2023-06-19T08:15:00Z",
        "2023-06-19 | 2023-06-19",
        "BEIJING, June 19, 2023 | 2023-06-19",
      })
  void readsDateLines(String line, String iso) {
    assertThat(DATE_LINES.parseLine(line)).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The talks ended on June 19, 2023 without a deal.",
        "June 2023",
        "February 30, 2023",
        "Chapter 19"
      })
  void ignoresOtherLines(String line) {
    assertThat(DATE_LINES.parseLine(line)).isEmpty();
  }

  @Test
  void aLineWithoutAYearIsNoDateLine() {
    assertThat(DATE_LINES.parseLine("Updated March 5, 10:42 a.m.")).isEmpty();
    assertThat(DATE_LINES.parseLine("Updated March 5, 2024, 10:42 a.m.")).isPresent();
  }
}
