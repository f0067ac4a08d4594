package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * A reported question: a verb of asking before what was asked, a topic after "about" or an indirect
 * question ("the council asked the mayor whether the ferry would run", "When asked about the
 * merger, she …", "she was asked by a reporter why …"). The content is the question, to the next
 * comma; the speaker is the one who asked: the subject before the verb, the agent after "by", or
 * none in a passive without one. Without such a question the verb is left to the other rules.
 */
final class QuestionClauses {
  /** Most tokens between the verb of asking and its question ("asked the mayor on Friday why"). */
  private static final int REACH = 8;

  private final Tokens tokens;
  private final Sentences sentences;
  private final SpeakerPhrases phrases;
  private final Phrases nounPhrases;
  private final IndirectWords words;
  private final CueClauses clauses;

  QuestionClauses(ClauseReading reading, CueClauses clauses) {
    this.tokens = reading.layers().tokens();
    this.sentences = reading.layers().sentences();
    this.phrases = reading.phrases();
    this.nounPhrases = reading.nounPhrases();
    this.words = reading.words();
    this.clauses = clauses;
  }

  /** Whether cue {@code cue} is a verb of asking ("asked"). */
  boolean isAsking(TokenRange cue) {
    return cue.end() == cue.first() + 1 && WordList.has(words.askingVerbs, tokens, cue.first());
  }

  /**
   * The question that verb of asking {@code cue} of sentence {@code s} reports, or null when no
   * question follows it within a few words; {@code subject} is the asker before it, or null.
   */
  QuoteDraft question(int s, TokenRange cue, EntityRef subject) {
    int end = sentences.endToken(s);
    EntityRef asker = subject;
    int from = cue.end();
    if (from + 1 < end && WordList.has(words.passiveAgents, tokens, from)) {
      // "asked by a reporter whether …": the agent asked
      TokenRange agent = nounPhrases.after(tokens, from + 1, end);
      if (agent == null) {
        return null;
      }
      asker = phrases.resolve(agent);
      from = agent.end();
    }
    int question = -1;
    for (int k = from; k < Math.min(end, from + REACH) && !tokens.is(k, ","); k++) {
      if (WordList.has(words.questionOpeners, tokens, k)) {
        question = k;
        break;
      }
    }
    if (question < 0 || end - question < 3) { // "asks about." asks nothing said
      return null;
    }
    int stop = question + 1;
    while (stop < end && !tokens.is(stop, ",")) {
      stop++;
    }
    QuoteDraft draft =
        new QuoteDraft(tokens.start(question), clauses.contentEnd(stop), QuoteKind.INDIRECT);
    draft.cue = cue.chars(tokens);
    draft.speaker = asker;
    draft.nounObject = true; // "asked why": short, and no statement a next quote goes on from
    return draft.end > draft.start ? draft : null;
  }
}
