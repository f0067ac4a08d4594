package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Speakers that a relative pronoun stands for: "the mayor, who in 2019 said …", "said Lee, who
 * added that …", "Roe, who has styled herself the “…”". The pronoun is resolved by {@link Speakers}
 * to the person named before it; a pronoun with a subject of its own after it ("which he called")
 * is an object and speaks for nobody.
 */
final class RelativeSpeakers {
  private final TextLayers layers;
  private final Tokens tokens;
  private final Sentences sentences;
  private final Speakers speakers;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;

  RelativeSpeakers(TextLayers layers, Speakers speakers, Phrases nounPhrases, QuoteWords words) {
    this.layers = layers;
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.speakers = speakers;
    this.nounPhrases = nounPhrases;
    this.quoteWords = words;
  }

  /**
   * Sets cue and speaker from a cue whose subject is a relative pronoun ("the mayor, who in 2019
   * said …"): the pronoun, standing for the person named before it. {@code bound} is where the
   * cue's sentence starts.
   */
  boolean fill(QuoteDraft draft, TokenRange cue, int bound) {
    int verb = nounPhrases.skipAdverbs(tokens, bound, cue.first());
    int relative = before(bound, verb);
    if (relative < 0) {
      return false;
    }
    draft.cue = cue.chars(tokens);
    draft.speaker = speakers.relative(tokens.start(relative), tokens.end(relative));
    return true;
  }

  /**
   * Whether the cue at tokens {@code cue} follows a relative pronoun after a comma ("Roe, who has
   * long said …", "said Lee, who added that …"): a clause of its own about the person named before
   * it, whose cue outweighs an earlier one of the sentence. {@code bound} is where the sentence
   * starts.
   */
  boolean afterComma(TokenRange cue, int bound) {
    int relative = before(bound, nounPhrases.skipAdverbs(tokens, bound, cue.first()));
    return relative > bound && tokens.is(relative - 1, ",") && !objectRelative(relative);
  }

  /**
   * Whether a subject of its own follows the relative pronoun at token {@code relative} ("which he
   * called …", "who the police say …"): the pronoun is then the object, not the speaker.
   */
  private boolean objectRelative(int relative) {
    int next = relative + 1;
    if (next >= tokens.size() || tokens.kind(next) != Tokens.WORD) {
      return false;
    }
    String word = tokens.lower(next);
    return quoteWords.pronouns.contains(word)
        || nounPhrases.isDeterminer(word)
        || Character.isUpperCase(tokens.firstChar(next));
  }

  /**
   * The relative pronoun after a comma whose clause holds the quote that starts at token {@code
   * limit} of sentence {@code sentence} ("Roe, who has styled herself the “…”"), as a speaker
   * standing for the person before it; null when the quote stands in no such clause or its verb
   * only links ("who is “…”").
   */
  EntityRef ofClause(int sentence, int limit) {
    int first = sentences.firstToken(sentence);
    for (int k = limit - 1; k > first; k--) {
      if (tokens.kind(k) == Tokens.QUOTE || tokens.kind(k) == Tokens.TERMINAL) {
        return null; // another quote, or a clause closed, between
      }
      if (WordList.has(quoteWords.relativePronouns, tokens, k) && tokens.is(k - 1, ",")) {
        boolean verb =
            k + 1 < limit
                && tokens.kind(k + 1) == Tokens.WORD
                && Character.isLowerCase(tokens.firstChar(k + 1))
                && !quoteWords.beForms.contains(tokens.lower(k + 1));
        return verb && !objectRelative(k)
            ? speakers.relative(tokens.start(k), tokens.end(k))
            : null;
      }
    }
    return null;
  }

  /** Most words between a relative pronoun and its verb ("who has in the past said"). */
  private static final int RELATIVE_REACH = 6;

  /** Most tokens of an insertion in commas after a relative pronoun ("who, on Friday, said"). */
  private static final int INSERTION_REACH = 12;

  /**
   * The relative pronoun ("who", "which") before token {@code verb} with only words, or an
   * insertion in commas right after the pronoun, between; or -1.
   */
  int before(int bound, int verb) {
    for (int k = verb - 1; k >= Math.max(bound, verb - RELATIVE_REACH); k--) {
      if (tokens.is(k, ",") && k == verb - 1) {
        // "who, on a call Friday, criticized": the pronoun stands before the insertion
        int open = layers.previous(",", Math.max(bound, k - INSERTION_REACH), k);
        return open > bound && WordList.has(quoteWords.relativePronouns, tokens, open - 1)
            ? open - 1
            : -1;
      }
      if (tokens.kind(k) != Tokens.WORD && tokens.kind(k) != Tokens.NUMBER) {
        return -1;
      }
      if (WordList.has(quoteWords.relativePronouns, tokens, k)) {
        return k;
      }
    }
    return -1;
  }
}
