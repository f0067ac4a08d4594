package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassWordsTest {

  @Test
  void findsTheWordsInAnyCase() {
    assertThat(ClassWords.of("article__Headline main-TITLE"))
        .isEqualTo(ClassWords.HEADLINE | ClassWords.TITLE);
    assertThat(ClassWords.of("byline co-Author"))
        .isEqualTo(ClassWords.BYLINE | ClassWords.AUTHOR | ClassWords.UTHOR);
    assertThat(ClassWords.of("data-Uthor")).isEqualTo(ClassWords.UTHOR);
    assertThat(ClassWords.of("update-time")).isEqualTo(ClassWords.DATE);
    assertThat(ClassWords.of("post-meta")).isEqualTo(ClassWords.DATE_HOLDER);
    assertThat(ClassWords.of("")).isZero();
  }

  /** Each bit against what lower-casing the value and looking for the word says. */
  @Test
  void agreesWithLowerCaseContainsOnGeneratedValues() {
    String[] pieces = {
      "title",
      "Headline",
      "BYLINE",
      "author",
      "uthor",
      "date",
      "Publish",
      "timestamp",
      "posted",
      "article-general-info",
      "meta",
      "tit",
      "dat",
      "a",
      "-",
      " ",
      "x",
      "\u212A",
      "\u0130",
      "\u00E9",
      "T\u0130TLE",
      "meTA"
    };
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder value = new StringBuilder();
      for (int i = random.nextInt(5); i > 0; i--) {
        String piece = pieces[random.nextInt(pieces.length)];
        value.append(piece, 0, 1 + random.nextInt(piece.length()));
      }
      String raw = value.toString();
      String lower = raw.toLowerCase(Locale.ROOT);
      int expected =
          (lower.contains("title") ? ClassWords.TITLE : 0)
              | (lower.contains("headline") ? ClassWords.HEADLINE : 0)
              | (lower.contains("byline") ? ClassWords.BYLINE : 0)
              | (lower.contains("uthor") ? ClassWords.UTHOR : 0)
              | (lower.contains("author") ? ClassWords.AUTHOR : 0)
              | (lower.contains("date") ? ClassWords.DATE : 0)
              | (lower.contains("publish")
                      || lower.contains("timestamp")
                      || lower.contains("posted")
                      || lower.contains("article-general-info")
                      || lower.contains("meta")
                  ? ClassWords.DATE_HOLDER
                  : 0);
      assertThat(ClassWords.of(raw)).as("%s", raw).isEqualTo(expected);
    }
  }
}
