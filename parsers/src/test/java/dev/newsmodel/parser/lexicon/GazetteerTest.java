package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.of(Language.english());

  @Test
  void knowsPlacesAsWritten() {
    assertThat(gazetteer.hasPlace("Beijing")).isTrue();
    assertThat(gazetteer.hasPlace("New York")).isTrue();
    assertThat(gazetteer.hasPlace("Blinken")).isFalse();
    assertThat(gazetteer.hasPlace("Saudi", "Arabia")).isTrue();
    assertThat(gazetteer.hasPlace("New", "York")).isTrue();
    assertThat(gazetteer.hasPlace("Antony", "Blinken")).isFalse();
  }

  @Test
  void knowsOrganizationWordsInAnyCase() {
    assertThat(gazetteer.hasOrganisationWord("Times")).isTrue();
    assertThat(gazetteer.hasOrganisationWord("INSTITUTE")).isTrue();
    assertThat(gazetteer.hasOrganisationWord("Walsh")).isFalse();
    assertThat(gazetteer.hasLowerOrganisationWord("institute")).isTrue();
    assertThat(gazetteer.hasLowerOrganisationWord("Institute")).isFalse();
  }
}
