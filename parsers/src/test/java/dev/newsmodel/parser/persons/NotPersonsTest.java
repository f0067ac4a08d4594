package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotPersonsTest {
  private static final NotPersons NOT_PERSONS = new NotPersons(TestSpans.WORDS);

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
    assertThat(NOT_PERSONS.notAName(name.split(" "))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ana Reyes", "Geneva Reed-Veal", "Ban Ki-moon", "Omar"})
  void namesStayNames(String name) {
    assertThat(NOT_PERSONS.notAName(name.split(" "))).isFalse();
  }

  @Test
  void aWordInsideAnOrganisationName() {
    String text = "The Center for Strategic and International Studies said so, like Ana Reyes.";
    Tokens tokens = new Tokenizer(Language.english()).tokenize(text);

    assertThat(
            NOT_PERSONS.insideOrganisationName(
                TestSpans.name(tokens, text, "International Studies"), tokens))
        .isTrue();
    assertThat(
            NOT_PERSONS.insideOrganisationName(TestSpans.name(tokens, text, "Ana Reyes"), tokens))
        .isFalse();
  }

  @Test
  void aNumberAfterANameMakesALawUnlessItCounts() {
    String text = "Senate Bill 2071 passed after the guard struck Tomas Berg 12 times.";
    Tokens tokens = new Tokenizer(Language.english()).tokenize(text);

    assertThat(NOT_PERSONS.beforeNumber(TestSpans.name(tokens, text, "Bill"), tokens)).isTrue();
    assertThat(NOT_PERSONS.beforeNumber(TestSpans.name(tokens, text, "Tomas Berg"), tokens))
        .isFalse();
  }

  @Test
  void anAmpersandJoinsAFirmsName() {
    String text = "according to Varga Holm & Partners.";
    Tokens tokens = new Tokenizer(Language.english()).tokenize(text);

    assertThat(
            NOT_PERSONS.insideOrganisationName(TestSpans.name(tokens, text, "Varga Holm"), tokens))
        .isTrue();
  }
}
