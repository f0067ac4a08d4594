package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbMeetingsTest {
  private final VerbMeetings verbs =
      new VerbMeetings(
          Fixture.SIDE_RULES,
          new ThingSubjects(Fixture.WORDS, Fixture.FRAME_WORDS),
          new VerbSides(Fixture.WORDS, Fixture.LANGUAGE.words("meetings/and-words")));

  private List<List<String>> participants(Fixture f, String verb, String previous) {
    return verbs.participants(f.sentence(), f.at(verb), previous);
  }

  @Test
  void theSubjectMeetsThePersonMet() {
    Fixture f = Fixture.of("Mara Pelt met Ivo Brandt on Friday.", "Mara Pelt", "Ivo Brandt");
    assertThat(participants(f, "met", null)).containsExactly(List.of("p1", "p2"));
  }

  @Test
  void theSubjectMeetsAGroupMet() {
    Fixture f = Fixture.of("Mara Pelt met with village elders.", "Mara Pelt");
    assertThat(participants(f, "met", null)).containsExactly(List.of("p1", "o1"));
  }

  @Test
  void aPronounSubjectIsThePersonOfTheSentenceBefore() {
    Fixture f = Fixture.of("She met Ivo Brandt on Friday.", "Ivo Brandt");
    assertThat(participants(f, "met", "p7")).containsExactly(List.of("p7", "p1"));
  }

  @Test
  void aThingMetAThingMeetingOrAGameIsNoMeeting() {
    assertThat(participants(Fixture.of("Mara Pelt met the deadline.", "Mara Pelt"), "met", null))
        .isEmpty();
    assertThat(
            participants(
                Fixture.of("The plan met with criticism from Mara Pelt.", "Mara Pelt"),
                "met",
                null))
        .isEmpty();
    assertThat(
            participants(
                Fixture.of("Mara Pelt said the two clubs meet in the final.", "Mara Pelt"),
                "meet",
                null))
        .isEmpty();
  }

  @Test
  void aVisitToAPersonIsAMeetingAndAVisitToAThingIsNot() {
    Fixture person = Fixture.of("Mara Pelt paid a visit to Ivo Brandt.", "Mara Pelt", "Ivo Brandt");
    Fixture thing = Fixture.of("Mara Pelt paid a visit to the museum.", "Mara Pelt");
    assertThat(verbs.visitTo(person.tokens, person.personAt(), person.at("visit"), person.end()))
        .isTrue();
    assertThat(verbs.visitTo(thing.tokens, thing.personAt(), thing.at("visit"), thing.end()))
        .isFalse();
  }
}
