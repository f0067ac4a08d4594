package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static boolean isPerson(String text, String name) {
    Tokens tokens = new Tokenizer().tokenize(text);
    Sentences sentences = new SentenceSplitter().split(text, tokens);
    int start = text.indexOf(name);
    Span span =
        new Span(
            Span.Kind.NAME,
            tokens.firstAtOrAfter(start),
            tokens.firstAtOrAfter(start + name.length()),
            0,
            start,
            start + name.length(),
            name);
    return Evidence.isPerson(span, tokens, sentences);
  }

  @Test
  void aReportingVerbAnAppositiveOrARelationIsEvidence() {
    assertThat(isPerson("The port will open in May, Okonkwo said on Friday.", "Okonkwo")).isTrue();
    assertThat(isPerson("Jo Bewkes, the chief executive of the firm, spoke.", "Jo Bewkes"))
        .isTrue();
    assertThat(isPerson("He came with his wife Karen to the port.", "Karen")).isTrue();
    assertThat(isPerson("A drone killed Reyaad Khan, a 21-year-old from Cardiff.", "Reyaad Khan"))
        .isTrue();
  }

  @Test
  void aPlaceAfterAPrepositionOrALawWithANumberIsNone() {
    assertThat(isPerson("Crowds gathered in Ferguson on Sunday.", "Ferguson")).isFalse();
    assertThat(isPerson("The vote on House Bill 1523 passed.", "Bill")).isFalse();
  }
}
