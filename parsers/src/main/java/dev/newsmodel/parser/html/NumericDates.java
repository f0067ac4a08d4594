package dev.newsmodel.parser.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a date written in numbers only, as pages print it beside a byline: year first
 * ("2025.12.17", "2025/12/17"), day first with dots ("17.12.2025"), or day and month with slashes
 * or hyphens in an order that only one reading allows ("17/12/2025", "12/17/2025"). "05/06/2025"
 * could be either and is not read. At most {@link #WORDS_BEFORE} words may stand before it (its
 * label) and a time after it.
 */
final class NumericDates {
  private NumericDates() {}

  /** The most words before the date: "Posted on the", "Updated:". */
  static final int WORDS_BEFORE = 3;

  /** The most words after the date: "at 19:00". */
  static final int WORDS_AFTER = 2;

  /** The ISO day of the numeric date in {@code line}, when the line is only it and a label. */
  static Optional<String> read(String line) {
    String[] words = line.strip().split("\\s+");
    for (int i = 0; i < words.length && i <= WORDS_BEFORE; i++) {
      Optional<String> iso = day(trim(words[i]));
      if (iso.isPresent()) {
        return words.length - i - 1 <= WORDS_AFTER ? iso : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A word without the punctuation around it ("(17.12.2025),"). */
  private static String trim(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && !Character.isDigit(word.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isDigit(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(start, end);
  }

  private static Optional<String> day(String word) {
    if (word.length() < 8 || word.length() > 10) {
      return Optional.empty();
    }
    char separator = 0;
    int[] parts = new int[3];
    int[] lengths = new int[3];
    int part = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '0' && c <= '9') {
        parts[part] = parts[part] * 10 + (c - '0');
        lengths[part]++;
      } else if ((c == '.' || c == '/' || c == '-') && (separator == 0 || c == separator)) {
        separator = c;
        if (++part > 2) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    if (part != 2) {
      return Optional.empty();
    }
    if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 && separator != '-') {
      return of(parts[0], parts[1], parts[2]); // "2025.12.17", "2025/12/17"
    }
    if (lengths[2] != 4 || lengths[0] > 2 || lengths[1] > 2) {
      return Optional.empty();
    }
    if (separator == '.') {
      // Day first with dots, written with two digits each ("09.03.2024"): "1.2.2024" may be a
      // version's number.
      return lengths[0] == 2 && lengths[1] == 2
          ? of(parts[2], parts[1], parts[0])
          : Optional.empty();
    }
    if (parts[0] > 12 && parts[1] <= 12) {
      return of(parts[2], parts[1], parts[0]); // "17.12.2025", "17/12/2025"
    }
    if (parts[1] > 12 && parts[0] <= 12) {
      return of(parts[2], parts[0], parts[1]); // "12/17/2025"
    }
    return Optional.empty();
  }

  private static Optional<String> of(int year, int month, int day) {
    if (year < 1990 || year > 2199) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
