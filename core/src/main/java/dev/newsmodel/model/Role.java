package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A role the text gives a person: a title and, where named, whom it is held for. */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
@JsonPropertyOrder({"title", "affiliation", "span"})
public abstract class Role implements WithRole {

  Role() {}

  /** The title: "Secretary of State", "Foreign Minister", "chief executive". */
  public abstract String title();

  /** Whom the role is held for: "US", "Chinese", "Time Warner". */
  public abstract Optional<String> affiliation();

  /** Where the text gives the role. */
  public abstract Optional<Span> span();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new InvalidModelException("role title must not be blank");
    }
  }

  /** Builds {@link Role} values. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
