package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Reported speech in a clause that leans on the sentence around it, whose speaker is not the phrase
 * right before the cue: a participle after a comma ("The judge rejected the request, saying the
 * court had no say") speaks for the sentence's subject; a relative clause ("an architect who said
 * he was never paid") for the noun phrase before its pronoun, and it ends at the next comma.
 */
final class DependentClauses {
  private final Tokens tokens;
  private final Sentences sentences;
  private final SpeakerPhrases phrases;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;
  private final IndirectWords words;

  DependentClauses(ClauseReading reading) {
    this.tokens = reading.layers().tokens();
    this.sentences = reading.layers().sentences();
    this.phrases = reading.phrases();
    this.nounPhrases = reading.nounPhrases();
    this.quoteWords = reading.quoteWords();
    this.words = reading.words();
  }

  /** Whether cue {@code cue} is a participle set off by a comma ("…, saying …"). */
  boolean isParticiple(TokenRange cue, String cueText) {
    return cue.first() > 0
        && tokens.is(cue.first() - 1, ",")
        && cueText.split(" ", 2)[0].endsWith(quoteWords.participleEnding);
  }

  /**
   * Whether a cue is a finite verb, or a participle after a form of "be" ("is saying"): a bare
   * participle ("letters saying …", "I remember thinking …") qualifies the word before it and
   * reports for nobody.
   */
  boolean progressiveOrFinite(TokenRange cue, String cueText, int sentenceFirst) {
    if (!cueText.split(" ", 2)[0].endsWith(quoteWords.participleEnding)) {
      return true;
    }
    int verb = nounPhrases.skipAdverbs(tokens, sentenceFirst, cue.first());
    for (int k = verb; k < cue.first(); k++) {
      if (WordList.has(quoteWords.beForms, tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a participle after a comma reports, with {@code speaker}, or with the subject of sentence
   * {@code s} when null; content from after the cue (and "that") to the sentence end. Null when the
   * sentence names no subject or the participle takes no clause.
   */
  QuoteDraft participle(int s, TokenRange cue, EntityRef speaker, int contentEnd) {
    int from = cue.end();
    if (from < tokens.size() && tokens.is(from, quoteWords.thatClause)) {
      from++;
    }
    if (sentences.endToken(s) - from < 3) {
      return null;
    }
    EntityRef subject = speaker != null ? speaker : phrases.subject(s, cue.first() - 1);
    if (subject == null) {
      return null;
    }
    QuoteDraft draft = new QuoteDraft(tokens.start(from), contentEnd, QuoteKind.INDIRECT);
    draft.cue = cue.chars(tokens);
    draft.speaker = subject;
    return draft.end > draft.start ? draft : null;
  }

  /**
   * What a cue right after a relative pronoun reports ("X, who said …"), to the next comma or the
   * sentence end, with the phrase before the pronoun as speaker; or null.
   */
  QuoteDraft relative(int s, TokenRange cue, int contentEnd) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    int pronoun = nounPhrases.skipAdverbs(tokens, first, cue.first()) - 1;
    if (pronoun <= first || !WordList.has(quoteWords.relativePronouns, tokens, pronoun)) {
      return null;
    }
    int phraseEnd = tokens.is(pronoun - 1, ",") ? pronoun - 1 : pronoun;
    TokenRange antecedent = nounPhrases.before(tokens, first, phraseEnd);
    int from = cue.end();
    if (from < end && tokens.is(from, quoteWords.thatClause)) {
      from++;
    }
    if (antecedent == null || end - from < 3 || WordList.has(words.auxiliaries, tokens, from)) {
      return null;
    }
    int stop = from;
    while (stop < end && !tokens.is(stop, ",")) {
      stop++;
    }
    int to = stop < end ? tokens.end(stop - 1) : contentEnd;
    QuoteDraft draft = new QuoteDraft(tokens.start(from), to, QuoteKind.INDIRECT);
    draft.cue = cue.chars(tokens);
    draft.speaker = phrases.resolve(antecedent);
    return draft.end > draft.start ? draft : null;
  }
}
