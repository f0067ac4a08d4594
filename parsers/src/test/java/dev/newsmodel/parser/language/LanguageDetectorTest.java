package dev.newsmodel.parser.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.get();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "en|The city council approved a new plan to expand the harbour after a long debate on"
            + " Tuesday evening. The opposition criticised the high costs and said it would go to court.",
        "de|Der Stadtrat hat am Dienstagabend nach langer Debatte einen neuen Plan für den Ausbau"
            + " des Hafens beschlossen. Die Opposition kritisierte die hohen Kosten und kündigte eine Klage an.",
        "fr|Le conseil municipal a approuvé mardi soir un nouveau plan d'agrandissement du port"
            + " après un long débat. L'opposition a critiqué les coûts élevés et annoncé un recours en justice.",
        "es|El ayuntamiento aprobó el martes por la noche un nuevo plan para ampliar el puerto tras"
            + " un largo debate. La oposición criticó los altos costes y anunció que recurrirá a los tribunales.",
        "it|Il consiglio comunale ha approvato martedì sera un nuovo piano per ampliare il porto"
            + " dopo un lungo dibattito. L'opposizione ha criticato i costi elevati e ha annunciato un ricorso in tribunale.",
        "nl|De gemeenteraad heeft dinsdagavond na een lang debat een nieuw plan goedgekeurd om de"
            + " haven uit te breiden. De oppositie bekritiseerde de hoge kosten en kondigde een rechtszaak aan."
      })
  void tellsTheLanguageOfASentence(String code, String text) {
    LanguageDetector.Detected detected = detector.detect(text);

    assertThat(detected.code()).isEqualTo(code);
    assertThat(detected.probability()).isBetween(LanguageDetector.MIN_PROBABILITY, 1.0);
  }

  @Test
  void saysNothingOfTooLittleTextOrTextWithoutLetters() {
    assertThat(detector.detect("").found()).isFalse();
    assertThat(detector.detect("Ok, thanks").found()).isFalse();
    // A headline full of names reads as the language of its names: too short to tell.
    assertThat(
            detector
                .detect(
                    "Demonstrators rally against Venezuela's President Nicolas Maduro in Caracas,"
                        + " Venezuela, April 13, 2017")
                .found())
        .isFalse();
    assertThat(detector.detect("12:30 14:45 16:00 — 3-2, 1-0 (2024) ++ ## 42 %").found()).isFalse();
    assertThat(detector.detect("https://example.com/2024/03/01/a-b-c").found()).isFalse();
  }

  @Test
  void readsTheHeadOfALongTextCutAtASpace() {
    String text = "word ".repeat(400);

    String head = LanguageDetector.head(text);

    assertThat(head.length()).isLessThanOrEqualTo(LanguageDetector.MAX_CHARS);
    assertThat(head).endsWith("word");
    assertThat(LanguageDetector.head("short text")).isEqualTo("short text");
  }

  @Test
  void aLongTextIsTheLanguageOfItsHead() {
    String english = "The harbour reopened on Monday after the storm had passed. ".repeat(30);
    String german = "Der Hafen wurde am Montag nach dem Sturm wieder geöffnet. ".repeat(30);

    assertThat(detector.detect(english + german).code()).isEqualTo("en");
    assertThat(detector.detect(german + english).code()).isEqualTo("de");
  }
}
