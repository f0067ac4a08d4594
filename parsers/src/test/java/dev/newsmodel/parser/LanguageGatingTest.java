package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article's language, and the English stages kept off texts in other languages. */
class LanguageGatingTest {
  private static final String ENGLISH =
      "Council approves harbour plan\n\nThe city council approved a new plan to expand the harbour"
          + " on Tuesday. “We have waited long enough,” Mayor Anna Keller said after the vote."
          + " She met the port director, Tom Berg, in the town hall on Monday.\n";

  private final NewsParser parser = NewsParser.create();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "de|German|Stadtrat beschließt Hafenplan\\n\\nDer Stadtrat hat am Dienstag einen neuen Plan"
            + " für den Ausbau des Hafens beschlossen. „Wir haben lange genug gewartet“, sagte"
            + " Bürgermeisterin Anna Keller nach der Abstimmung. Sie traf am Montag den"
            + " Hafendirektor Tom Berg im Rathaus.",
        "fr|French|Le conseil approuve le plan du port\\n\\nLe conseil municipal a approuvé mardi un"
            + " nouveau plan d'agrandissement du port. « Nous avons assez attendu », a déclaré la"
            + " maire Anna Keller après le vote. Elle a rencontré lundi le directeur du port, Tom"
            + " Berg, à la mairie.",
        "es|Spanish|El ayuntamiento aprueba el plan del puerto\\n\\nEl ayuntamiento aprobó el martes"
            + " un nuevo plan para ampliar el puerto. «Hemos esperado bastante», dijo la alcaldesa"
            + " Anna Keller tras la votación. El lunes se reunió con el director del puerto, Tom"
            + " Berg, en el ayuntamiento."
      })
  void anArticleInAnotherLanguageKeepsItsContentAndSaysWhyItHasNoPersons(
      String code, String name, String text) {
    Article article = parser.parseText(text.replace("\\n", "\n"));

    assertThat(article.language()).contains(code);
    assertThat(article.languageConfidence())
        .hasValueSatisfying(c -> assertThat(c).isGreaterThan(0.9));
    assertThat(article.text()).contains("Anna Keller");
    assertThat(article.sections()).isNotEmpty();
    assertThat(article.persons()).isEmpty();
    assertThat(article.quotes()).isEmpty();
    assertThat(article.meetings()).isEmpty();
    assertThat(article.notes()).singleElement().asString().contains(name + " (" + code + ")");
  }

  @Test
  void anEnglishArticleIsReadWithNoNote() {
    Article article = parser.parseText(ENGLISH);

    assertThat(article.language()).contains("en");
    assertThat(article.persons()).isNotEmpty();
    assertThat(article.quotes()).isNotEmpty();
    assertThat(article.notes()).isEmpty();
  }

  @Test
  void aPageDeclaringTheSiteLanguageGetsTheLanguageOfItsText() {
    String german =
        "<html lang=\"en\"><head><title>Hafen</title></head><body><article><h1>Hafenplan</h1>"
            + "<p>Der Stadtrat hat am Dienstag einen neuen Plan für den Ausbau des Hafens"
            + " beschlossen, sagte die Bürgermeisterin nach der langen Sitzung.</p>"
            + "<p>Die Opposition kritisierte die hohen Kosten des Vorhabens.</p></article></body></html>";
    String english =
        "<html lang=\"en-GB\"><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
            + "<p>The city council approved a new plan to expand the harbour on Tuesday after a"
            + " long debate, the mayor said.</p><p>The opposition criticised the cost.</p>"
            + "</article></body></html>";

    assertThat(parser.parse(german, "https://example.com/a").language()).contains("de");
    assertThat(parser.parse(english, "https://example.com/b").language()).contains("en-GB");
  }

  @Test
  void aShortPageKeepsItsDeclaredLanguage() {
    String page =
        "<html lang=\"fr\"><head><title>Photo</title></head><body><article><p>Photo.</p>"
            + "</article></body></html>";

    Article article = parser.parse(page, "https://example.com/p");

    assertThat(article.language()).contains("fr");
    assertThat(article.languageConfidence()).isEmpty();
  }

  @Test
  void aForcedLanguageWinsOverTheTextAndTheDeclaration() {
    NewsParser english = NewsParser.create(ParserOptions.builder().language("en").build());
    String german =
        "Hafen\n\nDer Stadtrat hat am Dienstag einen neuen Plan für den Ausbau des Hafens"
            + " beschlossen, sagte Bürgermeisterin Anna Keller. Die Opposition kritisierte die"
            + " hohen Kosten und kündigte an, die Entscheidung gerichtlich prüfen zu lassen.\n";

    Article forced = english.parseText(german);
    Article detected = parser.parseText(german);

    assertThat(forced.language()).contains("en");
    assertThat(forced.languageConfidence()).isEmpty();
    assertThat(forced.notes()).isEmpty();
    assertThat(detected.language()).contains("de");
    assertThat(detected.notes()).hasSize(1);
  }

  @Test
  void aForcedLanguageMustBeATag() {
    assertThatThrownBy(() -> ParserOptions.builder().language("not a tag").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language");
  }
}
