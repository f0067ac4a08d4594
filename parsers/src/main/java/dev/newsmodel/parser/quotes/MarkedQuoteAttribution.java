package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/**
 * Attributes a quote in marks through the words around it: a reporting cue in the sentences it
 * stands in ("“…,” Roe said"; "Roe said: “…”"), a signature after a dash on its line ("“…” ― Jane
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

  /** Conjunctions that open a new clause ("while", "though"). */
  private final Set<String> clauseConjunctions;

  private final QuoteWords words;

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
    this.clauseConjunctions = words.clauseConjunctions;
    this.words = words;
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
    char closing = closingMark(quoted);
    if (after == null
        && before == null
        && (closing == '?' || closing == '!' || closing == '.')
        && closesSentence(quoteEndToken, last)) {
      // "“Does anybody know?” Graham asked." The splitter ends the sentence at the mark. After a
      // full stop only a short sentence of cue and speaker attributes it ("“….” Roe said."), not
      // one that goes on to report more ("Roe said Tuesday that …").
      int nextEnd = sentences.endToken(last + 1);
      TokenRange next = cues.first(quoteEndToken, Math.min(nextEnd, quoteEndToken + 8), casing);
      boolean shortSentence = closing != '.' || (next != null && nextEnd - next.end() <= 5);
      if (next != null && next.first() - quoteEndToken <= 5 && shortSentence) {
        after = next;
        last++;
      }
    }
    if (after != null && before != null && opensClause(quoteEndToken, after.first())) {
      // "“…,” though she noted …", "“…,” while 73 percent said …": a conjunction opens another
      // clause after the quote, whose cue reports something else.
      after = null;
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
      return bySource(draft, quoteEndToken, sentences.endToken(last))
          || byPossessedNoun(draft, sentences.firstToken(first), quoteFirstToken);
    }
    int bound = cueAfter ? quoteEndToken : sentences.firstToken(first);
    int end = cueAfter ? sentences.endToken(last) : quoteFirstToken;
    // "“…,” said Lee, who added that it was “…”": the relative clause's own cue and pronoun
    if (!cueAfter
        && phrases.relatives().afterComma(cue, bound)
        && phrases.relatives().fill(draft, cue, bound)) {
      return true;
    }
    if (!cueAfter && byOuterReport(draft, cue, bound, casing)) {
      return true;
    }
    if (phrases.fillFromCue(draft, cue, bound, end, cueAfter)) {
      return true;
    }
    TokenRange own = cue;
    if (byEarlierCue(draft, cue, first, quoteFirstToken, cueAfter, casing)) {
      return true;
    }
    // (after a quote, "… radio show who said" is someone else's clause)
    // nor when an earlier cue has its clause ("told a woman who suggested that …")
    if (!cueAfter
        && cues.last(sentences.firstToken(first), own.first(), casing) == null
        && phrases.relatives().fill(draft, own, sentences.firstToken(first))) {
      return true;
    }
    // "Several groups granted him an extension, saying his “…”", "footage of Roe saying “…”": a
    // participle with no cue before it reports the words of its clause's subject.
    boolean participle = layers.lowerCase(own).endsWith(participleEnding);
    boolean idiom =
        own.first() > 0 && WordList.has(words.participleBlockers, tokens, own.first() - 1);
    if (!cueAfter && participle && !idiom) {
      draft.speaker = phrases.participleSubject(first, own.first());
      draft.cue = draft.speaker == null ? null : own.chars(tokens);
      return draft.speaker != null;
    }
    return false;
  }

  /**
   * A quote followed by "per" and its source ("“…,” per the party’s bylaws", "per Reuters"): sets
   * the source as speaker and "per" as cue, and says so.
   */
  private boolean bySource(QuoteDraft draft, int quoteEndToken, int sentenceEnd) {
    int k = quoteEndToken;
    if (k < sentenceEnd && tokens.is(k, ",")) {
      k++;
    }
    if (k + 1 >= sentenceEnd || !tokens.lowerEquals(k, words.sourcePreposition)) {
      return false;
    }
    boolean named =
        nounPhrases.isDeterminer(tokens.lower(k + 1))
            || Character.isUpperCase(tokens.firstChar(k + 1));
    TokenRange source = named ? nounPhrases.after(tokens, k + 1, sentenceEnd) : null;
    if (source == null) {
      return false; // "per year", "per cent"
    }
    draft.speaker = phrases.resolve(source);
    draft.cue = new CharRange(tokens.start(k), tokens.end(k));
    return true;
  }

  /**
   * A quote in the clause after a possessed noun of speech ("Roe’s claim that there were “…”", "his
   * warning that …") is the possessor's: sets speaker and cue (the noun) and says so.
   */
  private boolean byPossessedNoun(QuoteDraft draft, int sentenceFirst, int quoteFirstToken) {
    for (int k = quoteFirstToken - 2; k > sentenceFirst; k--) {
      if (!WordList.has(words.speechNouns, tokens, k) || !tokens.is(k + 1, words.thatClause)) {
        continue;
      }
      TokenRange possessor;
      if (WordList.has(words.possessivePronouns, tokens, k - 1)) {
        possessor = new TokenRange(k - 1, k);
      } else if (words.isPossessiveEnding(tokens.lower(k - 1))) {
        possessor = capitalisedBefore(sentenceFirst, k - 1);
      } else if (pluralPossessor(sentenceFirst, k - 1)) {
        // "the tenants’ claim that …": the plural noun and its determiner
        int from = k - 2;
        from =
            from > sentenceFirst && nounPhrases.isDeterminer(tokens.lower(from - 1))
                ? from - 1
                : from;
        possessor = new TokenRange(from, k - 1);
      } else {
        return false;
      }
      if (possessor == null) {
        return false;
      }
      draft.speaker = phrases.resolve(possessor);
      draft.cue = new CharRange(tokens.start(k), tokens.end(k));
      return true;
    }
    return false;
  }

  /** Whether token {@code k} is the apostrophe of a plural possessive: "tenants’". */
  private boolean pluralPossessor(int sentenceFirst, int k) {
    return k - 1 >= sentenceFirst
        && (tokens.is(k, "\u2019") || tokens.is(k, "'"))
        && tokens.end(k - 1) == tokens.start(k)
        && tokens.kind(k - 1) == Tokens.WORD
        && tokens.lower(k - 1).endsWith(words.pluralEnding);
  }

  /** The capitalised words that end before token {@code end} ("Jane Roe"), or null. */
  private TokenRange capitalisedBefore(int sentenceFirst, int end) {
    int i = end;
    while (i > sentenceFirst
        && tokens.kind(i - 1) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(i - 1))) {
      i--;
    }
    return i < end ? new TokenRange(i, end) : null;
  }

  /**
   * Whether a conjunction that opens a new clause ("while", "though") stands in tokens {@code
   * [from, to)}.
   */
  private boolean opensClause(int from, int to) {
    for (int k = from; k < to; k++) {
      if (WordList.has(clauseConjunctions, tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /** Most words of an addressee between a reporting cue and its clause ("told reporters that"). */
  private static final int ADDRESSEE_WORDS = 3;

  /**
   * A cue inside the clause another cue reports ("Roe said Lee hoped for “…”", "Roe told reporters
   * that he believes he “…”"): the words are given as the outer speaker's report, so that speaker
   * and cue are set and this says so. Only when the inner cue's subject follows the outer cue, with
   * at most an addressee and "that" between.
   */
  private boolean byOuterReport(
      QuoteDraft draft, TokenRange cue, int bound, CueFinder.Casing casing) {
    int verb = nounPhrases.skipAdverbs(tokens, bound, cue.first());
    TokenRange subject = nounPhrases.plainBefore(tokens, bound, verb);
    if (subject == null || subject.first() <= bound) {
      return false;
    }
    int clause = subject.first();
    boolean that = tokens.lowerEquals(clause - 1, words.thatClause);
    if (that) {
      clause--;
    }
    TokenRange outer = cues.last(bound, clause, casing);
    // the outer cue reports a clause ("said", "told"), not a stance or an idiom ("No wonder")
    if (outer == null
        || !words.speechCues.contains(tokens.lower(outer.first()))
        || layers.lowerCase(outer).endsWith(participleEnding)
        || !wordsOnly(outer.end(), clause, that ? ADDRESSEE_WORDS : 0)) {
      return false;
    }
    QuoteDraft probe = new QuoteDraft(draft.start, draft.end, draft.kind);
    if (!phrases.fillFromCue(probe, outer, bound, outer.end(), false)
        || probe.speaker == null
        || probe.speaker.start() >= tokens.start(outer.first())
        || !(probe.speaker.entityId().isPresent() || startsClause(bound, probe.speaker.start()))) {
      return false; // "Roe at the time said …": "the time" is no subject
    }
    draft.speaker = probe.speaker;
    draft.cue = probe.cue;
    draft.addressee = probe.addressee;
    return true;
  }

  /** Whether character {@code start} opens the sentence from token {@code bound} or a clause. */
  private boolean startsClause(int bound, int start) {
    int k = tokens.firstAtOrAfter(start);
    return k <= bound || tokens.kind(k - 1) != Tokens.WORD;
  }

  /** Whether tokens {@code [from, to)} are at most {@code most} words and nothing else. */
  private boolean wordsOnly(int from, int to, int most) {
    if (to - from > most) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (tokens.kind(k) != Tokens.WORD) {
        return false;
      }
    }
    return true;
  }

  /** The speaker of an earlier cue in the quote's sentences, when {@code cue} has none. */
  private boolean byEarlierCue(
      QuoteDraft draft,
      TokenRange cue,
      int first,
      int quoteFirstToken,
      boolean cueAfter,
      CueFinder.Casing casing) {
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

  /** The last character of a quote's content before any closing marks of quotes inside it. */
  private char closingMark(QuoteMarks.Quoted quoted) {
    int k = quoted.contentEnd() - 1;
    while (k > quoted.open() && QuoteMarks.isMark(text.charAt(k))) {
      k--; // "… ‘What kind of help do you need?’”"
    }
    return text.charAt(Math.max(quoted.open(), k));
  }

  /** Whether a quote ending before token {@code end} closes sentence {@code s}, on one line. */
  private boolean closesSentence(int end, int s) {
    return s + 1 < sentences.size()
        && sentences.endToken(s) == end
        && end < tokens.size()
        && text.substring(tokens.start(end - 1), tokens.start(end)).indexOf('\n') < 0;
  }

  /**
   * A quote after a colon that closes a person's name on its line ("… surprise the pollster Ann
   * Roe: “…”", "Lee: “…” Roe: “…”"): that name speaks, the colon is the cue. {@code sentence} is
   * the quote's own.
   */
  boolean byNameBeforeColon(QuoteDraft draft, QuoteMarks.Quoted quoted, int sentence) {
    int open = tokens.firstAtOrAfter(quoted.open());
    int colon = open - 1;
    if (sentence < 0 || colon < 1 || !tokens.is(colon, ":")) {
      return false;
    }
    if (text.substring(tokens.end(colon), quoted.open()).indexOf('\n') >= 0) {
      return false; // a colon that ends the paragraph before: byIntroduction's
    }
    int[] mention = phrases.mentionEndingAt(tokens.end(colon - 1));
    if (mention == null) {
      return false;
    }
    int before = tokens.firstAtOrAfter(mention[0]) - 1;
    if (before >= 0 && nounPhrases.isStop(tokens.lower(before))) {
      return false; // "a message to Roe: “…”": the name is an object, not a signature
    }
    draft.speaker = phrases.resolve(new TokenRange(tokens.firstAtOrAfter(mention[0]), colon));
    draft.cue = new CharRange(tokens.start(colon), tokens.end(colon));
    return true;
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
