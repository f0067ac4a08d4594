package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Attributions to unnamed observers: a verb of appearance ("the plan seems to work", "it appears
 * that the vote failed") or a passive of expectation or report ("she is expected to win", "it was
 * reported that …"). The content is the matter reported, its subject and what follows, or the
 * clause after "that" when the subject is an empty "it"; the speaker is none, for nobody is named.
 * "Seem" takes an adjective or a noun phrase too ("the mayor seemed nervous"). An empty "it" with
 * an infinitive ("it seems to rain") reports nothing; "appear" without an infinitive or a clause
 * ("she appeared on television") is no cue.
 */
final class EvidentialClauses {
  private final Tokens tokens;
  private final Sentences sentences;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;
  private final IndirectWords words;
  private final CueClauses clauses;

  EvidentialClauses(ClauseReading reading, CueClauses clauses) {
    this.tokens = reading.layers().tokens();
    this.sentences = reading.layers().sentences();
    this.nounPhrases = reading.nounPhrases();
    this.quoteWords = reading.quoteWords();
    this.words = reading.words();
    this.clauses = clauses;
  }

  /** The first attribution to unnamed observers in sentence {@code s}, or null. */
  QuoteDraft find(int s) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    if (first + 1 < end
        && WordList.has(words.hearsayAdverbs, tokens, first)
        && tokens.is(first + 1, ",")) {
      return hearsay(first, end, first); // "Reportedly, the pier closed"
    }
    for (int i = first + 1; i + 2 < end; i++) {
      if (tokens.kind(i) != Tokens.WORD || !Character.isLowerCase(tokens.firstChar(i))) {
        continue;
      }
      int cueFirst = -1;
      if (WordList.has(words.evidentialVerbs, tokens, i)) {
        cueFirst = i;
      } else if (WordList.has(words.reportedPassives, tokens, i)
          || WordList.has(words.regardVerbs, tokens, i)) {
        cueFirst = beBefore(first, i);
      } else if (WordList.has(words.hearsayAdverbs, tokens, i)) {
        QuoteDraft heard = hearsay(first, end, i);
        if (heard != null) {
          return heard;
        }
      }
      QuoteDraft draft = cueFirst < 0 ? null : reported(first, end, cueFirst, i);
      if (draft != null) {
        return draft;
      }
    }
    return null;
  }

  /**
   * The clause that adverb of hearsay {@code adverb} attributes to unnamed reports ("the mayor
   * reportedly left", "Reportedly, the pier closed"): from the sentence's start, or after the comma
   * of a phrase before it, to its end; none inside a noun phrase ("the reportedly stolen car").
   */
  private QuoteDraft hearsay(int first, int end, int adverb) {
    if (adverb > first && WordList.has(quoteWords.nounMarkers, tokens, adverb - 1)) {
      return null;
    }
    int from = first;
    if (WordList.has(words.hearsayAdverbs, tokens, first) && tokens.is(first + 1, ",")) {
      from = first + 2; // "Reportedly, …"
    } else {
      for (int k = adverb - 1; k > first; k--) {
        if (tokens.is(k, ",")) {
          from = k + 1; // "In total, the hackers have reportedly …"
          break;
        }
      }
    }
    if (end - from < 4 || !clauses.opensContent(from)) {
      return null;
    }
    QuoteDraft draft =
        new QuoteDraft(tokens.start(from), clauses.contentEnd(from, end), QuoteKind.INDIRECT);
    draft.cue = new TokenRange(adverb, adverb + 1).chars(tokens);
    return draft.end > draft.start ? draft : null;
  }

  /**
   * Whether token {@code i} after "to" may be a verb: a word in lower case, no pronoun or
   * determiner ("two birds appear to you" is no infinitive).
   */
  private boolean infinitiveAfter(int i) {
    return tokens.kind(i) == Tokens.WORD
        && Character.isLowerCase(tokens.firstChar(i))
        && !WordList.has(quoteWords.pronouns, tokens, i)
        && !nounPhrases.isDeterminer(tokens.lower(i));
  }

  /**
   * Whether cue {@code cue} is a passive of report after a form of "be" ("is said", "was
   * reported"), which names no speaker of its own.
   */
  boolean isPassive(int first, TokenRange cue) {
    return cue.end() == cue.first() + 1
        && WordList.has(words.reportedPassives, tokens, cue.first())
        && beBefore(first, cue.first()) >= 0;
  }

  /**
   * The form of "be" before participle {@code i}, adverbs apart ("is expected", "was widely
   * reported"), or -1.
   */
  private int beBefore(int first, int i) {
    int be = i - 1;
    while (be > first
        && (WordList.has(quoteWords.adverbs, tokens, be)
            || tokens.lower(be).endsWith(quoteWords.adverbEnding))
        && !WordList.has(quoteWords.beForms, tokens, be)) {
      be--;
    }
    return be > first && WordList.has(quoteWords.beForms, tokens, be) ? be : -1;
  }

  /**
   * The matter that the cue on tokens {@code [cueFirst, verb]} reports: the subject and the rest of
   * the sentence before an infinitive, the clause after "that" after an empty "it"; or null.
   */
  private QuoteDraft reported(int first, int end, int cueFirst, int verb) {
    int next = verb + 1;
    while (next < end && WordList.has(quoteWords.adverbs, tokens, next)) {
      next++; // "seems not to", "is still expected to"
    }
    if (next + 1 >= end) {
      return null;
    }
    int subjectEnd = nounPhrases.skipAdverbs(tokens, first, cueFirst);
    boolean expletive =
        subjectEnd > first && WordList.has(words.expletiveSubjects, tokens, subjectEnd - 1);
    int from;
    if (expletive && tokens.is(next, quoteWords.thatClause)) {
      from = next + 1; // "it appears that the vote failed"
    } else if (!expletive
        && (tokens.is(next, quoteWords.infinitiveMarker)
                && infinitiveAfter(next + 1)
                && !WordList.has(words.regardVerbs, tokens, verb)
            || cueFirst == verb
                && WordList.has(words.linkingEvidentials, tokens, verb)
                && tokens.kind(next) == Tokens.WORD
            || cueFirst < verb
                && tokens.is(next, quoteWords.asClause)
                && WordList.has(words.regardVerbs, tokens, verb))) {
      // "the plan seems to work", "the mayor seemed nervous", "the toll is seen as a tax"
      TokenRange subject = nounPhrases.before(tokens, first, subjectEnd);
      if (subject == null) {
        return null; // "To be expected to …": no subject
      }
      // the whole clause of the verb: its subject may be longer than a noun phrase ("drawing on
      // savings seems risky"); a phrase set off before it ("By Friday, …") is not the matter
      int comma = subjectEnd - 1;
      while (comma > first && !tokens.is(comma, ",")) {
        comma--;
      }
      from = tokens.is(comma, ",") && comma + 1 < subject.first() ? comma + 1 : subject.first();
      if (!tokens.is(comma, ",") && subject.first() > first && clauses.opensContent(first)) {
        from = first; // not "By Friday the mayor seemed …": a time opens no matter
      }
    } else {
      return null;
    }
    if (end - from < 3 || !clauses.opensContent(from)) {
      return null;
    }
    QuoteDraft draft =
        new QuoteDraft(tokens.start(from), clauses.contentEnd(from, end), QuoteKind.INDIRECT);
    draft.cue = new CharRange(tokens.start(cueFirst), tokens.end(verb));
    return draft.end > draft.start ? draft : null;
  }
}
