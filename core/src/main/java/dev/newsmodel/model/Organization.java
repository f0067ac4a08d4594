package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An organization the article names: a government body, a company, a broadcaster, a party, or a
 * country acting as one ("China called on the US to ...").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
@JsonPropertyOrder({"id", "name", "aliases", "mentions"})
public abstract class Organization implements Entity, WithOrganization {

  Organization() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Entities.checkEntity("organization", this);
  }

  /** Builds {@link Organization} values. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
