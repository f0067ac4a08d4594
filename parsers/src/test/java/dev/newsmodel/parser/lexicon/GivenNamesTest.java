package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenNamesTest {

  @Test
  void knowsCommonNamesAndTheirSex() {
    assertThat(GivenNames.contains("Linda")).isTrue();
    assertThat(GivenNames.femaleShare("Linda").getAsDouble()).isGreaterThan(0.95);
    assertThat(GivenNames.femaleShare("Antony").getAsDouble()).isLessThan(0.05);
  }

  @Test
  void doesNotKnowOrdinaryWordsOrLowerCase() {
    assertThat(GivenNames.contains("Financial")).isFalse();
    assertThat(GivenNames.contains("linda")).isFalse();
    assertThat(GivenNames.femaleShare("Beijing")).isEmpty();
  }
}
