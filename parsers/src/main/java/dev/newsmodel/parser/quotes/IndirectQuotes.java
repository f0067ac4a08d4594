package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reported speech without marks (indirect quotes): every cue of a sentence that reports a clause
 * ({@link CueClauses}). A sentence may hold several: "X said A, and warned B" and "X said A, but Y
 * said B" end the first content before the second clause. Reported speech may hold a partial quote
 * in marks ("X said the plan was ‘dead’"); a sentence that is mostly a quote in marks is left to
 * {@link MarkedQuotes}.
 */
final class IndirectQuotes {
  /** Fewest words of its own, outside quotation marks, for reported speech around a quote. */
  private static final int OWN_WORDS = 3;

  /**
   * Most cues tried in one sentence: each content may run to the sentence's end, so a run-on
   * "sentence" of a page without stops would cost its length times its cues.
   */
  private static final int MAX_CUES = 16;

  /** Most lower-case words a headline holds ("of", "the", "in"). */
  private static final int MAX_HEADLINE_LOWER = 3;

  private final TextLayers layers;
  private final Tokens tokens;
  private final Sentences sentences;
  private final CueFinder cues;
  private final SpeakerPhrases phrases;
  private final Phrases nounPhrases;
  private final CueClauses clauses;
  private final QuoteWords quoteWords;
  private final IndirectWords words;
  private final SentenceTags sentenceTags;

  IndirectQuotes(
      TextLayers layers,
      CueFinder cues,
      SpeakerPhrases phrases,
      Cues reportingCues,
      Phrases nounPhrases,
      QuoteWords quoteWords,
      IndirectWords words) {
    this.layers = layers;
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.cues = cues;
    this.phrases = phrases;
    this.nounPhrases = nounPhrases;
    this.clauses = new CueClauses(layers, phrases, reportingCues, nounPhrases, quoteWords, words);
    this.quoteWords = quoteWords;
    this.words = words;
    this.sentenceTags = new SentenceTags(layers, words);
  }

  /**
   * The reported speech of every sentence, in text order, given the quotes in marks {@code marked}
   * (in text order): in a sentence that is mostly a statement in marks, only what lies outside it.
   */
  List<QuoteDraft> find(List<QuoteDraft> marked) {
    MarkedSpans spans = new MarkedSpans(layers, marked);
    BitSet closed = spans.mostlyQuoted();
    List<QuoteDraft> drafts = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      boolean statement = closed.get(s);
      for (QuoteDraft draft : inSentence(s)) {
        // Beside a statement in marks, only what lies outside it ("“…,” she said, adding that …")
        // a verb's object may be one word ("endorsed Lee"); a clause needs a few
        if (spans.wordsOutside(draft.start, draft.end) >= (draft.nounObject ? 1 : OWN_WORDS)
            && !(statement && spans.overlaps(draft.start, draft.end))) {
          drafts.add(draft);
        }
      }
    }
    return drafts;
  }

  /** The reported speech of sentence {@code s}, in text order. */
  private List<QuoteDraft> inSentence(int s) {
    int end = sentences.endToken(s);
    CueFinder.Casing casing =
        headline(s) ? CueFinder.Casing.HEADLINE : CueFinder.Casing.RUNNING_TEXT;
    List<QuoteDraft> found = new ArrayList<>(2);
    int forward = -1; // the last content that runs from its cue to the sentence end
    int tried = 0;
    for (TokenRange cue = nextCue(sentences.firstToken(s), end, casing);
        cue != null && tried++ < MAX_CUES;
        cue = nextCue(cue.end(), end, casing)) {
      // a content without a speaker ("when asked why …") has no subject to go on with
      QuoteDraft open =
          forward < 0 || found.get(forward).speaker == null ? null : found.get(forward);
      int join = open == null ? -1 : joinBefore(cue.first(), open, clauses.isParticiple(cue));
      QuoteDraft draft;
      if (join >= 0) {
        // "X said A, and warned B": the same subject reports a second clause
        draft = clauses.continued(s, cue, open.speaker);
      } else if (!found.isEmpty()
          && found.get(found.size() - 1).speaker != null
          && clauses.isParticiple(cue)) {
        // "…, she said, adding that …": the participle goes on from the cue before it
        draft = clauses.continued(s, cue, found.get(found.size() - 1).speaker);
      } else if (coordinated(cue.first())) {
        // "X supported the party for years and said he would vote for it": the subject's verb
        EntityRef subject = phrases.subject(s, cue.first());
        draft = subject == null ? null : clauses.continued(s, cue, subject);
      } else {
        draft = clauses.withCue(s, cue);
        if (draft != null
            && open != null
            && draft.speaker != null
            && draft.speaker.start() > open.start) {
          // "X said A, but Y said B": the second speaker's clause ends the first content
          int speaker = tokens.firstAtOrAfter(draft.speaker.start());
          join = joinBefore(speaker, open, false);
        }
      }
      if (draft == null) {
        continue;
      }
      if (join >= 0) {
        found.set(forward, CueClauses.endingAt(open, tokens.end(join - 1)));
      }
      found.add(draft);
      if (draft.start >= tokens.end(cue.end() - 1)) {
        forward = found.size() - 1;
      }
    }
    if (found.isEmpty()) {
      // "the plan seems to work": no speaker's cue, but a matter reported by unnamed observers
      // the readers of whole sentences read only those that hold one of their words
      int held = sentenceTags.of(s);
      QuoteDraft unnamed = (held & sentenceTags.evidential) != 0 ? clauses.unnamed(s) : null;
      // "…, contrary to her claim that the pier was safe": a noun names the statement
      QuoteDraft named =
          unnamed == null && (held & sentenceTags.nouns) != 0 ? clauses.named(s) : null;
      if (unnamed != null) {
        found.add(unnamed);
      } else if (named != null) {
        found.add(named);
      }
    }
    return found;
  }

  /**
   * Where the clause that opens at token {@code at} is joined to the content of {@code open}: the
   * token of its coordinator or semicolon ("…, and [warned]", "…; [Y said]"), or of the comma
   * before a {@code participle} ("…, [adding]"); -1 when none stands right before it inside that
   * content.
   */
  private int joinBefore(int at, QuoteDraft open, boolean participle) {
    if (participle) {
      // "X said A, adding that B"
      int comma = at - 1;
      return tokens.start(comma) > open.start + 1 && tokens.start(comma) < open.end ? comma : -1;
    }
    int i = at - 1;
    while (i > 0 && tokens.kind(i) == Tokens.WORD && WordList.has(quoteWords.adverbs, tokens, i)) {
      i--; // "and later told", "but also warned"
    }
    boolean joined = i > 0 && (WordList.has(words.coordinators, tokens, i) || tokens.is(i, ";"));
    if (!joined) {
      return -1;
    }
    int join = tokens.is(i - 1, ",") ? i - 1 : i;
    return tokens.start(join) > open.start + 1 && tokens.start(join) < open.end ? join : -1;
  }

  /** Whether a coordinator ("and", "but") stands right before token {@code at}, adverbs apart. */
  private boolean coordinated(int at) {
    int i = at - 1;
    while (i > 0 && tokens.kind(i) == Tokens.WORD && WordList.has(quoteWords.adverbs, tokens, i)) {
      i--;
    }
    return i > 0 && WordList.has(words.coordinators, tokens, i);
  }

  /**
   * Whether sentence {@code s} is a headline: at least four words, nearly all capitalised ("Mayor
   * Says Bridge Will Reopen").
   */
  private boolean headline(int s) {
    int count = 0;
    int capitalised = 0;
    for (int i = sentences.firstToken(s); i < sentences.endToken(s); i++) {
      if (tokens.kind(i) == Tokens.WORD) {
        count++;
        capitalised += Character.isUpperCase(tokens.firstChar(i)) ? 1 : 0;
        if (count - capitalised > MAX_HEADLINE_LOWER) {
          return false; // running text: stop at its first few lower-case words
        }
      }
    }
    return count >= 4 && capitalised * 10 >= count * 8;
  }

  /**
   * The first cue in tokens {@code [from, to)}: a reporting cue or a verb of stance; or null. One
   * pass tries both at each token, so that a stance verb before a cue does not send the cue search
   * over the same tokens again.
   */
  private TokenRange nextCue(int from, int to, CueFinder.Casing casing) {
    for (int i = from; i < to; i++) {
      TokenRange cue = cues.startingAt(i, to, casing);
      if (cue != null) {
        return cue;
      }
      if (stanceVerbAt(i, to)) {
        return new TokenRange(i, i + 1);
      }
      if (topicCueAt(i, to)) {
        return new TokenRange(i, i + 2);
      }
      if (regardVerbAt(i, to)) {
        return new TokenRange(i, i + 1);
      }
    }
    return null;
  }

  /** Most tokens of the phrase between a verb of regard and its "as" ("sees the new toll as"). */
  private static final int REGARD_REACH = 8;

  /**
   * Whether token {@code i} is a verb of regard with a phrase and "as" after it ("see the toll as a
   * tax"), within a few words and before a comma; not right before "as" ("saw as much").
   */
  private boolean regardVerbAt(int i, int to) {
    if (!WordList.has(words.regardVerbs, tokens, i)
        || !Character.isLowerCase(tokens.firstChar(i))
        || i + 2 >= to
        || tokens.is(i + 1, quoteWords.asClause)
        || tokens.kind(i + 1) != Tokens.WORD) {
      return false;
    }
    for (int k = i + 2; k < Math.min(to - 1, i + REGARD_REACH); k++) {
      if (tokens.kind(k) != Tokens.WORD && tokens.kind(k) != Tokens.NUMBER) {
        return false;
      }
      if (tokens.is(k, quoteWords.asClause)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of speech and the preposition of its topic start at token {@code i}. */
  private boolean topicCueAt(int i, int to) {
    return i + 2 < to
        && WordList.has(words.topicVerbs, tokens, i)
        && Character.isLowerCase(tokens.firstChar(i))
        && words.topicCues.contains(tokens.lower(i) + ' ' + tokens.lower(i + 1));
  }

  /**
   * Whether stance verb {@code i} is in the past and word {@code next} may open a noun phrase
   * without a determiner ("cited rising costs", "welcomed criticism"): a past form is no plural
   * noun ("the tax plans include"), and a preposition or adverb after it opens no object.
   */
  private boolean pastBeforeBareNoun(int i, int next) {
    return tokens.lower(i).endsWith(quoteWords.pastEnding)
        && Character.isLowerCase(tokens.firstChar(next))
        && !nounPhrases.isStop(tokens.lower(next))
        && !tokens.lower(next).endsWith(quoteWords.adverbEnding)
        && !WordList.has(quoteWords.adverbs, tokens, next);
  }

  /**
   * Whether token {@code i} is a verb of belief or intent used as one: in lower case, after no
   * determiner or possessive, before what such a verb takes ("wants to", "fears that", "opposes the
   * …").
   */
  private boolean stanceVerbAt(int i, int to) {
    if (!WordList.has(words.stanceVerbs, tokens, i)
        || !Character.isLowerCase(tokens.firstChar(i))
        || i + 1 >= to
        || i == 0) {
      return false;
    }
    if (WordList.has(quoteWords.nounMarkers, tokens, i - 1)
        || quoteWords.endsPossessive(tokens.lower(i - 1))) {
      return false; // "his plans", "the company's hopes"
    }
    int next = i + 1;
    return tokens.kind(next) == Tokens.WORD
        && (WordList.has(words.complementOpeners, tokens, next)
            || Character.isUpperCase(tokens.firstChar(next))
            || pastBeforeBareNoun(i, next));
  }
}
