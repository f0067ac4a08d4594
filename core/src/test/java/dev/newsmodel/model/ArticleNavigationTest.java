package dev.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The derived navigation of {@link Article}: from quotes, meetings and ids to entities. */
class ArticleNavigationTest {

  private final Article article = Fixtures.article();
  private final Person silva = article.persons().get(0);
  private final Person berg = article.persons().get(1);
  private final Organization council = article.organizations().get(0);
  private final Quote quote = article.quotes().get(0);

  @Test
  void speakerOfGivesTheResolvedEntityWithoutACast() {
    Optional<Entity> speaker = article.speakerOf(quote);

    assertThat(speaker).containsSame(silva);
    assertThat(speaker.get().roles()).extracting(Role::title).containsExactly("Trade Minister");
  }

  @Test
  void speakerOfIsEmptyWithoutASpeakerOrWhenItIsUnresolved() {
    Quote unattributed = quote.withSpeaker(Optional.empty());
    EntityRef unresolved = quote.speaker().get().withEntityId(Optional.empty());

    assertThat(article.speakerOf(unattributed)).isEmpty();
    assertThat(article.speakerOf(quote.withSpeaker(unresolved))).isEmpty();
  }

  @Test
  void addresseeOfGivesTheResolvedEntity() {
    int tom = Fixtures.TEXT.indexOf("Tom Berg");
    EntityRef toBerg =
        EntityRef.builder().entityId("p2").text("Tom Berg").start(tom).end(tom + 8).build();

    assertThat(article.addresseeOf(quote)).isEmpty();
    assertThat(article.addresseeOf(quote.withAddressee(toBerg))).containsSame(berg);
  }

  @Test
  void quotesByGivesWhatAPersonOrOrganizationSaid() {
    assertThat(article.quotesBy(silva)).containsExactly(quote);
    assertThat(article.quotesBy(berg)).isEmpty();
    assertThat(article.quotesBy(council)).isEmpty();
  }

  @Test
  void participantsOfResolvesTheMeetingsIds() {
    Meeting meeting = article.meetings().get(0);

    List<Entity> participants = article.participantsOf(meeting);

    assertThat(participants).containsExactly(silva, berg);
    assertThat(participants).extracting(Entity::name).containsExactly("Ana Silva", "Tom Berg");
  }

  @Test
  void rolesAreReachableFromEveryEntityAndEmptyForOrganizations() {
    Entity person = silva;
    Entity organization = council;

    assertThat(person.roles()).isEqualTo(silva.roles()).hasSize(1);
    assertThat(organization.roles()).isEmpty();
  }

  @Test
  void personAndOrganizationLookUpByIdAndKind() {
    assertThat(article.person("p1")).containsSame(silva);
    assertThat(article.person("o1")).isEmpty();
    assertThat(article.organization("o1")).containsSame(council);
    assertThat(article.organization("p1")).isEmpty();
    assertThat(article.entity("o1")).containsSame(council);
    assertThat(article.entity("p2")).containsSame(berg);
    assertThat(article.entity("x9")).isEmpty();
  }

  @Test
  void publishedDateTimeParsesADateTimeWithOffset() {
    assertThat(article.publishedDateTime())
        .contains(OffsetDateTime.of(2024, 3, 4, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
    assertThat(article.withPublishedAt("2024-03-04T08:30:00Z").publishedDateTime())
        .contains(OffsetDateTime.of(2024, 3, 4, 8, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void publishedDateTimeKeepsTheOffsetOfAZonedValue() {
    Article zoned = article.withPublishedAt("2024-07-01T12:00:00+02:00[Europe/Paris]");

    assertThat(zoned.publishedDateTime())
        .contains(OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void publishedDateTimeIsEmptyForADayOrALocalDateTimeButTheDayIsKept() {
    Article day = article.withPublishedAt("2024-03-04");
    Article local = article.withPublishedAt("2024-03-04T09:30:00");
    Article undated = article.withPublishedAt(Optional.empty());

    assertThat(day.publishedDateTime()).isEmpty();
    assertThat(local.publishedDateTime()).isEmpty();
    assertThat(undated.publishedDateTime()).isEmpty();
    assertThat(day.publishedDate()).contains(LocalDate.of(2024, 3, 4));
    assertThat(local.publishedDate()).contains(LocalDate.of(2024, 3, 4));
    assertThat(local.publishedAt()).contains("2024-03-04T09:30:00");
  }

  @Test
  void derivedValuesAreNotWrittenToJson() throws Exception {
    JsonNode json = ArticleJson.newMapper().readTree(ArticleJson.toJson(article));

    assertThat(json.has("publishedDateTime")).isFalse();
    assertThat(json.has("publishedDate")).isFalse();
    assertThat(json.get("publishedAt").asText()).isEqualTo("2024-03-04T09:30:00+01:00");
    assertThat(json.get("organizations").get(0).has("roles")).isFalse();
    assertThat(json.get("persons").get(0).has("roles")).isTrue();
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(article))).isEqualTo(article);
  }
}
