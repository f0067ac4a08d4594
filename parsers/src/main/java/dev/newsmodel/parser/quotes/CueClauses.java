package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * The reported speech one cue of a sentence reports, when the sentence is built for it: "X said
 * (that) …", "…, X said (on Friday)", "…, said X", "A, X said, B", "According to X, …", "…,
 * according to X", "X told Y (that) …", and stances ("X called for …", "X wants to …"). The content
 * is the part of the sentence the cue reports, the speaker its subject (found by {@link
 * SpeakerPhrases}). {@link IndirectQuotes} bounds the content when the sentence holds several.
 */
final class CueClauses {
  private final TextLayers layers;
  private final Tokens tokens;
  private final Sentences sentences;
  private final SpeakerPhrases phrases;
  private final Cues reportingCues;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;
  private final IndirectWords words;
  private final StanceClauses stances;
  private final DependentClauses dependent;
  private final EvidentialClauses evidential;
  private final QuestionClauses questions;
  private final AccordingToClauses according;
  private final NounCueClauses nounCues;

  CueClauses(
      TextLayers layers,
      SpeakerPhrases phrases,
      Cues reportingCues,
      Phrases nounPhrases,
      QuoteWords quoteWords,
      IndirectWords words) {
    this.layers = layers;
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.phrases = phrases;
    this.reportingCues = reportingCues;
    this.nounPhrases = nounPhrases;
    this.quoteWords = quoteWords;
    this.words = words;
    ClauseReading reading = new ClauseReading(layers, phrases, nounPhrases, quoteWords, words);
    this.stances = new StanceClauses(reading, this);
    this.dependent = new DependentClauses(reading);
    this.evidential = new EvidentialClauses(reading, this);
    this.questions = new QuestionClauses(reading, this);
    this.according = new AccordingToClauses(reading, this);
    this.nounCues = new NounCueClauses(reading, this);
  }

  /**
   * The first attribution to unnamed observers in sentence {@code s} ("the plan seems to work",
   * "she is expected to win"), or null.
   */
  QuoteDraft unnamed(int s) {
    return evidential.find(s);
  }

  /**
   * The first statement named by a noun with its holder in sentence {@code s} ("her claim that …"),
   * or null.
   */
  QuoteDraft named(int s) {
    return nounCues.find(s);
  }

  /** The reported speech that cue {@code cue} of sentence {@code s} reports, or null. */
  QuoteDraft withCue(int s, TokenRange cue) {
    return unlessAdjunct(reportedBy(s, cue), cue);
  }

  private QuoteDraft reportedBy(int s, TokenRange cue) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    String cueText = layers.lowerCase(cue);
    if (questions.isAsking(cue)) {
      // "the council asked the mayor whether …", "When asked about the merger, she …"
      QuoteDraft stance = stances.stance(s, cue, null);
      QuoteDraft asked = questions.question(s, cue, stance == null ? null : stance.speaker);
      if (asked != null) {
        return asked;
      }
    }
    if (cue.end() == cue.first() + 1 && cue.end() < end && passiveAgent(cue.end())) {
      return null; // "the story, first reported by …", "Additional reporting by …"
    }
    if (cueText.equals(quoteWords.accordingTo)) {
      return according.find(cue, first, end);
    }
    if (evidential.isPassive(first, cue)) {
      return null; // "she is said to favour …": others say it (EvidentialClauses)
    }
    if (dependent.isParticiple(cue, cueText)) {
      return dependent.participle(s, cue, null, contentEnd(cue.end(), end));
    }
    if (!dependent.progressiveOrFinite(cue, cueText, first)) {
      return null; // "letters saying …", "I remember thinking …": the participle has no subject
    }
    QuoteDraft inRelative = dependent.relative(s, cue, contentEnd(end));
    if (inRelative != null) {
      return inRelative;
    }
    if (!reportingCues.isSpeech(cueText)) {
      return stances.stance(s, cue, null);
    }
    boolean afterComma = cue.first() > first + 3 && tokens.is(cue.first() - 1, ",");
    QuoteDraft draft;
    if (afterComma && nounPhrases.before(tokens, first, cue.first()) == null) {
      // "…, said one source in the room." The speaker follows the cue.
      draft = new QuoteDraft(tokens.start(first), tokens.end(cue.first() - 2), QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, cue.first() - 1, end, true)) {
        return null;
      }
    } else if (cue.first() > first + 3
        && reportsBack(cue, end)
        && layers.previous(",", first, cue.first()) > first) {
      // "…, the minister said (on Friday)." The content runs up to the comma before the speaker.
      int comma = layers.previous(",", first, cue.first());
      draft = new QuoteDraft(tokens.start(first), tokens.end(comma - 1), QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, comma + 1, end, true)) {
        return null;
      }
    } else {
      draft = forward(s, cue);
    }
    if (draft == null || draft.end <= draft.start || draft.speaker == null) {
      return null;
    }
    int speaker = tokens.firstAtOrAfter(draft.speaker.start());
    boolean relative = speaker > first && WordList.has(words.extractionWords, tokens, speaker - 1);
    return relative ? null : draft; // "as the mayor said", "what the senator said"
  }

  /**
   * "X said (that) …": the speaker stands before the cue, the content after it; or, with the
   * speaker and cue set off by commas inside the sentence ("A, X said, B"), the whole sentence.
   */
  private QuoteDraft forward(int s, TokenRange cue) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    int from = contentStart(cue, end);
    if (from < 0 || end - from < 3) {
      return null;
    }
    QuoteDraft draft =
        new QuoteDraft(tokens.start(from), contentEnd(from, end), QuoteKind.INDIRECT);
    if (!phrases.fillFromCue(draft, cue, first, cue.first(), false)) {
      return null;
    }
    int speaker = tokens.firstAtOrAfter(draft.speaker.start());
    if (!opensContent(from) || adjunctAfterStatement(from, speaker)) {
      return null; // "“…,” she said after the meeting": a time, no content
    }
    int written = tokens.firstAtOrAfter(draft.speaker.end());
    int phraseEnd = words.withoutNegation(tokens, speaker, written);
    int subject = words.subjectStart(tokens, speaker, phraseEnd);
    if (subject < 0) {
      return null; // "the sum he says he raised": the cue reports inside a relative clause
    } else if (subject > speaker || phraseEnd < written) {
      // "Though she said", "she didn't say"
      draft.speaker = phrases.resolve(new TokenRange(subject, phraseEnd));
    }
    if (tokens.is(cue.end(), ",")) {
      if (speaker > first + 1 && tokens.is(speaker - 1, ",")) {
        // "The museum, the president said, would …": the content is the sentence around them
        QuoteDraft whole = new QuoteDraft(tokens.start(first), draft.end, QuoteKind.INDIRECT);
        copyAttribution(draft, whole);
        return whole;
      }
      return null; // "“…,” she said, adding …": what follows the comma is no content of "said"
    }
    // "what the agency said was …": the cue stands in a relative clause
    return WordList.has(words.auxiliaries, tokens, from) ? null : draft;
  }

  /**
   * Where the content of a cue that reports forward starts: after "that", after the addressee of
   * "told" ("told reporters (that) …"), after a comma; -1 when a "told" reports no clause.
   */
  private int contentStart(TokenRange cue, int end) {
    int from = cue.end();
    if (quoteWords.startsTelling(layers.lowerCase(cue))) {
      int that = nextClauseWord(from, Math.min(end, from + 10));
      if (that < 0) {
        TokenRange addressee = nounPhrases.after(tokens, from, end);
        if (addressee != null
            && addressee.end() - addressee.first() > 1
            && WordList.has(words.reducedRelativeSubjects, tokens, addressee.end() - 1)) {
          // "told the council he was …": the pronoun opens the clause, not the addressee
          addressee = new TokenRange(addressee.first(), addressee.end() - 1);
        }
        if (addressee == null
            || addressee.end() >= end
            || WordList.has(words.auxiliaries, tokens, addressee.end())
            || WordList.has(quoteWords.adjunctOpeners, tokens, addressee.end())
            || tokens.kind(addressee.end()) != Tokens.WORD) {
          return -1;
        }
        that = addressee.end(); // "told reporters the bridge would …"
      }
      from = that;
    } else if (from < end && WordList.has(quoteWords.adjunctOpeners, tokens, from)) {
      // "said on Friday that …", "said in a statement that …"; "wrote about the flood" reports
      // no clause
      int that = layers.next(quoteWords.thatClause, from, Math.min(end, from + 12));
      if (that >= 0) {
        from = that;
      } else if (WordList.has(words.objectOpeners, tokens, from)) {
        return -1;
      }
    } else if (from < end && WordList.has(words.objectOpeners, tokens, from)) {
      return -1;
    }
    if (from + 1 < end
        && tokens.is(from, quoteWords.thatClause)
        && !WordList.has(words.auxiliaries, tokens, from + 1)) {
      from++; // not in "said that would help": there "that" is the subject
    }
    if (from < end && tokens.is(from, ",")) {
      from++;
    }
    return from;
  }

  /**
   * A second verb of the subject of an earlier reported clause ("X said A, and warned B"): the
   * clause it reports, with {@code speaker}; or null.
   */
  QuoteDraft continued(int s, TokenRange cue, EntityRef speaker) {
    return unlessAdjunct(continuedBy(s, cue, speaker), cue);
  }

  private QuoteDraft continuedBy(int s, TokenRange cue, EntityRef speaker) {
    int end = sentences.endToken(s);
    String cueText = layers.lowerCase(cue);
    if (dependent.isParticiple(cue, cueText)) {
      return dependent.participle(s, cue, speaker, contentEnd(cue.end(), end));
    }
    if (!reportingCues.isSpeech(cueText) || cueText.equals(quoteWords.accordingTo)) {
      return stances.stance(s, cue, speaker);
    }
    int from = contentStart(cue, end);
    if (from < 0 && !quoteWords.startsTelling(cueText)) {
      from = cue.end(); // "X said A and warned against B": the second verb's topic is reported
    }
    if (from < 0 || end - from < 3 || WordList.has(words.auxiliaries, tokens, from)) {
      return null;
    }
    if (!opensContent(from)) {
      return null;
    }
    QuoteDraft draft =
        new QuoteDraft(tokens.start(from), contentEnd(from, end), QuoteKind.INDIRECT);
    draft.cue = cue.chars(tokens);
    draft.speaker = speaker;
    return draft.end > draft.start ? draft : null;
  }

  /** Whether cue {@code cue} is a participle set off by a comma ("…, saying …"). */
  boolean isParticiple(TokenRange cue) {
    return dependent.isParticiple(cue, layers.lowerCase(cue));
  }

  /** The token after the addressee of a cue such as "told" ("told reporters"), else after it. */
  private int afterAddressee(TokenRange cue, int end) {
    if (!quoteWords.startsTelling(layers.lowerCase(cue)) || cue.end() >= end) {
      return cue.end();
    }
    TokenRange addressee = nounPhrases.after(tokens, cue.end(), end);
    return addressee == null ? cue.end() : addressee.end();
  }

  /**
   * Whether a cue after its speaker reports what comes before them ("…, the minister said (on
   * Friday)(, as …)"): after the cue, its addressee and a time or place, the sentence ends or a
   * clause of its own starts ("as they …", "state media reported"); not the rest of the content,
   * which opens with its verb ("The museum, the president said, would …").
   */
  private boolean reportsBack(TokenRange cue, int end) {
    int clauseEnd = clauseEnd(cue.end(), end);
    if (!adjunctOnly(afterAddressee(cue, end), clauseEnd)) {
      return false;
    }
    if (clauseEnd >= end) {
      return true;
    }
    // With a time or an addressee between the cue and the comma, the clause after it is its own
    // ("…, she told the radio on Friday, as …"); right after the cue, it goes on with the content.
    boolean between = afterAddressee(cue, end) < clauseEnd;
    return between && !WordList.has(words.auxiliaries, tokens, clauseEnd + 1);
  }

  /** The first comma at or after token {@code from}, or {@code end}. */
  private int clauseEnd(int from, int end) {
    int comma = layers.next(",", from, end);
    return comma < 0 ? end : comma;
  }

  /**
   * {@code draft} of cue {@code cue}, or null when its content, right after the cue, is only a time
   * or a place after a statement ({@link #adjunctAfterStatement}).
   */
  private QuoteDraft unlessAdjunct(QuoteDraft draft, TokenRange cue) {
    if (draft == null || draft.speaker == null) {
      return draft;
    }
    int from = tokens.firstAtOrAfter(draft.start);
    int speaker = tokens.firstAtOrAfter(draft.speaker.start());
    return from == cue.end() && adjunctAfterStatement(from, speaker) ? null : draft;
  }

  /**
   * Whether a content that opens at token {@code from} is only a time or a place after the cue of a
   * speaker (at token {@code speaker}) who follows a statement in marks, right after its closing
   * mark or the comma after it: "“…,” she said after the meeting", "“…”, she said on Friday", "“…?”
   * the paper asked on its front page" (the mark may end the sentence before, when the statement
   * ends with its own stop). A comma alone is no such sign: "In the end, the union agreed to …".
   */
  private boolean adjunctAfterStatement(int from, int speaker) {
    int before = speaker > 0 && tokens.is(speaker - 1, ",") ? speaker - 2 : speaker - 1;
    return before >= 0
        && tokens.kind(before) == Tokens.QUOTE
        && WordList.has(quoteWords.adjunctOpeners, tokens, from);
  }

  /**
   * Whether token {@code i} may open a content: a word, a number or a quotation mark; not a
   * capitalised time or place ("he says In 2018 …": a sentence break the text lost), nor "and" (the
   * cue's own verb phrase goes on).
   */
  boolean opensContent(int i) {
    byte kind = tokens.kind(i);
    if (kind == Tokens.WORD) {
      boolean lostBreak =
          Character.isUpperCase(tokens.firstChar(i))
              && WordList.has(quoteWords.adjunctOpeners, tokens, i);
      return !lostBreak && !WordList.has(words.coordinators, tokens, i);
    }
    return kind == Tokens.NUMBER || kind == Tokens.QUOTE;
  }

  /** Whether token {@code i} makes the cue before it a passive participle ("reported by"). */
  private boolean passiveAgent(int i) {
    return WordList.has(words.passiveAgents, tokens, i);
  }

  /**
   * Whether tokens {@code [from, to)} after a cue hold at most a time, a place or a medium ("on
   * Friday", "in a statement", "Tuesday"), not a clause of their own.
   */
  private boolean adjunctOnly(int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (tokens.kind(i) == Tokens.WORD || tokens.kind(i) == Tokens.NUMBER) {
        count++;
      }
    }
    if (count == 0) {
      return true;
    }
    return count <= 6 && WordList.has(quoteWords.adjunctOpeners, tokens, from);
  }

  /** The first "that", "how", "why", "what" or "whether" in {@code [from, to)}, or -1. */
  private int nextClauseWord(int from, int to) {
    for (int i = from; i < to; i++) {
      if (WordList.hasText(quoteWords.clauseWords, tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Marks that end a clause or a noun phrase: a comma, a colon, a semicolon, a dash, a parenthesis.
   */
  private static final String CLAUSE_MARKS = ",;:—–(";

  /** Whether token {@code k} is a mark that ends a clause or a noun phrase. */
  boolean isClauseMark(int k) {
    return tokens.kind(k) == Tokens.PUNCT && CLAUSE_MARKS.indexOf(tokens.text(k)) >= 0;
  }

  /**
   * Where a content that opens at token {@code from} ends: before a semicolon, which opens a
   * statement of the writer's ("she said the pier was safe; the port closed it anyway"), or before
   * the sentence's final punctuation.
   */
  int contentEnd(int from, int endToken) {
    for (int k = from + 1; k < endToken - 1; k++) {
      if (tokens.is(k, ";")) {
        return contentEnd(k);
      }
    }
    return contentEnd(endToken);
  }

  /** Where a sentence's content ends: before its final punctuation. */
  int contentEnd(int endToken) {
    int last = endToken - 1;
    while (last > 0 && tokens.kind(last) != Tokens.WORD && tokens.kind(last) != Tokens.NUMBER) {
      last--;
    }
    return tokens.end(last);
  }

  /** {@code draft} ending at character {@code end} instead, with the same attribution. */
  static QuoteDraft endingAt(QuoteDraft draft, int end) {
    QuoteDraft shorter = new QuoteDraft(draft.start, end, draft.kind);
    copyAttribution(draft, shorter);
    return shorter;
  }

  /** {@code draft} over characters {@code [start, end)} instead, with the same attribution. */
  static QuoteDraft extended(QuoteDraft draft, int start, int end) {
    QuoteDraft wider = new QuoteDraft(start, end, draft.kind);
    copyAttribution(draft, wider);
    return wider;
  }

  private static void copyAttribution(QuoteDraft from, QuoteDraft to) {
    to.speaker = from.speaker;
    to.cue = from.cue;
    to.addressee = from.addressee;
  }
}
