package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static final Evidence EVIDENCE =
      new Evidence(
          TestSpans.WORDS, new NotPersons(TestSpans.WORDS), new PlaceContexts(TestSpans.WORDS));

  private static boolean isPerson(String text, String name) {
    Tokens tokens = new Tokenizer(Language.english()).tokenize(text);
    Sentences sentences = new SentenceSplitter(Language.english()).split(text, tokens);
    return EVIDENCE.isPerson(TestSpans.name(tokens, text, name), tokens, sentences);
  }

  @Test
  void aReportingVerbAnAppositiveOrARelationIsEvidence() {
    assertThat(isPerson("The port will open in May, Okonkwo said on Friday.", "Okonkwo")).isTrue();
    assertThat(
            isPerson("Zhanar Temirova, the chief executive of the firm, spoke.", "Zhanar Temirova"))
        .isTrue();
    assertThat(isPerson("He came with his wife Karen to the port.", "Karen")).isTrue();
    assertThat(
            isPerson("A drone killed Yerlan Ospanov, a 24-year-old from Varnoy.", "Yerlan Ospanov"))
        .isTrue();
  }

  @Test
  void aPlaceAfterAPrepositionOrALawWithANumberIsNone() {
    assertThat(isPerson("Crowds gathered in Varnoy on Sunday.", "Varnoy")).isFalse();
    assertThat(isPerson("The vote on Senate Bill 2071 passed.", "Bill")).isFalse();
  }
}
