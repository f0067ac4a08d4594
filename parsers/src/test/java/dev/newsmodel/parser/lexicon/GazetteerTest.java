package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

  @Test
  void knowsPlacesAsWritten() {
    assertThat(Gazetteer.isPlace("Beijing")).isTrue();
    assertThat(Gazetteer.isPlace("New York")).isTrue();
    assertThat(Gazetteer.isPlace("Blinken")).isFalse();
    assertThat(Gazetteer.isPlace("Saudi", "Arabia")).isTrue();
    assertThat(Gazetteer.isPlace("New", "York")).isTrue();
    assertThat(Gazetteer.isPlace("Antony", "Blinken")).isFalse();
  }

  @Test
  void knowsOrganizationWordsInAnyCase() {
    assertThat(Gazetteer.isOrganisationWord("Times")).isTrue();
    assertThat(Gazetteer.isOrganisationWord("INSTITUTE")).isTrue();
    assertThat(Gazetteer.isOrganisationWord("Walsh")).isFalse();
  }
}
