package dev.newsmodel.parser.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {
  private final Abbreviations abbreviations = new Abbreviations(Language.english());

  @Test
  void everyListLoadsAsWritten() {
    assertThat(abbreviations.titles).contains("Mr", "Gen", "Cdr").doesNotContain("mr");
    assertThat(abbreviations.months).contains("Jan", "Sept").hasSize(12);
    assertThat(abbreviations.beforeNumber).contains("No", "no", "pp");
    assertThat(abbreviations.ambiguous).contains("Inc", "Gov't", "Miss");
    assertThat(abbreviations.sentenceStarters).contains("The", "However", "Later");
  }
}
