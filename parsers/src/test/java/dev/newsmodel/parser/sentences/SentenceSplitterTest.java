package dev.newsmodel.parser.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    Sentences sentences =
        new SentenceSplitter(Language.english())
            .split(text, new Tokenizer(Language.english()).tokenize(text));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      out.add(text.substring(sentences.start(i), sentences.end(i)));
    }
    return out;
  }

  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertThat(split("He left. Did she stay? Yes! She did."))
        .containsExactly("He left.", "Did she stay?", "Yes!", "She did.");
  }

  @Test
  void titlesInitialsAndMonthsDoNotEndSentences() {
    assertThat(split("Mr. Wang met Gen. Mark A. Milley on Jan. 6 in Washington. They talked."))
        .containsExactly(
            "Mr. Wang met Gen. Mark A. Milley on Jan. 6 in Washington.", "They talked.");
  }

  @Test
  void anAbbreviationEndsASentenceOnlyBeforeATypicalOpener() {
    assertThat(split("He moved to the U.S. He likes it. U.S. officials met U.S. Senator Lee."))
        .containsExactly(
            "He moved to the U.S.", "He likes it.", "U.S. officials met U.S. Senator Lee.");
    assertThat(split("Acme Inc. The firm grew. Acme Inc. Chief Jo Bell spoke."))
        .containsExactly("Acme Inc.", "The firm grew.", "Acme Inc. Chief Jo Bell spoke.");
  }

  @Test
  void aStateAfterAPartyLetterIsOneAbbreviation() {
    // "(R-S.C.)": the full stop is glued to the next initial, so no sentence ends there
    assertThat(split("Sen. Ann Roe (R-S.C.) said the plan failed. Rep. Al Fox (D-N.M.) agreed."))
        .containsExactly(
            "Sen. Ann Roe (R-S.C.) said the plan failed.", "Rep. Al Fox (D-N.M.) agreed.");
    // a full stop glued to a whole word still ends a sentence, as in careless copy
    assertThat(split("It was late.The bus left.")).hasSize(2);
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(split("\u201cWe will win.\u201d The crowd cheered. \u201cWhen?\u201d she asked."))
        .containsExactly(
            "\u201cWe will win.\u201d", "The crowd cheered.", "\u201cWhen?\u201d she asked.");
  }

  @Test
  void aNewOpeningQuoteStartsASentence() {
    assertThat(split("He paused. \u201cNo,\u201d he said."))
        .containsExactly("He paused.", "\u201cNo,\u201d he said.");
  }

  @Test
  void blocksAlwaysEndSentences() {
    assertThat(split("A heading\n\nThe first paragraph ends without a stop\n\nNext one."))
        .containsExactly("A heading", "The first paragraph ends without a stop", "Next one.");
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(split("")).isEmpty();
  }
}
