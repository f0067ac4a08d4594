package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class PlaceContextsTest {
  /** The span of the words {@code name} where they first stand in {@code text}. */
  private static Span span(Tokens tokens, String text, String name) {
    int start = text.indexOf(name);
    int first = tokens.firstAtOrAfter(start);
    int end = tokens.firstAtOrAfter(start + name.length());
    return new Span(Span.Kind.NAME, first, end, 0, start, start + name.length(), name);
  }

  @Test
  void aPlaceByItsContext() {
    String text = "Shelling hit the village of Teldau, and trucks wait at the Oko-Oba abattoir.";
    Tokens tokens = new Tokenizer().tokenize(text);

    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Teldau"), tokens)).isTrue();
    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Oko-Oba"), tokens)).isTrue();
  }

  @Test
  void aPlaceByItsStateAResidentOrAShip() {
    String text =
        "A rally in Coral Gables, Fla., drew crowds; a resident of Teldau spoke, and Peter"
            + " Newsham, Washington\u2019s police chief, watched the USS Carl Vinson sail.";
    Tokens tokens = new Tokenizer().tokenize(text);

    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Coral Gables"), tokens)).isTrue();
    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Teldau"), tokens)).isTrue();
    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Carl Vinson"), tokens)).isTrue();
    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Newsham"), tokens)).isFalse();
  }

  @Test
  void aCompanyNounBeforeANameMakesItACompany() {
    String text =
        "Mobile operator Telecomo said, according to newspaper The Nation, and Ana Reyes.";
    Tokens tokens = new Tokenizer().tokenize(text);

    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Telecomo"), tokens)).isTrue();
    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Nation"), tokens)).isTrue();
    assertThat(PlaceContexts.isPlaceOrCompany(span(tokens, text, "Ana Reyes"), tokens)).isFalse();
  }
}
