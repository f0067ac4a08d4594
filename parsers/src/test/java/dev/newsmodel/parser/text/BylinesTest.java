package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;

class BylinesTest {
  private static final Bylines BYLINES = new Bylines(new TextWords(Language.english()));

  @Test
  void readsSeveralAuthorsAndDropsAgencyAndJobTitle() {
    Bylines.Byline byline =
        BYLINES.parse("By Jane Doe and Li Wei, Staff Writers, Reuters").orElseThrow();

    assertThat(byline.authors()).containsExactly("Jane Doe", "Li Wei");
    assertThat(byline.date()).isEmpty();
  }

  @Test
  void readsADateAfterABar() {
    Bylines.Byline byline = BYLINES.parse("BY Ana María de la Cruz | March 4, 2024").orElseThrow();

    assertThat(byline.authors()).containsExactly("Ana María de la Cruz");
    assertThat(byline.date()).contains("2024-03-04");
  }

  @Test
  void dropsThePlaceAfterTheName() {
    assertThat(BYLINES.parse("By Tom Berg in Lisbon").orElseThrow().authors())
        .containsExactly("Tom Berg");
  }

  @Test
  void keepsAnAgencyWhenNoPersonIsNamed() {
    assertThat(BYLINES.parse("By Reuters").orElseThrow().authors()).containsExactly("Reuters");
  }

  @Test
  void ignoresSentencesThatStartWithBy() {
    assertThat(BYLINES.parse("By the end of the day, the talks had collapsed.")).isEmpty();
    assertThat(BYLINES.parse("Bypass roads were closed")).isEmpty();
  }
}
