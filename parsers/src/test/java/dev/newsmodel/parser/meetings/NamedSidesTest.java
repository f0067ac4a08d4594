package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSidesTest {
  private final NamedSides sides =
      new NamedSides(Fixture.WORDS, Fixture.FRAME_WORDS, Fixture.GAZETTEER);

  private List<Sides.Side> named(Fixture f) {
    return sides.named(f.text, f.tokens, f.personAt(), 0, f.end());
  }

  @Test
  void thePersonsNamedInTextOrder() {
    Fixture f = Fixture.of("Ivo Brandt met Mara Pelt on Tuesday.", "Mara Pelt", "Ivo Brandt");
    assertThat(named(f)).extracting(Sides.Side::id).containsExactly("p2", "p1");
    assertThat(named(f)).extracting(Sides.Side::start).containsExactly(0, 15);
  }

  @Test
  void countriesNamedAsSidesAreSides() {
    Fixture f = Fixture.of("Peru and Chile resumed talks over the border.");
    assertThat(named(f)).extracting(Sides.Side::name).containsExactly("Peru", "Chile");
    assertThat(named(f)).extracting(Sides.Side::id).containsOnlyNulls();
  }

  @Test
  void aPlaceNamedAsWhereOrQualifyingANameIsNoSide() {
    assertThat(named(Fixture.of("Mara Pelt met the envoy in Norway.", "Mara Pelt")))
        .extracting(Sides.Side::id)
        .containsExactly("p1");
    assertThat(named(Fixture.of("Delegates arrived from Ghana and Togo for talks."))).isEmpty();
    assertThat(named(Fixture.of("The Geneva talks resumed on Monday."))).isEmpty();
    assertThat(named(Fixture.of("Norway's envoy met the mayor."))).isEmpty();
  }
}
