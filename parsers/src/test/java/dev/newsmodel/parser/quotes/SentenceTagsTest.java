package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

/** A sentence tells which sentence readers need to read it, by its words' tags. */
class SentenceTagsTest {
  private static SentenceTags tags(Language language, String text, Tokens[] out) {
    IndirectWords words = new IndirectWords(language);
    Tokens tokens = new Tokenizer(language).tokenize(text);
    Sentences sentences = new SentenceSplitter(language).split(text, tokens);
    out[0] = tokens;
    return new SentenceTags(new TextLayers(text, tokens, sentences), words);
  }

  @Test
  void aSentenceWithoutTheReadersWordsNeedsNoReading() {
    Tokens[] tokens = new Tokens[1];
    SentenceTags tags =
        tags(
            Language.english(),
            "The ferry left at noon. The tide seems to turn. They doubted her claim that it sank.",
            tokens);

    assertThat(tags.of(0) & (tags.evidential | tags.nouns)).isZero();
    assertThat(tags.of(1) & tags.evidential).isNotZero();
    assertThat(tags.of(1) & tags.nouns).isZero();
    assertThat(tags.of(2) & tags.nouns).isNotZero();
  }

  @Test
  void aWordTheTokenizerDidNotLookUpIsAskedOfTheLists() {
    Tokens[] tokens = new Tokens[1];
    // a curly apostrophe: the tokenizer looks up words of ASCII letters only
    SentenceTags tags = tags(Language.english(), "The pier’s owner reportedly left.", tokens);

    assertThat(tags.of(0) & tags.evidential).isNotZero();
  }
}
