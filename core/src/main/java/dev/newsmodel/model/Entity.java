package dev.newsmodel.model;

import java.util.List;

/**
 * A person or organization: something that can speak, be addressed, or take part in a meeting.
 *
 * <p>An entity is either a {@link Person} or an {@link Organization}. What the two share is here,
 * so that navigating from a quote or a meeting ({@link Article#speakerOf(Quote)}, {@link
 * Article#participantsOf(Meeting)}) needs no cast:
 *
 * <pre>{@code
 * for (Quote quote : article.quotes()) {
 *   article.speakerOf(quote).ifPresent(speaker ->
 *       System.out.println(speaker.name() + " " + speaker.roles() + ": " + quote.text()));
 * }
 * }</pre>
 */
public interface Entity {

  /** Id, unique within the article; quotes and meetings refer to the entity by it. */
  String id();

  /** The fullest name the text gives. */
  String name();

  /** Other names the text uses for the entity ("Wang" for "Wang Yi"). */
  List<String> aliases();

  /** Every place the text mentions the entity, in text order. */
  List<Mention> mentions();

  /**
   * The roles the text gives the entity, in order of appearance: a person's titles ({@link
   * Person#roles()}); always empty for an organization.
   *
   * <p>Not an attribute of its own in JSON: a person's roles are written with the person, an
   * organization has none.
   *
   * @return the roles, possibly empty, never null
   */
  default List<Role> roles() {
    return List.of();
  }
}
