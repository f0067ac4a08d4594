package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * A cue that reports a stance rather than words ("X called for …", "X urged …", "X wants to …", "X
 * fears that …"): the content is the rest of the sentence, the speaker the subject right before the
 * cue. A stance after a form of "be" is others' ("he is expected to …"), unless it is the subject's
 * own in progress ("the union is demanding that …"); a participle before "of" qualifies its noun
 * ("people accused of …"): neither is the subject's stance.
 */
final class StanceClauses {
  private final Tokens tokens;
  private final Sentences sentences;
  private final SpeakerPhrases phrases;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;
  private final IndirectWords words;
  private final CueClauses clauses;

  StanceClauses(ClauseReading reading, CueClauses clauses) {
    this.tokens = reading.layers().tokens();
    this.sentences = reading.layers().sentences();
    this.phrases = reading.phrases();
    this.nounPhrases = reading.nounPhrases();
    this.quoteWords = reading.quoteWords();
    this.words = reading.words();
    this.clauses = clauses;
  }

  /**
   * The stance that cue {@code cue} of sentence {@code s} reports, or null when the sentence is not
   * so built; with {@code speaker} given, the cue continues that speaker's earlier clause ("X said
   * A and urged B") and needs no subject of its own.
   */
  QuoteDraft stance(int s, TokenRange cue, EntityRef speaker) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    // "spoke about", "referring to": a verb of speech with the topic it takes, a noun phrase
    boolean stanceVerb =
        WordList.has(words.stanceVerbs, tokens, cue.first()) || topicPreposition(cue);
    if (end - cue.end() < (stanceVerb ? 2 : 3)
        || WordList.has(words.objectPrepositions, tokens, cue.end())
        || !clauses.opensContent(cue.end())) {
      return null; // "accused of …"; "…,” he recalls, adding …"
    }
    EntityRef subject = speaker;
    if (subject == null) {
      int verb = nounPhrases.skipAdverbs(tokens, first, cue.first());
      if (verb <= first) {
        return null;
      }
      boolean progressive = tokens.lower(cue.first()).endsWith(quoteWords.participleEnding);
      for (int k = verb; k < cue.first() && !progressive; k++) {
        if (WordList.has(quoteWords.beForms, tokens, k)) {
          return null; // "he is expected to meet …": others' expectation, not his stance
        }
      }
      // "Ann Lee, a former minister, suggests …": the name before the insertion
      TokenRange phrase =
          tokens.kind(verb - 1) == Tokens.WORD
              ? nounPhrases.plainBefore(tokens, first, verb)
              : nounPhrases.beforeInsertion(tokens, first, verb);
      if (phrase == null
          || (phrase.first() > first
              && WordList.has(words.extractionWords, tokens, phrase.first() - 1))) {
        return null;
      }
      int phraseEnd = words.withoutNegation(tokens, phrase.first(), phrase.end());
      int start = words.subjectStart(tokens, phrase.first(), phraseEnd);
      if (start < 0) {
        return null; // "the sum he plans to spend": a relative clause
      }
      phrase = new TokenRange(start, phraseEnd); // "Though she called for …"
      if (!holder(phrase)) {
        return null;
      }
      subject = phrases.resolve(phrase);
    }
    int to = stanceVerb ? contentEnd(cue.end(), end) : clauses.contentEnd(cue.end(), end);
    QuoteDraft draft = new QuoteDraft(tokens.start(cue.end()), to, QuoteKind.INDIRECT);
    draft.nounObject = stanceVerb && !clauseOpener(cue.end());
    draft.cue = cue.chars(tokens);
    draft.speaker = subject;
    return draft.end > draft.start ? draft : null;
  }

  /**
   * Where the content that a verb of stance opens at token {@code from} ends: a clause or an
   * infinitive ("wants to …", "fears that …") runs to the sentence end; a noun phrase ("endorsed
   * the mayor on Friday, …") ends before a comma, a dash, a time or a clause of its own ("on",
   * "because"), or a second verb of the subject ("declined the offer and has left").
   */
  private int contentEnd(int from, int end) {
    if (clauseOpener(from)) {
      return clauses.contentEnd(from, end);
    }
    for (int k = from + 1; k < end; k++) {
      byte kind = tokens.kind(k);
      boolean stop =
          clauses.isClauseMark(k)
              || kind == Tokens.WORD
                  && Character.isLowerCase(tokens.firstChar(k))
                  && (WordList.has(words.objectEnds, tokens, k)
                      || WordList.has(words.coordinators, tokens, k)
                          && k + 1 < end
                          && WordList.has(words.auxiliaries, tokens, k + 1));
      if (stop) {
        return clauses.contentEnd(k);
      }
    }
    return clauses.contentEnd(end);
  }

  /**
   * Whether cue {@code cue} is a verb and the preposition of the topic it takes ("spoke about",
   * "talked of", "referring to").
   */
  private boolean topicPreposition(TokenRange cue) {
    int last = cue.end() - 1;
    return cue.end() - cue.first() == 2
        && (WordList.has(words.objectOpeners, tokens, last)
            || tokens.is(last, quoteWords.infinitiveMarker));
  }

  /** Whether token {@code i} opens an infinitive or a clause ("to", "that", "whether"). */
  private boolean clauseOpener(int i) {
    return tokens.is(i, quoteWords.infinitiveMarker)
        || tokens.is(i, quoteWords.thatClause)
        || WordList.hasText(quoteWords.clauseWords, tokens, i);
  }

  /**
   * Whether a phrase may hold a stance: one word ("voters", "she"), or a phrase that opens with a
   * determiner or holds a capitalised word ("the farmers", "Senator Diaz"). Bare nouns ("college
   * savings plans") make a compound with the verb, a noun then.
   */
  private boolean holder(TokenRange phrase) {
    int last = phrase.end() - 1;
    if (last == phrase.first() || nounPhrases.isDeterminer(tokens.lower(phrase.first()))) {
      return true; // "voters", "police", "she", "the farmers"
    }
    for (int k = phrase.first(); k < phrase.end(); k++) {
      if (Character.isUpperCase(tokens.firstChar(k))) {
        return true;
      }
    }
    return false;
  }
}
