package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Quote;
import dev.newsmodel.parser.NewsParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A capitalised word opening a sentence is no speaker of the quoted words in it when the text
 * writes it in lower case elsewhere; a name opening a sentence still is.
 */
class LowerCaseWordsTest {
  private static final NewsParser PARSER = NewsParser.create();

  private static Optional<String> speaker(String text) {
    Quote quote = PARSER.parseText(text).quotes().get(0);
    return quote.speaker().map(EntityRef::text);
  }

  @Test
  void aSentenceOpeningAdverbIsNoSpeaker() {
    assertThat(
            speaker(
                "The strike went on. Meanwhile the union branded the offer an \u201cinsult to every"
                    + " driver\u201d and went home. Talks went on meanwhile."))
        .isEmpty();
  }

  @Test
  void aSentenceOpeningPrepositionIsNoSpeaker() {
    assertThat(
            speaker(
                "The vote came late. Following the vote the union branded the plan a \u201ccostly"
                    + " mistake\u201d for riders. The strike came following the vote."))
        .isEmpty();
  }

  @Test
  void aNameOpeningTheSentenceStillSpeaks() {
    assertThat(
            speaker(
                "Brightwater dismissed the report as \u201ca work of fiction\u201d on Tuesday. The"
                    + " report came out in May."))
        .contains("Brightwater");
  }

  @Test
  void aWordTheTextNeverWritesInLowerCaseStillSpeaks() {
    Article article =
        PARSER.parseText(
            "Greenway branded the offer an \u201cinsult to every driver\u201d and went home.");
    assertThat(article.quotes().get(0).speaker().map(EntityRef::text)).contains("Greenway");
  }

  @Test
  void aPluralGroupOpeningTheSentenceStillSpeaks() {
    assertThat(
            speaker(
                "The march reached the square at noon. Marchers branded the curfew a \u201cgift to"
                    + " the police\u201d and stayed. Police watched the marchers."))
        .contains("Marchers");
  }

  @Test
  void aPronounOpeningTheSentenceStillSpeaks() {
    assertThat(
            speaker(
                "Ana Ruiz runs the depot. She branded the cuts a \u201cslow death\u201d for the"
                    + " line. The buses were late and she knew it."))
        .contains("She");
  }

  @Test
  void aPronounAfterAnOpeningAdverbIsTheSubject() {
    assertThat(
            speaker(
                "The union met in May. Meanwhile, it attacked the plan as a \u201ccostly"
                    + " detour\u201d for riders."))
        .contains("it");
  }

  @Test
  void aLowerCaseWordFarIntoALongTextStillCounts() {
    // hundreds of other lower-case words before it, in a long text
    StringBuilder filler = new StringBuilder();
    for (int n = 0; n < 600; n++) {
      filler.append(" the ").append(word(n)).append(" went by.");
    }
    String text =
        "The strike went on. Meanwhile the union branded the offer an \u201cinsult to every"
            + " driver\u201d and went home."
            + filler
            + " Talks went on meanwhile.";
    assertThat(speaker(text)).isEmpty();
  }

  /** A made-up lower-case word for {@code n}: "ba", "bb", … "baa", …. */
  private static String word(int n) {
    StringBuilder word = new StringBuilder("b");
    for (int k = n; k > 0; k /= 26) {
      word.append((char) ('a' + k % 26));
    }
    return word.append('a').toString();
  }
}
