package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SideRegistrarTest {
  private final SideRegistrar registrar =
      new SideRegistrar(Fixture.WORDS, Fixture.FRAME_WORDS, Fixture.GAZETTEER);

  private String register(Fixture f, String from, String to) {
    Sides.Found found = new Sides.Found(Sides.Kind.SIDE, f.at(from), f.at(to));
    return registrar.register(
        f.text, f.tokens, f.personAt(), new Delegations(f.entities, Fixture.WORDS), found);
  }

  @Test
  void aGroupOrANameNoPersonIsANewOrganization() {
    Fixture f = Fixture.of("Mara Pelt met village elders on Friday.", "Mara Pelt");
    assertThat(register(f, "village", "elders")).isEqualTo("o1");
    assertThat(f.entities.organizations())
        .singleElement()
        .satisfies(o -> assertThat(o.name()).isEqualTo("village elders"));
  }

  @Test
  void aPersonAPronounOrAPlaceIsNotRegistered() {
    Fixture person = Fixture.of("Mara Pelt met Ivo on Friday.", "Mara Pelt", "Ivo");
    Fixture pronoun = Fixture.of("Mara Pelt met him on Friday.", "Mara Pelt");
    Fixture place = Fixture.of("Mara Pelt met Norway on Friday.", "Mara Pelt");
    assertThat(register(person, "Ivo", "Ivo")).isNull();
    assertThat(register(pronoun, "him", "him")).isNull();
    assertThat(register(place, "Norway", "Norway")).isNull();
    assertThat(person.entities.organizations()).isEmpty();
  }

  @Test
  void theTitleOfAPersonNamedAfterItIsNotRegistered() {
    Fixture title =
        Fixture.of("Mara Pelt met Harbour Master Ivo Brandt.", "Mara Pelt", "Ivo Brandt");
    Fixture apposition =
        Fixture.of("Mara Pelt met the mayor, Ivo Brandt.", "Mara Pelt", "Ivo Brandt");
    assertThat(register(title, "Harbour", "Master")).isNull();
    assertThat(register(apposition, "the", "mayor")).isNull();
  }
}
