package dev.newsmodel.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Optional;

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

  /**
   * The point in time of an ISO date-time with an offset or a zone; empty for a date or a local
   * date-time, which have neither.
   */
  static Optional<OffsetDateTime> offsetDateTimeOf(String iso) {
    if (iso.length() <= 10) {
      return Optional.empty();
    }
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
      if (parsed.query(TemporalQueries.zone()) == null) {
        return Optional.empty();
      }
      return Optional.of(ZonedDateTime.from(parsed).toOffsetDateTime());
    } catch (DateTimeException e) {
      throw new InvalidModelException(
          "publishedAt '" + iso + "' is not an ISO-8601 date or date-time");
    }
  }
}
