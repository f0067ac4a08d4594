package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reported speech without marks (indirect quotes), at most one per sentence that holds no quote in
 * marks: "X said (that) …", "…, X said (on Friday)", "…, said X", "According to X, …", "…,
 * according to X", and stances ("X called for …"). The content is the part of the sentence the cue
 * reports; the speaker is found by {@link SpeakerPhrases}.
 */
final class IndirectQuotes {
  private final TextLayers layers;
  private final Tokens tokens;
  private final Sentences sentences;
  private final CueFinder cues;
  private final SpeakerPhrases phrases;
  private final Cues reportingCues;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;

  IndirectQuotes(
      TextLayers layers,
      CueFinder cues,
      SpeakerPhrases phrases,
      Cues reportingCues,
      Phrases nounPhrases,
      QuoteWords words) {
    this.layers = layers;
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.cues = cues;
    this.phrases = phrases;
    this.reportingCues = reportingCues;
    this.nounPhrases = nounPhrases;
    this.quoteWords = words;
  }

  /** The reported speech of every sentence not set in {@code quotedSentences}, in text order. */
  List<QuoteDraft> find(BitSet quotedSentences) {
    List<QuoteDraft> drafts = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      if (!quotedSentences.get(s)) {
        QuoteDraft draft = inSentence(s);
        if (draft != null) {
          drafts.add(draft);
        }
      }
    }
    return drafts;
  }

  /** The reported speech of sentence {@code s}, or null. */
  private QuoteDraft inSentence(int s) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    // Try each cue of the sentence in turn: "Protocol called for …, sources said." has two.
    for (TokenRange cue = cues.first(first, end, CueFinder.Casing.RUNNING_TEXT);
        cue != null;
        cue = cues.first(cue.end(), end, CueFinder.Casing.RUNNING_TEXT)) {
      QuoteDraft draft = withCue(s, cue);
      if (draft != null) {
        return draft;
      }
    }
    return null;
  }

  /** The reported speech that cue {@code cue} of sentence {@code s} reports, or null. */
  private QuoteDraft withCue(int s, TokenRange cue) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    String cueText = layers.lowerCase(cue);
    boolean afterComma = cue.first() > first + 3 && tokens.is(cue.first() - 1, ",");
    QuoteDraft draft;
    if (cueText.equals(quoteWords.accordingTo) && cue.first() == first) {
      int comma = layers.next(",", cue.end(), end);
      if (comma < 0) {
        return null;
      }
      draft =
          new QuoteDraft(
              tokens.start(comma + 1 < end ? comma + 1 : comma),
              contentEndOf(end),
              QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, first, comma, true)) {
        return null;
      }
    } else if (cueText.equals(quoteWords.accordingTo)) {
      // "…, according to the poll."
      if (!afterComma) {
        return null;
      }
      draft = new QuoteDraft(tokens.start(first), tokens.end(cue.first() - 2), QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, cue.first(), end, true)) {
        return null;
      }
    } else if (!reportingCues.isSpeech(cueText)) {
      return stance(s, cue);
    } else if (afterComma && nounPhrases.before(tokens, first, cue.first()) == null) {
      // "…, said one source in the room." The speaker follows the cue.
      draft = new QuoteDraft(tokens.start(first), tokens.end(cue.first() - 2), QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, cue.first() - 1, end, true)) {
        return null;
      }
    } else if (cue.first() > first + 3
        && adjunctOnly(cue.end(), end)
        && layers.previous(",", first, cue.first()) > first) {
      // "…, the minister said (on Friday)." The content runs up to the comma before the speaker.
      int comma = layers.previous(",", first, cue.first());
      draft = new QuoteDraft(tokens.start(first), tokens.end(comma - 1), QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, comma + 1, end, true)) {
        return null;
      }
    } else {
      // "X said (that) …": the speaker stands before the cue, the content after it.
      int from = cue.end();
      if (quoteWords.startsTelling(cueText)) {
        int that = nextClauseWord(from, Math.min(end, from + 10));
        if (that < 0) {
          return null;
        }
        from = that;
      }
      if (from < end && tokens.is(from, quoteWords.thatClause)) {
        from++;
      }
      if (from < end && tokens.is(from, ",")) {
        from++;
      }
      if (end - from < 3) {
        return null;
      }
      draft = new QuoteDraft(tokens.start(from), contentEndOf(end), QuoteKind.INDIRECT);
      if (!phrases.fillFromCue(draft, cue, first, cue.first(), false)) {
        return null;
      }
    }
    return draft.end > draft.start && draft.speaker != null ? draft : null;
  }

  /**
   * A cue that reports a stance rather than words ("X called for …", "X urged …", "X agreed to …"):
   * the content is the rest of the sentence, the speaker its subject, the phrase right before the
   * cue. Null when the sentence is not so built.
   */
  private QuoteDraft stance(int s, TokenRange cue) {
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    int verb = nounPhrases.skipAdverbs(tokens, first, cue.first());
    if (verb <= first || tokens.kind(verb - 1) != Tokens.WORD || end - cue.end() < 3) {
      return null;
    }
    for (int k = verb; k < cue.first(); k++) {
      if (WordList.has(quoteWords.beForms, tokens, k)) {
        return null; // "he is expected to meet …": others' expectation, not his stance
      }
    }
    TokenRange subject = nounPhrases.plainBefore(tokens, first, verb);
    if (subject == null) {
      return null;
    }
    QuoteDraft draft =
        new QuoteDraft(tokens.start(cue.end()), contentEndOf(end), QuoteKind.INDIRECT);
    draft.cue = cue.chars(tokens);
    draft.speaker = phrases.resolve(subject);
    if (draft.end <= draft.start) {
      return null;
    }
    return draft;
  }

  /**
   * Whether tokens {@code [from, to)} after a cue hold at most a time, a place or a medium ("on
   * Friday", "in a statement", "Tuesday"), not a clause of their own.
   */
  private boolean adjunctOnly(int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      if (tokens.kind(i) == Tokens.WORD || tokens.kind(i) == Tokens.NUMBER) {
        words++;
      }
    }
    if (words == 0) {
      return true;
    }
    return words <= 6 && WordList.has(quoteWords.adjunctOpeners, tokens, from);
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

  /** Where a sentence's content ends: before its final punctuation. */
  private int contentEndOf(int endToken) {
    int last = endToken - 1;
    while (last > 0 && tokens.kind(last) != Tokens.WORD && tokens.kind(last) != Tokens.NUMBER) {
      last--;
    }
    return tokens.end(last);
  }
}
