package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacesTest {
  private final Places places = new Places(Fixture.WORDS);

  private Optional<String> place(String sentence) {
    Fixture f = Fixture.of(sentence);
    return places.find(f.text, f.tokens, 0, f.end()).map(Span::text);
  }

  @Test
  void theFirstNamedPlaceAfterInOrAt() {
    assertThat(place("The two ministers met in Lisbon.")).contains("Lisbon");
    assertThat(place("They met at the Larkspur Palace.")).contains("Larkspur Palace");
    assertThat(place("The envoys met in Port Ellery and later in Dunmore."))
        .contains("Port Ellery");
  }

  @Test
  void theNameEndsAtADayAPrepositionOrPunctuation() {
    assertThat(place("She met him in Valdora on Monday.")).contains("Valdora");
    assertThat(place("They met at Hollin House, a hotel.")).contains("Hollin House");
  }

  @Test
  void aLowerCasePhraseIsNoPlace() {
    assertThat(place("They met in private for an hour.")).isEmpty();
    assertThat(place("The leaders met at length.")).isEmpty();
    assertThat(place("The leaders met on Tuesday.")).isEmpty();
  }

  @Test
  void theSpanPointsBackToTheText() {
    Fixture f = Fixture.of("We met in Corrin Bay.");
    Span span = places.find(f.text, f.tokens, 0, f.end()).orElseThrow();
    assertThat(f.text.substring(span.start(), span.start() + span.text().length()))
        .isEqualTo("Corrin Bay");
  }
}
