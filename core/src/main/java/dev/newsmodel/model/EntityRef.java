package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an entity as written at one place (a quote's speaker, its addressee), with the id
 * of the {@link Person} or {@link Organization} it resolves to when it could be resolved.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntityRef.class)
@JsonDeserialize(as = ImmutableEntityRef.class)
@JsonPropertyOrder({"entityId", "text", "start", "end"})
public abstract class EntityRef implements Located, WithEntityRef {

  EntityRef() {}

  /** Id of the person or organization referred to; empty when it could not be resolved. */
  public abstract Optional<String> entityId();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Spans.checkShape("entity reference", this);
  }

  /** Builds {@link EntityRef} values. */
  public static final class Builder extends ImmutableEntityRef.Builder {
    Builder() {}
  }
}
