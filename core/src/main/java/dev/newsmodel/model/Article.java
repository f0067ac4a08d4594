package dev.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article: its metadata, its body text and every layer extracted from it.
 *
 * <p>All offsets in the model index {@link #text()}. Building an article checks that every span
 * stands in the text at its offsets, that ids are unique, and that every reference to an entity
 * resolves; a violation throws {@link InvalidModelException}.
 *
 * <p>Besides its attributes, an article answers questions that cross its layers, without casts:
 *
 * <pre>{@code
 * Article article = NewsParser.create().parse(html, url);
 * for (Quote quote : article.quotes()) {
 *   Optional<Entity> speaker = article.speakerOf(quote);       // the Person or Organization
 * }
 * for (Person person : article.persons()) {
 *   List<Quote> said = article.quotesBy(person);              // what each person said
 * }
 * for (Meeting meeting : article.meetings()) {
 *   List<Entity> who = article.participantsOf(meeting);       // the meeting's participants
 * }
 * Optional<OffsetDateTime> when = article.publishedDateTime(); // when the source gives an offset
 * }</pre>
 *
 * <p>These derived values are computed on each call and are not part of the JSON form.
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
  "languageConfidence",
  "text",
  "sections",
  "persons",
  "organizations",
  "quotes",
  "meetings",
  "relatedLinks",
  "notes"
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

  /**
   * How probable {@link #language()} is by the text, 0 to 1, as the n-gram language detector tells
   * it. Empty when the detector was not asked: the text's common words already showed the parser's
   * language (most English text), the text was too short to tell (the page's declaration is then
   * kept), or the caller set the language.
   */
  public abstract Optional<Double> languageConfidence();

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

  /**
   * What the parser left out and why, one short sentence each: for a language without a language
   * bundle, "No persons, quotes or meetings: the text is in German (de), which this parser does not
   * read." Empty for a fully read article.
   */
  public abstract List<String> notes();

  /**
   * The calendar day of {@link #publishedAt()}, when there is one: for a date-time, the day as
   * written in the source (not converted to UTC).
   *
   * @return the day of publication; empty when {@link #publishedAt()} is empty
   */
  public Optional<LocalDate> publishedDate() {
    return publishedAt().map(IsoDates::dayOf);
  }

  /**
   * {@link #publishedAt()} as an {@link OffsetDateTime}, when the source gives a point in time: a
   * date-time with an offset ({@code 2023-06-19T10:32:00-04:00}, {@code 2023-06-19T14:32:00Z}),
   * possibly followed by a zone ({@code 2023-06-19T16:32:00+02:00[Europe/Paris]}).
   *
   * <p>Empty when there is no publication date, and also when the source gives only a day ({@code
   * 2023-06-19}) or a local date-time without offset ({@code 2023-06-19T10:32:00}): neither is a
   * point in time, and the library does not guess a zone. Use {@link #publishedDate()} for the day
   * in every case, and {@link #publishedAt()} for the value exactly as given (the JSON form).
   *
   * @return the publication time with its offset, or empty
   */
  public Optional<OffsetDateTime> publishedDateTime() {
    return publishedAt().flatMap(IsoDates::offsetDateTimeOf);
  }

  /**
   * The person or organization with the given id.
   *
   * @param id an entity id, as in {@link EntityRef#entityId()} or {@link Meeting#participants()}
   * @return the entity; empty when no person or organization has this id
   */
  public Optional<Entity> entity(String id) {
    Optional<Person> person = person(id);
    return person.isPresent()
        ? Optional.of(person.get())
        : organization(id).map(Entity.class::cast);
  }

  /**
   * The person with the given id.
   *
   * @param id a person's id
   * @return the person; empty when no person has this id (an organization's id gives empty)
   */
  public Optional<Person> person(String id) {
    for (Person person : persons()) {
      if (person.id().equals(id)) {
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  /**
   * The organization with the given id.
   *
   * @param id an organization's id
   * @return the organization; empty when no organization has this id (a person's id gives empty)
   */
  public Optional<Organization> organization(String id) {
    for (Organization organization : organizations()) {
      if (organization.id().equals(id)) {
        return Optional.of(organization);
      }
    }
    return Optional.empty();
  }

  /**
   * The person or organization who said a quote.
   *
   * <p>Equivalent to {@code quote.speaker().flatMap(EntityRef::entityId).flatMap(this::entity)}.
   *
   * @param quote a quote of this article
   * @return the speaker; empty when the quote has no speaker or the speaker as written could not be
   *     resolved to an entity ({@link Quote#speaker()} may still give the words)
   */
  public Optional<Entity> speakerOf(Quote quote) {
    return quote.speaker().flatMap(EntityRef::entityId).flatMap(this::entity);
  }

  /**
   * The person or organization a quote was said to, when the text names one.
   *
   * @param quote a quote of this article
   * @return the addressee; empty when there is none or it could not be resolved to an entity
   */
  public Optional<Entity> addresseeOf(Quote quote) {
    return quote.addressee().flatMap(EntityRef::entityId).flatMap(this::entity);
  }

  /**
   * The quotes said by a person or organization, in text order.
   *
   * <p>Entities are matched by {@link Entity#id()}, so an entity of this article is expected; a
   * quote whose speaker could not be resolved is never attributed.
   *
   * @param speaker a person or organization of this article
   * @return the quotes whose resolved speaker has the entity's id; empty when there are none
   */
  public List<Quote> quotesBy(Entity speaker) {
    String id = speaker.id();
    List<Quote> said = new ArrayList<>();
    for (Quote quote : quotes()) {
      if (quote.speaker().flatMap(EntityRef::entityId).filter(id::equals).isPresent()) {
        said.add(quote);
      }
    }
    return List.copyOf(said);
  }

  /**
   * The persons and organizations that took part in a meeting, in the order of {@link
   * Meeting#participants()}.
   *
   * @param meeting a meeting of this article
   * @return the participants; every id of a meeting of this article resolves (the article checks it
   *     when built), so the list is as long as {@link Meeting#participants()}
   */
  public List<Entity> participantsOf(Meeting meeting) {
    List<Entity> participants = new ArrayList<>(meeting.participants().size());
    for (String id : meeting.participants()) {
      entity(id).ifPresent(participants::add);
    }
    return List.copyOf(participants);
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
