package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotPersonsTest {
  /** The span of the words {@code name} where they first stand in {@code text}. */
  private static Span span(Tokens tokens, String text, String name) {
    int start = text.indexOf(name);
    int first = tokens.firstAtOrAfter(start);
    int end = tokens.firstAtOrAfter(start + name.length());
    return new Span(Span.Kind.NAME, first, end, 0, start, start + name.length(), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nonetheless",
        "Kabul-based",
        "Ukraine-Ukraine",
        "Moderate Muslims-When",
        "NGOs",
        "San Leandro",
        "Paradise Bay",
        "Victory Day"
      })
  void shapesThatAreNoName(String name) {
    assertThat(NotPersons.notAName(name.split(" "))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ana Reyes", "Geneva Reed-Veal", "Ban Ki-moon", "Omar"})
  void namesStayNames(String name) {
    assertThat(NotPersons.notAName(name.split(" "))).isFalse();
  }

  @Test
  void aWordInsideAnOrganisationName() {
    String text = "The Center for Strategic and International Studies said so, like Ana Reyes.";
    Tokens tokens = new Tokenizer().tokenize(text);

    assertThat(
            NotPersons.insideOrganisationName(span(tokens, text, "International Studies"), tokens))
        .isTrue();
    assertThat(NotPersons.insideOrganisationName(span(tokens, text, "Ana Reyes"), tokens))
        .isFalse();
  }

  @Test
  void aNumberAfterANameMakesALawUnlessItCounts() {
    String text = "House Bill 1523 passed after the officer shot Laquan McDonald 16 times.";
    Tokens tokens = new Tokenizer().tokenize(text);

    assertThat(NotPersons.beforeNumber(span(tokens, text, "Bill"), tokens)).isTrue();
    assertThat(NotPersons.beforeNumber(span(tokens, text, "Laquan McDonald"), tokens)).isFalse();
  }

  @Test
  void anAmpersandJoinsAFirmsName() {
    String text = "according to Dezan Shira & Associates.";
    Tokens tokens = new Tokenizer().tokenize(text);

    assertThat(NotPersons.insideOrganisationName(span(tokens, text, "Dezan Shira"), tokens))
        .isTrue();
  }
}
