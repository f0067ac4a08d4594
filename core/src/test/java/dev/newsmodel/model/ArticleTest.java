package dev.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void buildsAValidArticleWithEveryLayer() {
    Article article = Fixtures.article();

    assertThat(article.persons()).extracting(Person::name).containsExactly("Ana Silva", "Tom Berg");
    assertThat(article.publishedDate()).contains(LocalDate.of(2024, 3, 4));
    assertThat(article.entity("p2")).map(Entity::name).contains("Tom Berg");
    assertThat(article.entity("nope")).isEmpty();
    for (Quote quote : article.quotes()) {
      assertThat(article.text().substring(quote.start(), quote.end())).isEqualTo(quote.text());
    }
  }

  @Test
  void withCopiesLeaveTheOriginalUnchanged() {
    Article article = Fixtures.article();
    Article retitled = article.withTitle("Other");

    assertThat(retitled.title()).contains("Other");
    assertThat(article.title()).contains("Ministers meet");
    assertThat(retitled.withTitle("Ministers meet")).isEqualTo(article);
  }

  @Test
  void rejectsASpanThatDoesNotMatchTheText() {
    Article article = Fixtures.article();
    Quote quote = article.quotes().get(0);
    Quote shifted = Quote.builder().from(quote).start(1).end(19).build();

    assertThatThrownBy(() -> article.withQuotes(shifted))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("quote q1")
        .hasMessageContaining("does not match the text at [1, 19)");
  }

  @Test
  void rejectsASpanPastTheEndOfTheText() {
    Article article = Fixtures.article();

    assertThatThrownBy(() -> article.withText("short"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("ends past the text (5)");
  }

  @Test
  void rejectsDuplicateIds() {
    Article article = Fixtures.article();
    Person duplicate = article.persons().get(1).withId("p1");

    assertThatThrownBy(() -> article.withPersons(article.persons().get(0), duplicate))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("id 'p1' of person is used twice");
  }

  @Test
  void rejectsReferencesToMissingEntities() {
    Article article = Fixtures.article();
    Meeting meeting = article.meetings().get(0).withParticipants("p1", "p9");

    assertThatThrownBy(() -> article.withMeetings(meeting))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("participant 'p9'");
  }

  @Test
  void rejectsASpeakerThatResolvesToNoEntity() {
    Article article = Fixtures.article();
    Quote quote = article.quotes().get(0);
    Quote orphan = quote.withSpeaker(quote.speaker().orElseThrow().withEntityId("x"));

    assertThatThrownBy(() -> article.withQuotes(orphan))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("speaker of quote q1 refers to 'x'");
  }

  @Test
  void rejectsAPublicationDateThatIsNotIso() {
    assertThatThrownBy(() -> Fixtures.article().withPublishedAt("March 4, 2024"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("not an ISO-8601 date");
  }

  @Test
  void rejectsAHeadingThatIsNotInTheText() {
    Article article = Fixtures.article();
    Section section = article.sections().get(1).withHeading("Tride");

    assertThatThrownBy(() -> article.withSections(article.sections().get(0), section))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("heading 'Tride'");
  }

  @Test
  void rejectsOverlappingSections() {
    Article article = Fixtures.article();

    assertThatThrownBy(
            () -> article.withSections(article.sections().get(1), article.sections().get(0)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("overlaps the previous one");
  }

  @Test
  void rejectsALanguageConfidenceOutsideZeroToOne() {
    assertThatThrownBy(() -> Fixtures.article().withLanguageConfidence(1.5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("languageConfidence");
    assertThat(Fixtures.article().withLanguageConfidence(0.97).languageConfidence()).hasValue(0.97);
  }

  @Test
  void notesSayWhatWasLeftOut() {
    Article article = Fixtures.article().withNotes("No persons, quotes or meetings: German.");

    assertThat(article.notes()).containsExactly("No persons, quotes or meetings: German.");
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(article))).isEqualTo(article);
  }
}
