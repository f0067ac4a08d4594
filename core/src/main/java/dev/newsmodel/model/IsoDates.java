package dev.newsmodel.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** The ISO-8601 forms accepted for {@link Article#publishedAt()}. */
final class IsoDates {
  private IsoDates() {}

  /** The day of an ISO date or date-time; throws {@link InvalidModelException} otherwise. */
  static LocalDate dayOf(String iso) {
    try {
      TemporalAccessor parsed =
          iso.length() <= 10
              ? DateTimeFormatter.ISO_LOCAL_DATE.parse(iso)
              : DateTimeFormatter.ISO_DATE_TIME.parse(iso);
      return LocalDate.from(parsed);
    } catch (DateTimeParseException e) {
      throw new InvalidModelException(
          "publishedAt '" + iso + "' is not an ISO-8601 date or date-time");
    }
  }
}
