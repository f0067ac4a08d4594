package dev.newsmodel.parser.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date lines of pasted articles ("Published June 19, 2023 10:32 AM EDT", "19 June 2023",
 * "Updated: 2023-06-19T10:32:00Z") into ISO-8601: a date, a local date-time, or a date-time with
 * offset when a zone is given. A hand-written scanner, no regular expressions.
 */
public final class DateLines {
  private final TextWords dateWords;

  /** Reads date lines with the month, zone and filler words of {@code words}. */
  public DateLines(TextWords words) {
    this.dateWords = words;
  }

  /**
   * The date of a line that is only a date (with time, zone, weekday, "Published"/"Updated" and at
   * most two capitalised words such as a place); empty for any other line.
   */
  public Optional<String> parseLine(String line) {
    if (line.length() > 100 || !hasFourDigits(line)) {
      return Optional.empty(); // every date line this reads has a year
    }
    Optional<String> iso = isoDate(line);
    if (iso.isPresent()) {
      return iso;
    }
    List<String> words = words(line);
    boolean[] used = new boolean[words.size()];
    int month = 0;
    int day = 0;
    int year = 0;
    int hour = -1;
    int minute = 0;
    ZoneId zone = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Integer m = dateWords.months.get(w);
      if (m != null && month == 0) {
        month = m;
        used[i] = true;
      } else if (isNumber(w, 4) && year == 0) {
        year = Integer.parseInt(w);
        used[i] = year >= 1900 && year <= 2199;
        year = used[i] ? year : 0;
      } else if (dayOf(w) > 0 && day == 0) {
        day = dayOf(w);
        used[i] = true;
      } else if (w.indexOf(':') > 0 && hour < 0) {
        int colon = w.indexOf(':');
        String h = w.substring(0, colon);
        String rest = w.substring(colon + 1);
        String mm = rest.length() >= 2 ? rest.substring(0, 2) : rest;
        if (isNumber(h, 1) || isNumber(h, 2)) {
          if (isNumber(mm, 2)) {
            hour = Integer.parseInt(h);
            minute = Integer.parseInt(mm);
            used[i] = true;
            String suffix = rest.substring(2).replace(":", "");
            if (suffix.startsWith(dateWords.afterNoon) && hour < 12) {
              hour += 12;
            } else if (suffix.startsWith(dateWords.beforeNoon) && hour == 12) {
              hour = 0;
            }
          }
        }
      } else if (w.equals(dateWords.afterNoon) && hour >= 0 && hour < 12) {
        hour += 12;
        used[i] = true;
      } else if (w.equals(dateWords.beforeNoon) && hour == 12) {
        hour = 0;
        used[i] = true;
      } else if (dateWords.zones.containsKey(w) && zone == null && hour >= 0) {
        zone = dateWords.zones.get(w);
        used[i] = true;
      }
    }
    if (month == 0 || day == 0 || year == 0 || !onlyFillerLeft(line, words, used)) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (hour < 0 || hour > 23 || minute > 59) {
        return Optional.of(date.toString());
      }
      LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute));
      if (zone == null) {
        return Optional.of(local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      }
      OffsetDateTime offset = local.atZone(zone).toOffsetDateTime();
      return Optional.of(offset.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** An ISO date or date-time in the line, when the line holds nothing but it and filler. */
  private Optional<String> isoDate(String line) {
    for (int i = 0; i + 10 <= line.length(); i++) {
      if (isDigits(line, i, 4)
          && line.charAt(i + 4) == '-'
          && isDigits(line, i + 5, 2)
          && line.charAt(i + 7) == '-'
          && isDigits(line, i + 8, 2)) {
        int end = i + 10;
        while (end < line.length() && "0123456789T:.+-Z".indexOf(line.charAt(end)) >= 0) {
          end++;
        }
        String candidate = line.substring(i, end);
        String rest = line.substring(0, i) + " " + line.substring(end);
        if (!onlyFillerLeft(rest, words(rest), new boolean[words(rest).size()])) {
          return Optional.empty();
        }
        return parseIso(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> parseIso(String candidate) {
    try {
      return Optional.of(
          OffsetDateTime.parse(candidate).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // fall through to the forms without offset
    }
    try {
      return Optional.of(
          LocalDateTime.parse(candidate).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(candidate.substring(0, 10)).toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private boolean onlyFillerLeft(String line, List<String> words, boolean[] used) {
    int capitalised = 0;
    List<String> original = wordsAsWritten(line);
    for (int i = 0; i < words.size(); i++) {
      if (used[i]
          || dateWords.dateFiller.contains(words.get(i))
          || dateWords.zones.containsKey(words.get(i))) {
        continue;
      }
      String written = i < original.size() ? original.get(i) : words.get(i);
      if (!Character.isUpperCase(written.charAt(0)) || ++capitalised > 2) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case words of the line: letters, digits and colons; "a.m." becomes "am". */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    for (String w : wordsAsWritten(line)) {
      words.add(w.toLowerCase(Locale.ROOT).replace(".", ""));
    }
    return words;
  }

  private static List<String> wordsAsWritten(String line) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && !isWordChar(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && isWordChar(line.charAt(i))) {
        i++;
      }
      String w = line.substring(start, i);
      while (w.endsWith(".") || w.endsWith(":")) {
        w = w.substring(0, w.length() - 1);
      }
      while (w.startsWith(".") || w.startsWith(":")) {
        w = w.substring(1);
      }
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '.';
  }

  /** A day of the month, "19" or "19th"; 0 if the word is not one. */
  private int dayOf(String w) {
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return 0;
    }
    String suffix = w.substring(digits);
    if (!suffix.isEmpty() && !dateWords.ordinalSuffixes.contains(suffix)) {
      return 0;
    }
    int day = Integer.parseInt(w.substring(0, digits));
    return day >= 1 && day <= 31 ? day : 0;
  }

  private static boolean hasFourDigits(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = Character.isDigit(line.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String w, int length) {
    return w.length() == length && isDigits(w, 0, length);
  }

  private static boolean isDigits(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
