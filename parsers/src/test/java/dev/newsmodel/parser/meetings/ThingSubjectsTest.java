package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThingSubjectsTest {
  private final ThingSubjects subjects = new ThingSubjects(Fixture.WORDS, Fixture.FRAME_WORDS);

  private boolean thing(Fixture f, String verb) {
    return subjects.thingSubject(f.tokens, f.personAt(), 0, f.at(verb));
  }

  @Test
  void aThingOrABodyOrItAsSubjectIsNoSide() {
    assertThat(thing(Fixture.of("The plan met with criticism."), "met")).isTrue();
    assertThat(thing(Fixture.of("The committee met on Monday."), "met")).isTrue();
    assertThat(thing(Fixture.of("Staff said it hosted a quiz night."), "hosted")).isTrue();
    assertThat(thing(Fixture.of("It hosted a quiz night."), "hosted")).isTrue();
  }

  @Test
  void aPersonAPronounOrANounOfPersonsIsASide() {
    assertThat(thing(Fixture.of("Mara Pelt met with the envoy.", "Mara Pelt"), "met")).isFalse();
    assertThat(thing(Fixture.of("She met with the envoy."), "met")).isFalse();
    assertThat(thing(Fixture.of("The elders met with the envoy."), "met")).isFalse();
  }

  @Test
  void aBodyAfterAPersonNamedMeetsWithThePerson() {
    assertThat(thing(Fixture.of("Mara Pelt and the council convened.", "Mara Pelt"), "convened"))
        .isFalse();
  }
}
