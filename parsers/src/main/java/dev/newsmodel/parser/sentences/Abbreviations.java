package dev.newsmodel.parser.sentences;

import dev.newsmodel.parser.lexicon.Language;
import java.util.Set;

/**
 * Words that a full stop follows without ending the sentence, by how they behave, as written: the
 * lists under {@code sentences/} of a language bundle.
 */
final class Abbreviations {
  /** Titles before a name: never end a sentence ("Gen. Milley", "Mr. Wang"). */
  final Set<String> titles;

  /** Month abbreviations: not an end before a day or year number ("Jan. 6"). */
  final Set<String> months;

  /** Abbreviations before a number ("No. 10", "Art. 5"). */
  final Set<String> beforeNumber;

  /**
   * Abbreviations that often end a sentence too ("Acme Inc.", "in the U.S."): a sentence ends after
   * them only when the next word usually starts one.
   */
  final Set<String> ambiguous;

  /** Words that usually begin a sentence, used after an ambiguous abbreviation. */
  final Set<String> sentenceStarters;

  Abbreviations(Language language) {
    titles = language.words("sentences/titles");
    months = language.words("sentences/months");
    beforeNumber = language.words("sentences/before-number");
    ambiguous = language.words("sentences/ambiguous");
    sentenceStarters = language.words("sentences/sentence-starters");
  }
}
