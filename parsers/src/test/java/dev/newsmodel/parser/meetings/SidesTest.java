package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SidesTest {
  private final Sides.Side person = new Sides.Side(0, "p1", null);
  private final Sides.Side other = new Sides.Side(10, "p2", null);
  private final Sides.Side country = new Sides.Side(20, null, "Norway");

  @Test
  void aPersonIsKnownByItsIdAndACountryByAMarkUntilAMeetingRegistersIt() {
    Fixture f = Fixture.of("Oda Lund met officials from Norway.", "Oda Lund");
    String mark = Sides.idOf(country);
    assertThat(Sides.idOf(person)).isEqualTo("p1");
    assertThat(mark).isNotEqualTo("Norway").contains("Norway");

    assertThat(Sides.resolve(f.entities, new LinkedHashSet<>(List.of("p1", mark))))
        .containsExactly("p1", "o1");
    assertThat(f.entities.organizations())
        .singleElement()
        .satisfies(o -> assertThat(o.name()).isEqualTo("Norway"));
  }

  @Test
  void countsAndFindsThePersonsAmongTheSides() {
    assertThat(Sides.persons(List.of(country, person, other))).isEqualTo(2);
    assertThat(Sides.firstPerson(List.of(country, other, person))).isEqualTo("p2");
    assertThat(Sides.firstPerson(List.of(country))).isNull();
    assertThat(Sides.idsOf(List.of(person, other, person))).containsExactly("p1", "p2");
  }

  @Test
  void organizationsAreGroupsAndPersonsAreNot() {
    assertThat(Sides.isPerson("p3")).isTrue();
    assertThat(Sides.isGroup("p3")).isFalse();
    assertThat(Sides.isGroup("o1")).isTrue();
  }

  @Test
  void aNounOfPersonsIsASideNounAndAThingIsNot() {
    Fixture f = Fixture.of("The elders met the minister about the bridge.");
    assertThat(Sides.isSideNoun(Fixture.WORDS, Fixture.FRAME_WORDS, f.tokens, f.at("elders")))
        .isTrue();
    assertThat(Sides.isSideNoun(Fixture.WORDS, Fixture.FRAME_WORDS, f.tokens, f.at("minister")))
        .isTrue();
    assertThat(Sides.isSideNoun(Fixture.WORDS, Fixture.FRAME_WORDS, f.tokens, f.at("bridge")))
        .isFalse();
  }

  @Test
  void anOffsetInsideAPersonsMentionIsInThePerson() {
    Fixture f = Fixture.of("Oda Lund met Per.", "Oda Lund");
    assertThat(Sides.inPerson(f.personAt(), f.text.indexOf("Lund"))).isTrue();
    assertThat(Sides.inPerson(f.personAt(), f.text.indexOf("met"))).isFalse();
  }
}
