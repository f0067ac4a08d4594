package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A stretch of the article text: a cue, a place, a time, a piece of evidence. */
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
@JsonPropertyOrder({"text", "start", "end"})
public abstract class Span implements Located, WithSpan {

  Span() {}

  /** The span of {@code text} at {@code start}; its end is {@code start + text.length()}. */
  public static Span of(String text, int start) {
    return builder().text(text).start(start).end(start + text.length()).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Spans.checkShape("span", this);
  }

  /** Builds {@link Span} values. */
  public static final class Builder extends ImmutableSpan.Builder {
    Builder() {}
  }
}
