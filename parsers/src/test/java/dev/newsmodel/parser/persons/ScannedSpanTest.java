package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScannedSpanTest {

  @Test
  void wordsAreTheNameSplitAtSpaces() {
    ScannedSpan span = new ScannedSpan(ScannedSpan.Kind.NAME, 0, 4, 0, 0, 14, "Ana de la Cruz");
    assertThat(span.words()).containsExactly("Ana", "de", "la", "Cruz");
    assertThat(span.words()).isSameAs(span.words());
  }

  @Test
  void splitAgreesWithStringSplitOnGeneratedText() {
    String[] pieces = {"a", "Bo", " ", "  ", "", "x-y", "\u00E9"};
    Random random = new Random(11);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String value = text.toString();
      assertThat(ScannedSpan.split(value)).as("'%s'", value).containsExactly(value.split(" "));
    }
  }
}
