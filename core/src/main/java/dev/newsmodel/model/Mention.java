package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One place where the text mentions an entity, and how: by name, pronoun or description. */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
@JsonPropertyOrder({"text", "start", "end", "kind"})
public abstract class Mention implements Located, WithMention {

  Mention() {}

  /** How the entity is mentioned here. */
  public abstract MentionKind kind();

  /** The mention of {@code text} at {@code start}. */
  public static Mention of(String text, int start, MentionKind kind) {
    return builder().text(text).start(start).end(start + text.length()).kind(kind).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Spans.checkShape("mention", this);
  }

  /** Builds {@link Mention} values. */
  public static final class Builder extends ImmutableMention.Builder {
    Builder() {}
  }
}
