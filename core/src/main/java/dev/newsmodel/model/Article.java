package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article: its metadata, its body text and every layer extracted from it.
 *
 * <p>All offsets in the model index {@link #text()}. Building an article checks that every span
 * stands in the text at its offsets, that ids are unique, and that every reference to an entity
 * resolves; a violation throws {@link InvalidModelException}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
@JsonPropertyOrder({
  "title",
  "description",
  "authors",
  "publishedAt",
  "siteName",
  "url",
  "language",
  "text",
  "sections",
  "persons",
  "organizations",
  "quotes",
  "meetings",
  "relatedLinks"
})
public abstract class Article implements WithArticle {

  Article() {}

  /** The headline; empty when the source has none. */
  public abstract Optional<String> title();

  /** A summary or standfirst given by the source. */
  public abstract Optional<String> description();

  /** Author names, without "By", dates or job titles. */
  public abstract List<String> authors();

  /**
   * The publication date as ISO-8601: a date ({@code 2023-06-19}), a local date-time, or a
   * date-time with offset ({@code 2023-06-19T10:32:00-04:00}) when the source gives a zone.
   */
  public abstract Optional<String> publishedAt();

  /** The name of the publishing site. */
  public abstract Optional<String> siteName();

  /** The article's canonical URL. */
  public abstract Optional<String> url();

  /** The language as a BCP 47 tag ("en", "en-US"). */
  public abstract Optional<String> language();

  /** The body: headings and paragraphs separated by a blank line, without title or boilerplate. */
  public abstract String text();

  /** The body's sections, in order; the first has no heading when the article opens with a lead. */
  public abstract List<Section> sections();

  /** Persons named in the article. */
  public abstract List<Person> persons();

  /** Organizations named in the article. */
  public abstract List<Organization> organizations();

  /** Quotes, in text order. */
  public abstract List<Quote> quotes();

  /** Meetings reported in the article. */
  public abstract List<Meeting> meetings();

  /** Links to other articles found around the body ("Read also: ..."). */
  public abstract List<RelatedLink> relatedLinks();

  /** The calendar day of {@link #publishedAt()}, when there is one. */
  public Optional<LocalDate> publishedDate() {
    return publishedAt().map(IsoDates::dayOf);
  }

  /** The person or organization with the given id. */
  public Optional<Entity> entity(String id) {
    for (Person person : persons()) {
      if (person.id().equals(id)) {
        return Optional.of(person);
      }
    }
    for (Organization organization : organizations()) {
      if (organization.id().equals(id)) {
        return Optional.of(organization);
      }
    }
    return Optional.empty();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ArticleChecks.check(this);
  }

  /** Builds {@link Article} values. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
