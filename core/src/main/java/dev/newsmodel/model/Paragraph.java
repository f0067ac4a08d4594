package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A paragraph of the article body. */
@Value.Immutable
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
@JsonPropertyOrder({"text", "start", "end"})
public abstract class Paragraph implements Located, WithParagraph {

  Paragraph() {}

  /** The paragraph of {@code text} at {@code start}. */
  public static Paragraph of(String text, int start) {
    return builder().text(text).start(start).end(start + text.length()).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Spans.checkShape("paragraph", this);
  }

  /** Builds {@link Paragraph} values. */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}
