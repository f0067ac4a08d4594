package dev.newsmodel.parser.html;

import dev.newsmodel.parser.text.DateLines;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Normalises the dates that pages declare in metadata to ISO-8601. */
final class Dates {
  private Dates() {}

  /** The date as ISO-8601 (keeping its offset when it has one), or empty when unreadable. */
  static Optional<String> normalise(String raw) {
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 80) {
      return Optional.empty();
    }
    String iso = s.replace(' ', 'T');
    iso = fixOffset(iso);
    try {
      return Optional.of(OffsetDateTime.parse(iso).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(iso).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return Optional.of(LocalDate.parse(s.substring(0, 10)).toString());
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE).toString());
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
              .toOffsetDateTime()
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    return DateLines.parseLine(s);
  }

  /** "+0000" and "+00" become "+00:00", which java.time reads. */
  private static String fixOffset(String s) {
    int t = s.indexOf('T');
    if (t < 0) {
      return s;
    }
    int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
    if (sign <= t) {
      return s;
    }
    String offset = s.substring(sign + 1);
    if (offset.length() == 4 && offset.chars().allMatch(Character::isDigit)) {
      return s.substring(0, sign + 1) + offset.substring(0, 2) + ":" + offset.substring(2);
    }
    if (offset.length() == 2 && offset.chars().allMatch(Character::isDigit)) {
      return s + ":00";
    }
    return s;
  }
}
