package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting the article reports between persons (or delegations): who took part, where, when, and
 * whether it was held, merged from every sentence that mentions it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
@JsonPropertyOrder({"id", "participants", "place", "time", "date", "status", "evidence"})
public abstract class Meeting implements WithMeeting {

  Meeting() {}

  /** Id, unique within the article. */
  public abstract String id();

  /** Ids of the persons or organizations that took part. */
  public abstract List<String> participants();

  /** The most specific place the text gives. */
  public abstract Optional<Span> place();

  /** The time as written: "yesterday", "on Monday". */
  public abstract Optional<Span> time();

  /** The calendar date, when the time could be resolved against the article's date. */
  public abstract Optional<LocalDate> date();

  /** Held, planned or cancelled. */
  public abstract MeetingStatus status();

  /** The passages that report the meeting. */
  public abstract List<Span> evidence();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new InvalidModelException("meeting has a blank id");
    }
  }

  /** Builds {@link Meeting} values. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
