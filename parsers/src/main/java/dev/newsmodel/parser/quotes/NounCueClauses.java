package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * A statement or a stance named by a noun with its holder: "the mayor's claim that the pier was
 * safe", "her decision to close the pier", "his warning that …", "the union's criticism of the
 * toll". The holder is the possessive before the noun ("her", "the mayor's"), the content the
 * noun's complement: a clause after "that", an infinitive, or for the nouns of a stance toward
 * something, the phrase after "of", "on", "for" or "against". Without a possessive ("the claim that
 * …") nobody is named; a complement of another kind ("his claim to the throne", "her plans for the
 * weekend" for a noun of speech) reports nothing.
 */
final class NounCueClauses {
  /** Most adjectives between the possessive and the noun ("his repeated public claim"). */
  private static final int MAX_ADJECTIVES = 2;

  private final Tokens tokens;
  private final Sentences sentences;
  private final SpeakerPhrases phrases;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;
  private final IndirectWords words;
  private final CueClauses clauses;

  NounCueClauses(ClauseReading reading, CueClauses clauses) {
    this.tokens = reading.layers().tokens();
    this.sentences = reading.layers().sentences();
    this.phrases = reading.phrases();
    this.nounPhrases = reading.nounPhrases();
    this.quoteWords = reading.quoteWords();
    this.words = reading.words();
    this.clauses = clauses;
  }

  /** The first statement named by a noun with its holder in sentence {@code s}, or null. */
  QuoteDraft find(int s) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    for (int i = first + 1; i + 2 < end; i++) {
      boolean clauseNoun = WordList.has(words.clauseNouns, tokens, i);
      boolean topicNoun = WordList.has(words.topicNouns, tokens, i);
      if (!(clauseNoun || topicNoun) || !Character.isLowerCase(tokens.firstChar(i))) {
        continue;
      }
      int owner = possessive(first, i);
      TokenRange holder = owner < 0 ? null : holder(first, owner);
      int cueFirst = i;
      if (holder == null && clauseNoun) {
        // "she made the case that …": the subject of a light verb holds the statement
        int verb = lightVerb(first, i);
        holder = verb < 0 ? null : subject(first, verb);
        cueFirst = verb;
      } else if (holder == null || holder.first() == first || tokens.is(holder.first() - 1, ",")) {
        continue; // "Her claim that … was …": as a subject, where its complement ends is unclear
      }
      if (holder == null) {
        continue;
      }
      int from = complement(i + 1, end, clauseNoun);
      boolean topic = from < 0 && topicNoun;
      if (topic) {
        from = topic(i + 1, end);
      }
      if (from < 0) {
        continue;
      }
      QuoteDraft draft =
          new QuoteDraft(tokens.start(from), contentEnd(from, end, topic), QuoteKind.INDIRECT);
      draft.cue = new TokenRange(cueFirst, i + 1).chars(tokens);
      draft.speaker = phrases.resolveOwner(holder);
      draft.nounObject = true; // a noun's complement: no statement a next quote goes on from
      if (draft.end > draft.start && draft.speaker != null) {
        return draft;
      }
    }
    return null;
  }

  /**
   * The token of the possessive before noun {@code noun}, a few adjectives apart ("her", "the
   * mayor's", "his repeated"), or -1.
   */
  private int possessive(int first, int noun) {
    for (int k = noun - 1; k >= first && k >= noun - 1 - MAX_ADJECTIVES; k--) {
      if (tokens.kind(k) != Tokens.WORD) {
        return -1;
      }
      if (WordList.has(quoteWords.possessivePronouns, tokens, k)) {
        return k;
      }
      if (quoteWords.endsPossessive(tokens.lower(k))) {
        // "the mayor's", not "it's", "that's"
        boolean contraction =
            WordList.has(quoteWords.contractions, tokens, k)
                || k > first && WordList.has(quoteWords.contracted, tokens, k - 1);
        return contraction ? -1 : k;
      }
      if (!Character.isLowerCase(tokens.firstChar(k)) || nounPhrases.isStop(tokens.lower(k))) {
        return -1; // adjectives before the noun are lower-case words of a phrase
      }
    }
    return -1;
  }

  /**
   * The light verb before the determiner of noun {@code noun}, a few adjectives apart ("made the
   * case", "made a firm commitment"), or -1.
   */
  private int lightVerb(int first, int noun) {
    for (int k = noun - 1; k > first && k >= noun - 1 - MAX_ADJECTIVES; k--) {
      if (tokens.kind(k) != Tokens.WORD || !Character.isLowerCase(tokens.firstChar(k))) {
        return -1;
      }
      if (nounPhrases.isDeterminer(tokens.lower(k))) {
        return WordList.has(words.lightVerbs, tokens, k - 1) ? k - 1 : -1;
      }
    }
    return -1;
  }

  /** The subject right before light verb {@code verb}, adverbs apart, or null. */
  private TokenRange subject(int first, int verb) {
    int end = nounPhrases.skipAdverbs(tokens, first, verb);
    if (end <= first || tokens.kind(end - 1) != Tokens.WORD) {
      return null;
    }
    TokenRange phrase = nounPhrases.plainBefore(tokens, first, end);
    boolean relative =
        phrase != null
            && phrase.first() > first
            && WordList.has(words.extractionWords, tokens, phrase.first() - 1);
    return relative ? null : phrase;
  }

  /** The holder's tokens: a possessive pronoun, or the phrase that ends in the possessive. */
  private TokenRange holder(int first, int owner) {
    if (WordList.has(quoteWords.possessivePronouns, tokens, owner)) {
      return new TokenRange(owner, owner + 1);
    }
    TokenRange phrase = nounPhrases.plainBefore(tokens, first, owner + 1);
    return phrase == null ? new TokenRange(owner, owner + 1) : phrase;
  }

  /**
   * Where the complement of a noun of a statement ({@code clauseNoun}) starts at token {@code
   * next}: after "that", at "to" before a verb; -1 when none.
   */
  private int complement(int next, int end, boolean clauseNoun) {
    if (!clauseNoun || next + 2 >= end) {
      return -1;
    }
    if (tokens.is(next, quoteWords.thatClause)) {
      return next + 1; // "her claim that the pier was safe"
    }
    if (tokens.is(next, quoteWords.infinitiveMarker)) {
      // "her decision to close …", not "his claim to the throne"
      int verb = next + 1;
      boolean infinitive =
          tokens.kind(verb) == Tokens.WORD
              && Character.isLowerCase(tokens.firstChar(verb))
              && !nounPhrases.isDeterminer(tokens.lower(verb))
              && !WordList.has(quoteWords.pronouns, tokens, verb);
      return infinitive ? next : -1;
    }
    return -1;
  }

  /** Where the phrase a noun of stance is toward starts, after its preposition at {@code next}. */
  private int topic(int next, int end) {
    boolean topic = next + 2 < end && WordList.has(words.topicPrepositions, tokens, next);
    return topic && clauses.opensContent(next + 1) ? next + 1 : -1;
  }

  /**
   * Where the complement that opens at token {@code from} ends: before a clause mark; a {@code
   * topic} phrase also before a time or a clause of its own ("at", "because").
   */
  private int contentEnd(int from, int end, boolean topic) {
    for (int k = from + 1; k < end; k++) {
      boolean stop =
          clauses.isClauseMark(k)
              || topic
                  && tokens.kind(k) == Tokens.WORD
                  && Character.isLowerCase(tokens.firstChar(k))
                  && WordList.has(words.objectEnds, tokens, k);
      if (stop) {
        return clauses.contentEnd(k);
      }
    }
    return clauses.contentEnd(end);
  }
}
