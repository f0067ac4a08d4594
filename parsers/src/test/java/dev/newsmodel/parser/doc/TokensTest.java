package dev.newsmodel.parser.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class TokensTest {
  private final Tokens tokens =
      new Tokenizer(Language.english()).tokenize("Ann LEE met Ørsted’s İzmir chief, “said” 42 x.");

  @Test
  void textAndLowerCaseAreMadeOnceAndAgree() {
    for (int i = 0; i < tokens.size(); i++) {
      String written = tokens.text(i);
      assertThat(tokens.text(i)).isSameAs(written);
      assertThat(tokens.lower(i)).isEqualTo(written.toLowerCase(java.util.Locale.ROOT));
      assertThat(tokens.lower(i)).isSameAs(tokens.lower(i));
    }
  }

  @Test
  void lowerHashIsTheHashOfTheLowerCaseWithOrWithoutTheString() {
    for (int i = 0; i < tokens.size(); i++) {
      String lower = tokens.text(i).toLowerCase(java.util.Locale.ROOT);
      assertThat(tokens.lowerHash(i)).as(lower).isEqualTo(lower.hashCode());
    }
  }

  @Test
  void isComparesWithoutAllocating() {
    assertThat(tokens.is(0, "Ann")).isTrue();
    assertThat(tokens.is(0, "ann")).isFalse();
    assertThat(tokens.firstAtOrAfter(4)).isEqualTo(1);
  }

  @Test
  void isComparesWithCharactersInAnArray() {
    char[] chars = "xAnnLEE".toCharArray();
    assertThat(tokens.is(0, chars, 1)).isTrue();
    assertThat(tokens.is(0, chars, 0)).isFalse();
    assertThat(tokens.is(1, chars, 4)).isTrue();
    assertThat(tokens.is(1, "xLee".toCharArray(), 1)).isFalse();
  }

  @Test
  void lowerEqualsAndTextHashAgreeWithTheStrings() {
    for (int i = 0; i < tokens.size(); i++) {
      Tokens fresh =
          new Tokenizer(Language.english())
              .tokenize("Ann LEE met Ørsted’s İzmir chief, “said” 42 x.");
      String lower = fresh.text(i).toLowerCase(java.util.Locale.ROOT);
      assertThat(fresh.lowerEquals(i, lower)).as(lower).isTrue();
      assertThat(fresh.lowerEquals(i, lower + "x")).isFalse();
      assertThat(fresh.textHash(i)).isEqualTo(fresh.text(i).hashCode());
    }
    assertThat(tokens.lowerEquals(1, "lee")).isTrue();
    assertThat(tokens.lowerEquals(1, "LEE")).isFalse();
  }

  /** Words of letters that lower case maps one to one, in context ("Σ"), or into two ("İ"). */
  @Test
  void lowerCaseInPlaceAgreesWithTheStringsOnGeneratedWords() {
    String[] letters = {
      "a", "Z", "É", "ö", "Ø", "Σ", "σ", "İ", "ß", "Ǆ", "Ж", "ǅ", "\uD801\uDC00", "K", "-", "’"
    };
    java.util.Random random = new java.util.Random(7);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 2_000; w++) {
      text.append('x');
      for (int k = random.nextInt(6); k >= 0; k--) {
        text.append(letters[random.nextInt(letters.length)]);
      }
      text.append(' ');
    }
    Tokens fresh = new Tokenizer(Language.english()).tokenize(text.toString());
    Tokens strings = new Tokenizer(Language.english()).tokenize(text.toString());
    for (int i = 0; i < fresh.size(); i++) {
      String lower = strings.text(i).toLowerCase(java.util.Locale.ROOT);
      assertThat(fresh.lowerHash(i)).as(lower).isEqualTo(lower.hashCode());
      assertThat(fresh.lowerEquals(i, lower)).as(lower).isTrue();
      assertThat(fresh.lowerEquals(i, lower.substring(1))).isFalse();
    }
  }
}
