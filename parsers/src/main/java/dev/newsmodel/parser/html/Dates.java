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
  private final DateLines dateLines;

  Dates(DateLines dateLines) {
    this.dateLines = dateLines;
  }

  /** The date as ISO-8601 (keeping its offset when it has one), or empty when unreadable. */
  Optional<String> normalise(String raw) {
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 80) {
      return Optional.empty();
    }
    String iso = s.replace(' ', 'T');
    iso = fixOffset(iso);
    // A parse that fails throws, and an exception costs: the forms are tried only on text that
    // has their shape (an ISO date-time starts with its year and holds a "T"; RFC 1123 a time).
    char first = iso.charAt(0);
    boolean isoShape =
        (first >= '0' && first <= '9' || first == '+' || first == '-')
            && (iso.indexOf('T') > 0 || iso.indexOf('t') > 0);
    if (isoShape) {
      try {
        return Optional.of(
            OffsetDateTime.parse(iso).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return Optional.of(LocalDateTime.parse(iso).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      } catch (DateTimeParseException e) {
        // try the next form
      }
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
    if (s.indexOf(':') > 0) {
      try {
        return Optional.of(
            ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    Optional<String> line = dateLines.parseLine(s);
    return line.isPresent() || s.length() > MAX_NUMERIC_LINE ? line : NumericDates.read(s);
  }

  /** The longest line read for a date in numbers ("Posted on the 21/03/2024 at 10:30"). */
  private static final int MAX_NUMERIC_LINE = 40;

  /** Whether an ISO date-time is given in UTC. */
  static boolean isUtc(String iso) {
    return iso.endsWith("Z") || iso.endsWith("+00:00");
  }

  /** Whether two ISO date-times with offsets name the same moment, to the minute. */
  static boolean sameInstant(String a, String b) {
    try {
      return Math.abs(
              OffsetDateTime.parse(a).toEpochSecond() - OffsetDateTime.parse(b).toEpochSecond())
          < 60;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A date in the URL's path, as in "/2023/12/20/slug" or "/2023-12-20/". */
  Optional<String> fromUrl(String url) {
    String[] parts = url.split("[/_]");
    for (int i = 0; i < parts.length; i++) {
      if (i + 2 < parts.length
          && parts[i].length() == 4
          && isNumber(parts[i])
          && isNumber(parts[i + 1])
          && isNumber(parts[i + 2])
          && parts[i + 1].length() <= 2
          && parts[i + 2].length() <= 2) {
        try {
          return Optional.of(
              LocalDate.of(
                      Integer.parseInt(parts[i]),
                      Integer.parseInt(parts[i + 1]),
                      Integer.parseInt(parts[i + 2]))
                  .toString());
        } catch (java.time.DateTimeException e) {
          return Optional.empty();
        }
      }
      if (parts[i].length() == 10 && parts[i].charAt(4) == '-' && parts[i].charAt(7) == '-') {
        Optional<String> iso = normalise(parts[i]);
        if (iso.isPresent()) {
          return iso;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(Character::isDigit);
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
