package dev.newsmodel.parser.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {
  private static final LanguageDetector.Detected GERMAN = new LanguageDetector.Detected("de", 0.99);
  private static final LanguageDetector.Detected NORWEGIAN =
      new LanguageDetector.Detected("no", 0.97);

  @Test
  void theDeclaredTagIsKeptWhenTheTextAgrees() {
    LanguageChoice choice = LanguageChoice.of("de-AT", GERMAN);

    assertThat(choice.language()).isEqualTo("de-AT");
    assertThat(choice.confidence()).hasValue(0.99);
    assertThat(LanguageChoice.of("nb-NO", NORWEGIAN).language()).isEqualTo("nb-NO");
  }

  @Test
  void theDetectedLanguageWinsWhenTheTextDisagrees() {
    LanguageChoice choice = LanguageChoice.of("en-US", GERMAN);

    assertThat(choice.language()).isEqualTo("de");
    assertThat(choice.confidence()).hasValue(0.99);
  }

  @Test
  void theDeclaredTagIsKeptWhenTheTextIsTooShortToTell() {
    LanguageChoice choice = LanguageChoice.of("fr", LanguageDetector.Detected.NONE);

    assertThat(choice.language()).isEqualTo("fr");
    assertThat(choice.confidence()).isEmpty();
    assertThat(LanguageChoice.of(null, LanguageDetector.Detected.NONE))
        .isEqualTo(LanguageChoice.NONE);
  }

  @Test
  void withNothingDeclaredTheDetectedLanguageIsTaken() {
    assertThat(LanguageChoice.of(null, GERMAN).language()).isEqualTo("de");
  }

  @Test
  void aForcedLanguageHasNoConfidence() {
    assertThat(LanguageChoice.forced("es").language()).isEqualTo("es");
    assertThat(LanguageChoice.forced("es").confidence()).isEmpty();
  }

  @Test
  void thePrimarySubtagIsInLowerCase() {
    assertThat(LanguageChoice.primary("EN-gb")).isEqualTo("en");
    assertThat(LanguageChoice.primary("pt_BR")).isEqualTo("pt");
    assertThat(LanguageChoice.primary("nn")).isEqualTo("no");
    assertThat(LanguageChoice.primary("de")).isEqualTo("de");
  }
}
