package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameWordsTest {
  private static final NameWords NAME_WORDS = new NameWords(TestSpans.WORDS);

  @ParameterizedTest
  @ValueSource(strings = {"The", "However", "NATO", "Anti-IS", "Re-election", "T-shirt"})
  void wordsThatAreNeverPartOfAName(String word) {
    assertThat(NAME_WORDS.flags(word) & NameWords.NEVER).isNotZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Blinken", "Ki-moon", "Okonkwo", "Reed-Veal"})
  void nameWordsHaveNoExcludingBit(String word) {
    assertThat(NAME_WORDS.flags(word) & (NameWords.NEVER | NameWords.NOT_ALONE)).isZero();
  }

  @Test
  void placesTitlesOrganisationsAndPluralsStandOnlyInCompany() {
    assertThat(NAME_WORDS.flags("Beijing") & NameWords.NOT_ALONE).isNotZero();
    assertThat(NAME_WORDS.flags("Minister") & NameWords.NOT_ALONE).isNotZero();
    assertThat(NAME_WORDS.flags("Officers") & NameWords.NOT_ALONE).isNotZero();
    assertThat(NAME_WORDS.flags("Institute") & NameWords.ORGANISATION).isNotZero();
    assertThat(NAME_WORDS.flags("Blinken") & NameWords.ORGANISATION).isZero();
  }

  @Test
  void wordsThatNeedTheirNeighbours() {
    assertThat(NAME_WORDS.flags("St") & NameWords.ABBREVIATION).isNotZero();
    assertThat(NAME_WORDS.flags("Gov") & NameWords.DOTTED_TITLE).isNotZero();
    assertThat(NAME_WORDS.flags("Nominating") & NameWords.GERUND).isNotZero();
    assertThat(NAME_WORDS.flags("Calls") & NameWords.HEADLINE_VERB).isNotZero();
    assertThat(NAME_WORDS.flags("Christian") & NameWords.DEMONYM).isNotZero();
  }

  @Test
  void theAnswerIsTheSameFromTheMemo() {
    int first = NAME_WORDS.flags("Okonkwo");

    assertThat(NAME_WORDS.flags("Okonkwo")).isEqualTo(first);
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
                    bits[i] = NAME_WORDS.flags(tokens, i);
                  }
                  return bits;
                }));
      }
      String[] words = text.split(" ");
      for (java.util.concurrent.Future<int[]> run : runs) {
        int[] bits = run.get();
        for (int i = 0; i < words.length; i++) {
          assertThat(bits[i]).as(words[i]).isEqualTo(NAME_WORDS.flags(words[i]));
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
      NameWords.Memo memo = new NameWords.Memo(limit, NAME_WORDS::flags);
      for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < words.length; i++) {
          assertThat(memo.flags(tokens, i)).as(words[i]).isEqualTo(NAME_WORDS.flags(words[i]));
        }
      }
    }
  }

  @Test
  void everyFlagFitsTheBitsASlotKeepsForThem() {
    int[] flags = {
      NameWords.NEVER,
      NameWords.DEMONYM,
      NameWords.NOT_ALONE,
      NameWords.ABBREVIATION,
      NameWords.DOTTED_TITLE,
      NameWords.GERUND,
      NameWords.HEADLINE_VERB,
      NameWords.ORGANISATION
    };
    int all = 0;
    for (int flag : flags) {
      assertThat(Integer.bitCount(flag)).isEqualTo(1);
      assertThat(all & flag).isZero();
      all |= flag;
    }
    assertThat(all).isEqualTo(NameWords.ALL_FLAGS);
    assertThat(all & ~NameWords.Memo.FLAG_MASK).isZero();
    assertThat(NameWords.Memo.FLAG_BITS + NameWords.Memo.OFFSET_BITS).isEqualTo(32);
  }

  @Test
  void eachStageHasItsOwnMemoAndNothingIsKeptJvmWide() {
    for (Class<?> type : new Class<?>[] {NameWords.class, NameWords.Memo.class}) {
      for (java.lang.reflect.Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (java.lang.reflect.Modifier.isStatic(modifiers) && !field.isSynthetic()) {
          assertThat(java.lang.reflect.Modifier.isFinal(modifiers)).as(field.getName()).isTrue();
          assertThat(
                  field.getType().isPrimitive()
                      || field.getType() == java.lang.invoke.VarHandle.class)
              .as(field.getName())
              .isTrue();
        }
      }
    }
    dev.newsmodel.parser.doc.Tokens tokens = tokenize("Okonkwo");
    java.util.concurrent.atomic.AtomicInteger first =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger second =
        new java.util.concurrent.atomic.AtomicInteger();
    NameWords.Memo one =
        new NameWords.Memo(
            64,
            word -> {
              first.incrementAndGet();
              return 0;
            });
    NameWords.Memo other =
        new NameWords.Memo(
            64,
            word -> {
              second.incrementAndGet();
              return 0;
            });
    one.flags(tokens, 0);
    one.flags(tokens, 0);
    other.flags(tokens, 0);
    assertThat(first.get()).isEqualTo(1);
    assertThat(second.get()).as("a word one memo keeps is new to another").isEqualTo(1);
  }

  @Test
  void aFullPoolRefusesWordsAndStillAnswersRight() {
    // 30 letters and a length: 31 characters a word; offsets 1, 32, ..., 156 fit 200, 187 not.
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 10; w++) {
      text.append(w == 0 ? "" : " ").append("Zq").append((char) ('a' + w)).append("x".repeat(27));
    }
    dev.newsmodel.parser.doc.Tokens tokens = tokenize(text.toString());
    assertThat(tokens.size()).isEqualTo(10);
    java.util.concurrent.atomic.AtomicInteger computed =
        new java.util.concurrent.atomic.AtomicInteger();
    NameWords.Memo memo =
        new NameWords.Memo(
            64,
            200,
            word -> {
              computed.incrementAndGet();
              return NAME_WORDS.flags(word) | (word.charAt(2) - 'a') & NameWords.ALL_FLAGS;
            });
    int[] first = new int[10];
    for (int i = 0; i < 10; i++) {
      first[i] = memo.flags(tokens, i);
    }
    assertThat(memo.size()).isEqualTo(6);
    assertThat(computed.get()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(memo.flags(tokens, i)).as(tokens.text(i)).isEqualTo(first[i]);
    }
    assertThat(computed.get()).as("the four refused words, worked out again").isEqualTo(14);
  }

  @Test
  void bitsWiderThanASlotAreNotKept() {
    dev.newsmodel.parser.doc.Tokens tokens = tokenize("Okonkwo");
    NameWords.Memo memo = new NameWords.Memo(64, word -> 1 << NameWords.Memo.FLAG_BITS | 1);
    assertThat(memo.flags(tokens, 0)).isEqualTo(1 << NameWords.Memo.FLAG_BITS | 1);
    assertThat(memo.flags(tokens, 0)).isEqualTo(1 << NameWords.Memo.FLAG_BITS | 1);
    assertThat(memo.size()).isZero();
  }

  @Test
  void aPoolLargerThanTheOffsetsReachIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new NameWords.Memo(64, NameWords.Memo.OFFSET_LIMIT + 1, word -> 0));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new NameWords.Memo(48, word -> 0));
    assertThat(new NameWords.Memo(64, NameWords.Memo.OFFSET_LIMIT, word -> 0).size()).isZero();
  }

  private static dev.newsmodel.parser.doc.Tokens tokenize(String text) {
    return new dev.newsmodel.parser.tokens.Tokenizer(
            dev.newsmodel.parser.lexicon.Language.english())
        .tokenize(text);
  }
}
