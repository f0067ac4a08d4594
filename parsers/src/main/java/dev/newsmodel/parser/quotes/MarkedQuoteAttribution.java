package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;

/**
 * Attributes a quote in marks through the words around it: a reporting cue in the sentences it
 * stands in ("“…,” Wang said"; "Wang said: “…”"), a signature after a dash on its line ("“…” ― Jane
 * Roe"), or a paragraph ending in a colon that introduces it ("He said:"). The speaker phrase
 * itself is found by {@link SpeakerPhrases}.
 */
final class MarkedQuoteAttribution {
  private final TextLayers layers;
  private final String text;
  private final Tokens tokens;
  private final Sentences sentences;
  private final CueFinder cues;
  private final SpeakerPhrases phrases;
  private final Phrases nounPhrases;

  /** The ending of a participle ("blaming"): such a cue reports nothing itself. */
  private final String participleEnding;

  MarkedQuoteAttribution(
      TextLayers layers,
      CueFinder cues,
      SpeakerPhrases phrases,
      Phrases nounPhrases,
      QuoteWords words) {
    this.layers = layers;
    this.text = layers.text();
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.cues = cues;
    this.phrases = phrases;
    this.nounPhrases = nounPhrases;
    this.participleEnding = words.participleEnding;
  }

  /**
   * Finds the cue and speaker of a quote in marks within its sentences {@code first} to {@code
   * last}, reading cues as written in {@code casing}.
   */
  boolean byCue(
      QuoteDraft draft, QuoteMarks.Quoted quoted, int first, int last, CueFinder.Casing casing) {
    int quoteFirstToken = tokens.firstAtOrAfter(quoted.open());
    int quoteEndToken = tokens.firstAtOrAfter(quoted.end());
    TokenRange after = cues.first(quoteEndToken, sentences.endToken(last), casing);
    TokenRange before = cues.last(sentences.firstToken(first), quoteFirstToken, casing);
    char closing = text.charAt(Math.max(quoted.open(), quoted.contentEnd() - 1));
    if (after == null
        && before == null
        && (closing == '?' || closing == '!')
        && closesSentence(quoteEndToken, last)) {
      // "“Does anybody know?” Graham asked." The splitter ends the sentence at the mark.
      TokenRange next =
          cues.first(
              quoteEndToken, Math.min(sentences.endToken(last + 1), quoteEndToken + 8), casing);
      if (next != null && next.first() - quoteEndToken <= 5) {
        after = next;
        last++;
      }
    }
    TokenRange cue;
    boolean cueAfter;
    if (after != null && (after.first() - quoteEndToken <= 3 || before == null)) {
      cue = after;
      cueAfter = true;
    } else if (before != null) {
      cue = before;
      cueAfter = false;
    } else {
      return false;
    }
    int bound = cueAfter ? quoteEndToken : sentences.firstToken(first);
    int end = cueAfter ? sentences.endToken(last) : quoteFirstToken;
    if (phrases.fillFromCue(draft, cue, bound, end, cueAfter)) {
      return true;
    }
    // A participle ("…, blaming the US’s ‘…’") reports nothing itself: the cue is an earlier one.
    if (!cueAfter && layers.lowerCase(cue).endsWith(participleEnding)) {
      TokenRange earlier = cues.last(sentences.firstToken(first), cue.first(), casing);
      if (earlier != null && !layers.lowerCase(earlier).endsWith(participleEnding)) {
        // "…,” Trump said, adding later, “…”: the subject of the earlier cue speaks.
        QuoteDraft probe = new QuoteDraft(draft.start, draft.end, draft.kind);
        if (phrases.fillFromCue(
            probe, earlier, sentences.firstToken(first), earlier.end(), false)) {
          draft.speaker = probe.speaker;
          draft.cue = cue.chars(tokens);
          return true;
        }
        cue = earlier;
      }
    }
    // "X went on to call on Y to “…”": the speaker belongs to an earlier cue.
    for (TokenRange earlier = cues.last(sentences.firstToken(first), cue.first(), casing);
        earlier != null;
        earlier = cues.last(sentences.firstToken(first), earlier.first(), casing)) {
      QuoteDraft probe = new QuoteDraft(draft.start, draft.end, draft.kind);
      if (phrases.fillFromCue(
          probe, earlier, sentences.firstToken(first), quoteFirstToken, false)) {
        draft.speaker = probe.speaker;
        draft.cue = cue.chars(tokens);
        draft.addressee = phrases.addressee(cue);
        return true;
      }
    }
    return false;
  }

  /** Whether a quote ending before token {@code end} closes sentence {@code s}, on one line. */
  private boolean closesSentence(int end, int s) {
    return s + 1 < sentences.size()
        && sentences.endToken(s) == end
        && end < tokens.size()
        && text.substring(tokens.start(end - 1), tokens.start(end)).indexOf('\n') < 0;
  }

  /** A quote signed after a dash at the end of its line: "“…” ― Jane Roe". */
  boolean bySignature(QuoteDraft draft, QuoteMarks.Quoted quoted) {
    int dash = tokens.firstAtOrAfter(quoted.end());
    if (dash >= tokens.size() || !isDash(tokens.text(dash))) {
      return false;
    }
    int lineEnd = text.indexOf('\n', tokens.end(dash));
    int limit = tokens.firstAtOrAfter(lineEnd < 0 ? text.length() : lineEnd);
    if (text.substring(quoted.end(), tokens.start(dash)).indexOf('\n') >= 0) {
      return false;
    }
    TokenRange name = nounPhrases.after(tokens, dash + 1, limit);
    if (name == null || !Character.isUpperCase(tokens.firstChar(name.first()))) {
      return false;
    }
    draft.cue = new CharRange(tokens.start(dash), tokens.end(dash));
    draft.speaker = phrases.resolve(name);
    return true;
  }

  private static boolean isDash(String token) {
    return token.equals("―") || token.equals("—") || token.equals("–");
  }

  /**
   * A quote that opens a paragraph after one ending in a colon takes its speaker from there: "The
   * New York Times reports:" / "He said:" and then the quote. {@code sentence} is the quote's own.
   */
  boolean byIntroduction(
      QuoteDraft draft, QuoteMarks.Quoted quoted, int sentence, CueFinder.Casing casing) {
    int j = quoted.open() - 1;
    while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    if (sentence <= 0 || j < 0 || text.charAt(j) != ':' || j == quoted.open() - 2) {
      return false; // no colon, or one on the same line ("said: “…”" is handled as a cue)
    }
    int intro = layers.sentenceOf(j);
    int first = sentences.firstToken(intro);
    int colon = tokens.firstAtOrAfter(j);
    TokenRange cue = cues.last(first, colon, casing);
    if (cue != null) {
      return phrases.fillFromCue(draft, cue, first, colon, false);
    }
    draft.speaker = phrases.subject(intro, colon);
    return draft.speaker != null;
  }
}
