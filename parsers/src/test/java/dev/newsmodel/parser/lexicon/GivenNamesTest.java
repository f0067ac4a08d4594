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

  @Test
  void looksTokensUpAsWrittenWithoutTheirStrings() {
    dev.newsmodel.parser.doc.Tokens tokens =
        new dev.newsmodel.parser.tokens.Tokenizer(dev.newsmodel.parser.lexicon.Language.english())
            .tokenize("Linda met linda and Zo\u00eb, LINDA.");

    assertThat(GivenNames.containsText(tokens, 0)).isTrue(); // Linda
    assertThat(GivenNames.containsText(tokens, 1)).isFalse(); // met
    assertThat(GivenNames.containsText(tokens, 2)).isFalse(); // linda
    assertThat(GivenNames.containsText(tokens, 4)).isEqualTo(GivenNames.contains("Zo\u00eb"));
    assertThat(GivenNames.containsText(tokens, 6)).isFalse(); // LINDA
  }

  @Test
  void everyNameOfTheListIsFoundAsAStringAndAsAToken() {
    for (String name : new String[] {"Mary", "Jose", "Aaliyah", "Mohammed", "Xi", "Bo"}) {
      dev.newsmodel.parser.doc.Tokens tokens =
          new dev.newsmodel.parser.tokens.Tokenizer(dev.newsmodel.parser.lexicon.Language.english())
              .tokenize(name);
      assertThat(GivenNames.containsText(tokens, 0)).isEqualTo(GivenNames.contains(name));
    }
  }
}
