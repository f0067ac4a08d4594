package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class PlaceContextsTest {
  private static boolean isPlaceOrCompany(String text, String name) {
    Tokens tokens = new Tokenizer(Language.english()).tokenize(text);
    return new PlaceContexts(TestSpans.WORDS)
        .isPlaceOrCompany(TestSpans.name(tokens, text, name), tokens);
  }

  @Test
  void aPlaceByItsContext() {
    String text = "Shelling hit the village of Varnoy, and trucks wait at the Kelu-Ada abattoir.";

    assertThat(isPlaceOrCompany(text, "Varnoy")).isTrue();
    assertThat(isPlaceOrCompany(text, "Kelu-Ada")).isTrue();
  }

  @Test
  void aPlaceByItsStateAResidentOrAShip() {
    String text =
        "A rally in Pine Hollow, Ore., drew crowds; a resident of Varnoy spoke, and Peter"
            + " Vandel, Washington\u2019s police chief, watched the USS Harald Berg sail.";

    assertThat(isPlaceOrCompany(text, "Pine Hollow")).isTrue();
    assertThat(isPlaceOrCompany(text, "Varnoy")).isTrue();
    assertThat(isPlaceOrCompany(text, "Harald Berg")).isTrue();
    assertThat(isPlaceOrCompany(text, "Peter Vandel")).isFalse();
  }

  @Test
  void aCompanyNounBeforeANameMakesItACompany() {
    String text =
        "Mobile operator Telecomo said, according to newspaper The Sentinel, and Ana Reyes.";

    assertThat(isPlaceOrCompany(text, "Telecomo")).isTrue();
    assertThat(isPlaceOrCompany(text, "Sentinel")).isTrue();
    assertThat(isPlaceOrCompany(text, "Ana Reyes")).isFalse();
  }
}
