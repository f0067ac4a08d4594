package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A person the article names, with every mention of them and the roles the text gives them. */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
@JsonPropertyOrder({"id", "name", "aliases", "roles", "mentions"})
public abstract class Person implements Entity, WithPerson {

  Person() {}

  /** The roles the text gives this person, in order of appearance. */
  @Override
  public abstract List<Role> roles();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Entities.checkEntity("person", this);
  }

  /** Builds {@link Person} values. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
