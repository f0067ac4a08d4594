package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/**
 * Which words of the readers that scan whole sentences ({@link EvidentialClauses}, {@link
 * NounCueClauses}) a sentence may hold: the tokenizer tagged every word with the tagged lists it is
 * in, so one pass over a sentence's tags tells which readers need to read it at all. Most sentences
 * hold none of their words; a list the tokens do not carry counts as always held.
 */
final class SentenceTags {
  private final Tokens tokens;
  private final Sentences sentences;
  private final Set<String>[] evidentialLists;
  private final Set<String>[] nounLists;

  /** The bits of the words of appearance, report passives, regard and hearsay. */
  final int evidential;

  /** The bits of the nouns of a statement or a stance. */
  final int nouns;

  @SuppressWarnings("unchecked")
  SentenceTags(TextLayers layers, IndirectWords words) {
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.evidentialLists =
        new Set[] {
          words.evidentialVerbs, words.reportedPassives, words.regardVerbs, words.hearsayAdverbs
        };
    this.nounLists = new Set[] {words.clauseNouns, words.topicNouns};
    this.evidential = bits(evidentialLists);
    this.nouns = bits(nounLists);
  }

  /** The bits of {@code lists} in the tokens' tags, or -1 (all) when one is not carried. */
  private int bits(Set<String>[] lists) {
    int mask = 0;
    for (Set<String> list : lists) {
      int bit = WordList.tagBit(list, tokens);
      if (bit == 0) {
        return -1;
      }
      mask |= bit;
    }
    return mask;
  }

  /** The tags of the words of sentence {@code s} together. */
  int of(int s) {
    int tags = 0;
    for (int i = sentences.firstToken(s); i < sentences.endToken(s); i++) {
      if (tokens.kind(i) == Tokens.WORD) {
        int word = tokens.tags(i);
        // a word not looked up as the text was cut ("Trump’s", "Ørsted") is asked of the lists
        tags |=
            word < 0 ? word : asked(i, evidentialLists, evidential) | asked(i, nounLists, nouns);
      }
    }
    return tags;
  }

  /** {@code bits} when token {@code i} is in one of {@code lists}, else 0. */
  private int asked(int i, Set<String>[] lists, int bits) {
    for (Set<String> list : lists) {
      if (WordList.has(list, tokens, i)) {
        return bits;
      }
    }
    return 0;
  }
}
