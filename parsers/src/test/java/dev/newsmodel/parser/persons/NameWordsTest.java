package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameWordsTest {
  @ParameterizedTest
  @ValueSource(strings = {"The", "However", "NATO", "Anti-IS", "Re-election", "T-shirt"})
  void wordsThatAreNeverPartOfAName(String word) {
    assertThat(NameWords.flags(word) & NameWords.NEVER).isNotZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Blinken", "Ki-moon", "Okonkwo", "Reed-Veal"})
  void nameWordsHaveNoExcludingBit(String word) {
    assertThat(NameWords.flags(word) & (NameWords.NEVER | NameWords.NOT_ALONE)).isZero();
  }

  @Test
  void placesTitlesOrganisationsAndPluralsStandOnlyInCompany() {
    assertThat(NameWords.flags("Beijing") & NameWords.NOT_ALONE).isNotZero();
    assertThat(NameWords.flags("Minister") & NameWords.NOT_ALONE).isNotZero();
    assertThat(NameWords.flags("Officers") & NameWords.NOT_ALONE).isNotZero();
    assertThat(NameWords.isOrganisationWord("Institute")).isTrue();
    assertThat(NameWords.isOrganisationWord("Blinken")).isFalse();
  }

  @Test
  void wordsThatNeedTheirNeighbours() {
    assertThat(NameWords.flags("St") & NameWords.ABBREVIATION).isNotZero();
    assertThat(NameWords.flags("Gov") & NameWords.DOTTED_TITLE).isNotZero();
    assertThat(NameWords.flags("Nominating") & NameWords.GERUND).isNotZero();
    assertThat(NameWords.flags("Calls") & NameWords.HEADLINE_VERB).isNotZero();
    assertThat(NameWords.flags("Christian") & NameWords.DEMONYM).isNotZero();
  }

  @Test
  void theAnswerIsTheSameFromTheMemo() {
    int first = NameWords.flags("Okonkwo");

    assertThat(NameWords.flags("Okonkwo")).isEqualTo(first);
  }
}
