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
    assertThat(NameWords.flags("Institute") & NameWords.ORGANISATION).isNotZero();
    assertThat(NameWords.flags("Blinken") & NameWords.ORGANISATION).isZero();
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

  @Test
  void aTokenGetsTheBitsOfItsWordFromAnyThread() throws Exception {
    String text = "The Minister Beijing NATO Okonkwo Calls Institute Nominating Ki-moon St";
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<int[]>> runs = new java.util.ArrayList<>();
      for (int run = 0; run < 8; run++) {
        runs.add(
            pool.submit(
                () -> {
                  dev.newsmodel.parser.doc.Tokens tokens =
                      new dev.newsmodel.parser.tokens.Tokenizer(
                              dev.newsmodel.parser.lexicon.Language.english())
                          .tokenize(text);
                  int[] bits = new int[tokens.size()];
                  for (int i = 0; i < tokens.size(); i++) {
                    bits[i] = NameWords.flags(tokens, i);
                  }
                  return bits;
                }));
      }
      String[] words = text.split(" ");
      for (java.util.concurrent.Future<int[]> run : runs) {
        int[] bits = run.get();
        for (int i = 0; i < words.length; i++) {
          assertThat(bits[i]).as(words[i]).isEqualTo(NameWords.flags(words[i]));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theMemoAnswersAsTheWordsOwnBitsWhateverItHolds() {
    // Same lower-case hash: "Okonkwo" and "OKONKWO" (the case), "Aan" and "Ac0" (the hash code);
    // a word too long to keep; more words than a small memo takes.
    String longWord = "Q" + "u".repeat(NameWords.Memo.MAX_WORD);
    String text = "Okonkwo OKONKWO Aan Ac0 " + longWord + " Minister Beijing NATO Calls Institute";
    dev.newsmodel.parser.doc.Tokens tokens =
        new dev.newsmodel.parser.tokens.Tokenizer(dev.newsmodel.parser.lexicon.Language.english())
            .tokenize(text);
    String[] words = text.split(" ");
    assertThat("aan".hashCode()).isEqualTo("ac0".hashCode());
    for (int limit : new int[] {2, 64}) {
      NameWords.Memo memo = new NameWords.Memo(limit);
      for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < words.length; i++) {
          assertThat(memo.flags(tokens, i)).as(words[i]).isEqualTo(NameWords.flags(words[i]));
        }
      }
    }
  }
}
