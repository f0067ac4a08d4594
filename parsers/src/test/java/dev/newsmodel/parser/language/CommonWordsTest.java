package dev.newsmodel.parser.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;

class CommonWordsTest {
  private final CommonWords english =
      new CommonWords(Language.english().lowerCaseWords("language/function-words"));

  @Test
  void englishProseIsConfirmed() {
    assertThat(
            english.confirm(
                "The city council approved a new plan to expand the harbour after a long debate"
                    + " on Tuesday. The opposition said that it would challenge the decision, which"
                    + " it called a waste of money, in court."))
        .isTrue();
  }

  @Test
  void otherLanguagesAreLeftToTheDetector() {
    assertThat(
            english.confirm(
                "De gemeenteraad heeft dinsdag na een lang debat een nieuw plan goedgekeurd om de"
                    + " haven uit te breiden. Het was in de raad een lang gesprek, en de oppositie"
                    + " is van plan naar de rechter te stappen."))
        .isFalse();
    assertThat(
            english.confirm(
                "Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Plan für den Ausbau"
                    + " des Hafens beschlossen. Was die Opposition davon hält, sagte sie in einer"
                    + " Erklärung: Sie will vor Gericht ziehen."))
        .isFalse();
  }

  @Test
  void aShortTextOrAListOfNamesIsNotConfirmed() {
    assertThat(english.confirm("The harbour reopened on Monday.")).isFalse();
    assertThat(
            english.confirm(
                "Anna Keller, Tom Berg, Maria Sandoval, Ruiz Ortega, Jan Novak, Piet de Vries,"
                    + " Lena Hoffmann, Marco Rossi, Sofia Costa, Ahmet Yilmaz, Elena Petrova."))
        .isFalse();
  }
}
