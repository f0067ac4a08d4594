package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbObjectsTest {
  private final VerbObjects objects =
      new VerbObjects(Fixture.WORDS, Fixture.FRAME_WORDS, Fixture.GAZETTEER);

  private Sides.Found object(Fixture f, String verb, boolean placeIsThing) {
    return objects.object(f.tokens, f.personAt(), f.at(verb), f.end(), placeIsThing, true);
  }

  @Test
  void aPersonMetIsASideAfterWithAndAdverbsAndDays() {
    Fixture f =
        Fixture.of("Mara Pelt met privately on Friday with Ivo Brandt.", "Mara Pelt", "Ivo Brandt");
    Sides.Found found = object(f, "met", false);
    assertThat(found.kind()).isEqualTo(Sides.Kind.SIDE);
    assertThat(f.text(found.from(), found.to())).isEqualTo("Ivo");
  }

  @Test
  void aGroupMetIsASideFromItsFirstWord() {
    Fixture f = Fixture.of("Mara Pelt met with village elders.", "Mara Pelt");
    Sides.Found found = object(f, "met", false);
    assertThat(found.kind()).isEqualTo(Sides.Kind.SIDE);
    assertThat(f.text(found.from(), found.to())).isEqualTo("village elders");
  }

  @Test
  void aThingThePressOrAPlaceVisitedMakesNoSide() {
    assertThat(object(Fixture.of("Mara Pelt met the deadline.", "Mara Pelt"), "met", false).kind())
        .isEqualTo(Sides.Kind.THING);
    assertThat(object(Fixture.of("Mara Pelt met reporters.", "Mara Pelt"), "met", false).kind())
        .isEqualTo(Sides.Kind.THING);
    assertThat(object(Fixture.of("Mara Pelt visited Norway.", "Mara Pelt"), "visited", true).kind())
        .isEqualTo(Sides.Kind.THING);
  }

  @Test
  void nothingAfterTheVerbIsNone() {
    assertThat(object(Fixture.of("Mara Pelt met on Friday.", "Mara Pelt"), "met", false).kind())
        .isEqualTo(Sides.Kind.NONE);
  }

  @Test
  void knowsTheNounsOfPersons() {
    Fixture f = Fixture.of("The elders met the bridge builders.");
    assertThat(objects.isSideNoun(f.tokens, f.at("elders"))).isTrue();
    assertThat(objects.isSideNoun(f.tokens, f.at("bridge"))).isFalse();
  }
}
