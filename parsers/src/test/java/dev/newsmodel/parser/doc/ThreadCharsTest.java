package dev.newsmodel.parser.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadCharsTest {
  private final ThreadChars chars = new ThreadChars();

  @Test
  void copiesTheTextToTheStartOfAReusedArray() {
    char[] first = chars.copyOf("a longer text");
    char[] second = chars.copyOf("short");

    assertThat(second).isSameAs(first);
    assertThat(new String(second, 0, 5)).isEqualTo("short");
  }

  @Test
  void growsForALongerTextAndKeepsNoneBeyondTheLimit() {
    String longer = "x".repeat(10_000);
    assertThat(new String(chars.copyOf(longer), 0, longer.length())).isEqualTo(longer);

    String huge = "y".repeat(ThreadChars.MAX_KEPT + 1);
    char[] own = chars.copyOf(huge);
    assertThat(own).hasSize(huge.length());
    assertThat(chars.copyOf("z")).isNotSameAs(own);
  }

  @Test
  void eachThreadHasItsOwnArray() throws Exception {
    char[] mine = chars.copyOf("mine");
    char[][] theirs = new char[1][];
    Thread thread = new Thread(() -> theirs[0] = chars.copyOf("theirs"));
    thread.start();
    thread.join();

    assertThat(theirs[0]).isNotSameAs(mine);
    assertThat(new String(mine, 0, 4)).isEqualTo("mine");
  }
}
