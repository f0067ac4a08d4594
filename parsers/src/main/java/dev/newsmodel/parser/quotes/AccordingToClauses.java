package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Reported speech attributed by "according to": "According to X, …", "But, according to X, …", "…,
 * according to X", "… according to X" and "A, according to X, B". Its source may be a person, a
 * group, or a record of theirs ("according to the poll", "according to early returns"), but no
 * standard a thing follows ("went according to plan").
 */
final class AccordingToClauses {
  /** Most words before a source that opens the sentence after them ("But, according to …"). */
  private static final int MAX_LEAD_IN = 2;

  private final TextLayers layers;
  private final Tokens tokens;
  private final SpeakerPhrases phrases;
  private final QuoteWords quoteWords;
  private final IndirectWords words;
  private final CueClauses clauses;

  AccordingToClauses(ClauseReading reading, CueClauses clauses) {
    this.layers = reading.layers();
    this.tokens = layers.tokens();
    this.phrases = reading.phrases();
    this.quoteWords = reading.quoteWords();
    this.words = reading.words();
    this.clauses = clauses;
  }

  /**
   * The content that cue {@code cue} ("according to") attributes in the sentence of tokens {@code
   * [first, end)}, or null.
   */
  QuoteDraft find(TokenRange cue, int first, int end) {
    if (standard(cue, end)) {
      return null; // "the work went according to plan"
    }
    QuoteDraft draft;
    if (cue.first() == first || leadIn(first, cue.first())) {
      int comma = layers.next(",", cue.end(), end);
      if (comma < 0) {
        return null;
      }
      draft =
          new QuoteDraft(
              tokens.start(comma + 1 < end ? comma + 1 : comma),
              clauses.contentEnd(comma, end),
              QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, cue.first(), comma, true)) {
        return null;
      }
    } else {
      if (cue.first() <= first + 3) {
        return null;
      }
      boolean comma = tokens.is(cue.first() - 1, ",");
      if (!comma && !closesClause(cue.first() - 1)) {
        return null;
      }
      // "…, according to X" and "… according to X": the clause before the source
      int last = comma ? cue.first() - 2 : cue.first() - 1;
      draft = new QuoteDraft(tokens.start(first), tokens.end(last), QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, cue.first(), end, true)) {
        return null;
      }
      int after = draft.speaker == null ? -1 : tokens.firstAtOrAfter(draft.speaker.end());
      if (comma
          && after > 0
          && after + 3 < end
          && tokens.is(after, ",")
          && end - after > cue.first() - first) {
        // "The toll, according to the mayor, would pay …": the statement goes on after the source;
        // not a shorter phrase after a whole statement ("…, according to the agency, twice …")
        draft = CueClauses.extended(draft, tokens.start(first), clauses.contentEnd(end));
      }
    }
    return draft.end > draft.start && draft.speaker != null ? draft : null;
  }

  /**
   * Whether the tokens before the cue at {@code cue} are a short lead-in and a comma ("But,", "Now,
   * ", "Still,"): the sentence's statement follows the source.
   */
  private boolean leadIn(int first, int cue) {
    if (cue - first > MAX_LEAD_IN || !tokens.is(cue - 1, ",")) {
      return false;
    }
    for (int i = first; i < cue - 1; i++) {
      boolean adverb =
          WordList.has(words.coordinators, tokens, i)
              || WordList.has(quoteWords.adverbs, tokens, i)
              || tokens.lower(i).endsWith(quoteWords.adverbEnding);
      if (tokens.kind(i) != Tokens.WORD || !adverb) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} may end a statement: a word, a number or a closing mark. */
  private boolean closesClause(int i) {
    byte kind = tokens.kind(i);
    return kind == Tokens.WORD || kind == Tokens.NUMBER || tokens.is(i, ")");
  }

  /** Whether the cue is followed by a bare noun of a standard ("plan", "schedule"), no source. */
  private boolean standard(TokenRange cue, int end) {
    int next = cue.end();
    return next < end
        && WordList.has(words.standardNouns, tokens, next)
        && (next + 1 >= end || tokens.kind(next + 1) != Tokens.WORD);
  }
}
