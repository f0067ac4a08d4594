package dev.newsmodel.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordHashTest {
  @Test
  void aStoredHashIsNeverZeroAndItsSlotStaysInTheTable() {
    Random random = new Random(7);
    for (int n = 0; n < 100_000; n++) {
      int hash = n < 3 ? new int[] {0, 1, -1}[n] : random.nextInt();
      int spread = WordHash.spread(hash);

      assertThat(spread).isNotZero();
      assertThat(WordHash.slot(spread, 1023)).isBetween(0, 1023);
    }
  }

  @Test
  void lowerAsciiIsTheRootLocaleLowerCaseOfAsciiCharacters() {
    for (char c = 0; c < 0x80; c++) {
      assertThat(WordHash.lowerAscii(c))
          .isEqualTo(String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0));
    }
  }
}
