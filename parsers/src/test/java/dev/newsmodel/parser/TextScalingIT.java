package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Guards against work that grows faster than the text: a news text ten times longer (the seed
 * article repeated, with its persons, quotes, headings and contents list) must cost about ten times
 * as much. The bound is generous (three times the per-character cost) because the check compares
 * two timings on a shared machine; a quadratic step fails it by far.
 */
class TextScalingIT {
  private static final NewsParser PARSER =
      NewsParser.create(ParserOptions.builder().maxPersons(1_000_000).maxQuotes(1_000_000).build());

  private static String repeated(String article, int chars) {
    String body = article.substring(article.indexOf('\n') + 1);
    StringBuilder text = new StringBuilder("A long report from the talks\n\n");
    while (text.length() < chars) {
      text.append(body).append("\n\n");
    }
    return text.toString();
  }

  private static double nanosPerChar(String text) {
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      PARSER.parseText(text);
      best = Math.min(best, System.nanoTime() - start);
    }
    return (double) best / text.length();
  }

  @Test
  void tenTimesTheTextCostsAboutTenTimesTheTime() throws IOException {
    String seed;
    try (InputStream in = getClass().getResourceAsStream("blinken-beijing.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String small = repeated(seed, 100_000);
    String large = repeated(seed, 1_000_000);
    for (int warm = 0; warm < 3; warm++) {
      PARSER.parseText(small);
    }

    double smallCost = nanosPerChar(small);
    double largeCost = nanosPerChar(large);

    assertThat(largeCost / smallCost)
        .as("cost per character at 1 MB over that at 100 KB")
        .isLessThan(3.0);
  }
}
