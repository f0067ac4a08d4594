package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.model.Section;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.CalendarWords;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quotes stage: quotations in marks (direct and partial) and reported speech without marks
 * (indirect), each attributed to a speaker through a reporting cue in its sentence ("…,” Wang said;
 * X told Y that …; according to X, …), through the heading it stands in ("Name: ‘…’"), or through
 * the quote before it. Quotes nobody says (scare quotes, titles) are left out. Reads the token,
 * sentence and entities layers; writes the quotes layer and adds organizations to the entities.
 * Stateless and thread-safe.
 */
public final class QuoteStage implements Stage {
  /** Fewest words for an unattributed quote in marks to be taken for speech, not a scare quote. */
  private static final int SPEECH_WORDS = 5;

  /** Fewest words for a quote in marks to count as a whole statement. */
  private static final int DIRECT_WORDS = 8;

  private final Language language;

  /** A quotes stage reading the words of {@code language}. */
  public QuoteStage(Language language) {
    this.language = language;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.QUOTES);
  }

  /** Finds the quotes of {@code document}, adding the organizations that speak to its entities. */
  @Override
  public void apply(Document document) {
    new Run(document).run();
  }

  private static final class Run {
    final Document document;
    final String text;
    final Tokens tokens;
    final Sentences sentences;
    final Speakers speakers;
    final QuotedNames names;
    final List<Draft> drafts = new ArrayList<>();
    final java.util.BitSet quotedSentences = new java.util.BitSet();

    Run(Document document) {
      this.document = document;
      this.text = document.text();
      this.tokens = document.tokens();
      this.sentences = document.sentences();
      this.speakers = new Speakers(text, document.entities());
      this.names = new QuotedNames(text, tokens);
    }

    void run() {
      for (QuoteMarks.Quoted quoted : QuoteMarks.find(text)) {
        if (quoted.depth() == 0) {
          marked(quoted);
          capitalCues = false;
        }
      }
      for (int s = 0; s < sentences.size(); s++) {
        if (!quotedSentences.get(s)) {
          indirect(s);
        }
      }
      drafts.sort(Comparator.comparingInt(d -> d.start));
      carryOver();
      drafts.removeIf(d -> d.sectionSpeaker != null && !sectionSpeaker(d));
      List<Quote> quotes = new ArrayList<>();
      for (Draft draft : drafts) {
        Quote.Builder quote =
            Quote.builder()
                .id("q" + (quotes.size() + 1))
                .text(text.substring(draft.start, draft.end))
                .kind(draft.kind)
                .start(draft.start)
                .end(draft.end);
        if (draft.speaker != null) {
          quote.speaker(draft.speaker);
        }
        if (draft.cue != null) {
          quote.cue(Span.of(text.substring(draft.cue[0], draft.cue[1]), draft.cue[0]));
        }
        if (draft.addressee != null) {
          quote.addressee(draft.addressee);
        }
        quotes.add(quote.build());
      }
      document.put(Layer.QUOTES, quotes);
    }

    /** Gives a whole-heading quote the speaker most quoted in its section. */
    private boolean sectionSpeaker(Draft heading) {
      Map<String, Integer> counts = new HashMap<>();
      Map<String, EntityRef> first = new HashMap<>();
      int sectionEnd = heading.sectionSpeaker.end();
      // drafts are sorted by start here: look only at those inside the section
      for (int k = firstDraftAtOrAfter(heading.sectionSpeaker.start()); k < drafts.size(); k++) {
        Draft draft = drafts.get(k);
        if (draft.start > sectionEnd) {
          break;
        }
        if (draft != heading
            && draft.speaker != null
            && draft.speaker.entityId().isPresent()
            && draft.start >= heading.sectionSpeaker.start()
            && draft.end <= heading.sectionSpeaker.end()) {
          String id = draft.speaker.entityId().get();
          counts.merge(id, 1, Integer::sum);
          first.putIfAbsent(id, draft.speaker);
        }
      }
      String best = null;
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        if (best == null || entry.getValue() > counts.get(best)) {
          best = entry.getKey();
        }
      }
      if (best == null) {
        return false;
      }
      heading.speaker = first.get(best);
      return true;
    }

    /** A quote in marks: its kind, and who said it. */
    private void marked(QuoteMarks.Quoted quoted) {
      int start = skipSpace(quoted.contentStart(), quoted.contentEnd());
      int end = trimEnd(start, quoted.contentEnd());
      if (end <= start) {
        return;
      }
      int first = sentenceOf(quoted.open());
      int last = sentenceOf(quoted.close());
      for (int s = first; s <= last && s >= 0; s++) {
        quotedSentences.set(s);
      }
      int label = transcriptLabel(start, end);
      EntityRef labelled = null;
      if (label > 0) {
        int colon = text.indexOf(':', start);
        labelled = speakers.resolve(start, colon);
        start = skipSpace(colon + 1, end);
      }
      Draft draft = new Draft(start, end, kindOf(quoted, start, end, first));
      if (labelled != null) {
        draft.speaker = labelled; // "WALLACE: Let's start with …"
        draft.cue = new int[] {label - 1, label};
        drafts.add(draft);
        return;
      }
      Optional<Section> heading = headingOf(quoted.open());
      if (heading.isPresent()) {
        headingSpeaker(draft, heading.get(), quoted);
        drafts.add(draft);
        return;
      }
      int colon = names.nameColon(quoted.open());
      if (colon > 0) {
        // "Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp"
        int lineStart = text.lastIndexOf('\n', quoted.open()) + 1;
        draft.speaker = speakers.resolve(lineStart, colon);
        draft.cue = new int[] {colon, colon + 1};
        drafts.add(draft);
        return;
      }
      // In a headline every word is capitalised: a title-case quote there is still speech.
      boolean headline = names.headline(quoted);
      capitalCues = headline;
      if (words(start, end) < SPEECH_WORDS
          && !headline
          && (names.named(quoted) || names.subhead(quoted, start, end))) {
        return; // the so-called “green corridor”; CBS’s “Face the Nation”; a quoted subhead
      }
      if (first < 0 || !attribute(draft, quoted, first, last)) {
        if (!signed(draft, quoted) && !introduced(draft, quoted, first)) {
          if (draft.kind != QuoteKind.DIRECT
              && words(start, end) < SPEECH_WORDS
              && ((names.isTitle(start, end) && !headline) || names.inMarkup(quoted))) {
            return; // a title ("Face the Nation") or an attribute value, not speech
          }
          // Quoted words inside a sentence are the words of its subject ("Japan branded North
          // Korea an ‘outlaw nation’") when the sentence has one.
          int quoteFirstToken = tokens.firstAtOrAfter(quoted.open());
          if (first >= 0 && quoteFirstToken > sentences.firstToken(first)) {
            draft.speaker = subject(first, quoteFirstToken);
          }
          // A statement in marks that opens its sentence may continue the speaker of the quote,
          // report or sentence before it; which one is known once all are found.
          draft.floating = draft.speaker == null;
        }
      }
      drafts.add(draft);
    }

    /**
     * Where the colon after a speaker's name in capitals opens a quote ends ("PENCE: Well, …", as
     * in interview transcripts), or -1.
     */
    private int transcriptLabel(int start, int end) {
      if (!QuoteMarks.speakerLabel(text, start)) {
        return -1;
      }
      int colon = text.indexOf(':', start);
      return colon + 1 < end ? colon + 1 : -1;
    }

    /**
     * The subject of a sentence, before token {@code limit}: its first person mention that is not a
     * possessive, else the capitalised words that open it before a lower-case word ("Japan branded
     * …"); null when neither.
     */
    private EntityRef subject(int sentence, int limit) {
      int[] phrase = openingPhrase(sentence, limit);
      if (phrase != null) {
        int from = tokens.start(phrase[0]);
        int to = tokens.end(phrase[1] - 1);
        int[] mention = speakers.firstPersonMention(from, to);
        return mention != null
            ? speakers.resolve(mention[0], mention[1])
            : speakers.resolve(from, to);
      }
      int from = tokens.start(sentences.firstToken(sentence));
      int to = limit < tokens.size() ? tokens.start(limit) : text.length();
      int[] mention = speakers.firstPersonMention(from, to);
      return mention == null ? null : speakers.resolve(mention[0], mention[1]);
    }

    /**
     * The noun phrase that opens a sentence, after an opening adverbial ending in a comma ("In
     * July, Gingrich dismissed …"), when a lower-case word (its verb) follows it: {from, to}
     * tokens, or null.
     */
    private int[] openingPhrase(int sentence, int limit) {
      int i = sentences.firstToken(sentence);
      while (i < limit && tokens.kind(i) == Tokens.PUNCT) {
        i++; // a dash or a bullet before the first word
      }
      int comma = next(",", i, Math.min(limit, i + 8));
      if (comma > i && i < limit && Phrases.isStop(tokens.lower(i))) {
        i = comma + 1; // "In July, …", "On Friday, …"
      }
      if (i >= limit || Phrases.isStop(tokens.lower(i))) {
        return null;
      }
      int[] phrase = Phrases.after(tokens, i, limit);
      if (phrase == null || phrase[1] >= limit) {
        return null;
      }
      int verb = phrase[1];
      if (tokens.is(verb, ",")) {
        // "Dean, a former party chairman, poked at …": skip the insertion
        int close = next(",", verb + 1, Math.min(limit, verb + 25));
        verb = close > verb + 1 && close + 1 < limit ? close + 1 : verb;
      }
      boolean verbNext =
          tokens.kind(verb) == Tokens.WORD && Character.isLowerCase(tokens.firstChar(verb));
      boolean named = false;
      for (int k = phrase[0]; k < phrase[1]; k++) {
        boolean determiner = k == phrase[0] && Phrases.isDeterminer(tokens.lower(k));
        named |= !determiner && Character.isUpperCase(tokens.firstChar(k));
      }
      return verbNext && named ? phrase : null;
    }

    /**
     * A quote that opens a paragraph after one ending in a colon takes its speaker from there: "The
     * New York Times reports:" / "He said:" and then the quote.
     */
    private boolean introduced(Draft draft, QuoteMarks.Quoted quoted, int sentence) {
      int j = quoted.open() - 1;
      while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
        j--;
      }
      if (sentence <= 0 || j < 0 || text.charAt(j) != ':' || j == quoted.open() - 2) {
        return false; // no colon, or one on the same line ("said: “…”" is handled as a cue)
      }
      int intro = sentenceOf(j);
      int first = sentences.firstToken(intro);
      int colon = tokens.firstAtOrAfter(j);
      int[] cue = findCueBackwards(first, colon);
      if (cue != null) {
        return fill(draft, cue, first, colon, false);
      }
      draft.speaker = subject(intro, colon);
      return draft.speaker != null;
    }

    /** A quote signed after a dash at the end of its line: "“…” ― Jane Roe". */
    private boolean signed(Draft draft, QuoteMarks.Quoted quoted) {
      int dash = tokens.firstAtOrAfter(quoted.end());
      if (dash >= tokens.size() || !isDash(tokens.text(dash))) {
        return false;
      }
      int lineEnd = text.indexOf('\n', tokens.end(dash));
      int limit = tokens.firstAtOrAfter(lineEnd < 0 ? text.length() : lineEnd);
      if (text.substring(quoted.end(), tokens.start(dash)).indexOf('\n') >= 0) {
        return false;
      }
      int[] name = Phrases.after(tokens, dash + 1, limit);
      if (name == null || !Character.isUpperCase(tokens.firstChar(name[0]))) {
        return false;
      }
      draft.cue = new int[] {tokens.start(dash), tokens.end(dash)};
      draft.speaker = speakers.resolve(tokens.start(name[0]), tokens.end(name[1] - 1));
      return true;
    }

    private static boolean isDash(String token) {
      return token.equals("―") || token.equals("—") || token.equals("–");
    }

    /** Gives statements in marks without a cue the speaker of the quote or report before them. */
    private void carryOver() {
      for (Draft draft : drafts) {
        if (draft.floating && draft.kind == QuoteKind.DIRECT) {
          Draft previous = previousSpeaking(draft.start);
          EntityRef subject = previousSubject(draft.start, previous);
          if (subject != null) {
            draft.speaker = subject;
          } else if (previous != null) {
            draft.speaker = speakers.nearest(previous.speaker, draft.start);
          }
        }
      }
    }

    /**
     * The person who is the subject of the sentence just before a statement at {@code start}, when
     * that sentence comes after the last quote with a speaker ("Sanders identified … as one of the
     * reasons. “The younger people …”"), in the same or the previous paragraph; else null.
     */
    private EntityRef previousSubject(int start, Draft previous) {
      int sentence = sentenceOf(start) - 1;
      if (sentence < 0) {
        return null;
      }
      int from = sentences.start(sentence);
      if ((previous != null && previous.end > from) || paragraphBreaks(from, start) > 1) {
        return null;
      }
      int limit = sentences.endToken(sentence);
      int[] phrase = openingPhrase(sentence, limit);
      if (phrase == null) {
        return null;
      }
      int[] mention =
          speakers.firstPersonMention(tokens.start(phrase[0]), tokens.end(phrase[1] - 1));
      return mention == null ? null : speakers.resolve(mention[0], mention[1]);
    }

    /** How many blank lines (paragraph breaks) lie in characters {@code [from, to)}. */
    private int paragraphBreaks(int from, int to) {
      int breaks = 0;
      for (int i = text.indexOf("\n\n", from); i >= 0 && i < to; i = text.indexOf("\n\n", i + 2)) {
        breaks++;
      }
      return breaks;
    }

    /** Finds the cue and speaker of a quote in marks within its sentences. */
    private boolean attribute(Draft draft, QuoteMarks.Quoted quoted, int first, int last) {
      int quoteFirstToken = tokens.firstAtOrAfter(quoted.open());
      int quoteEndToken = tokens.firstAtOrAfter(quoted.end());
      int[] after = findCue(quoteEndToken, sentences.endToken(last));
      int[] before = findCueBackwards(sentences.firstToken(first), quoteFirstToken);
      char closing = text.charAt(Math.max(quoted.open(), quoted.contentEnd() - 1));
      if (after == null
          && before == null
          && (closing == '?' || closing == '!')
          && closesSentence(quoteEndToken, last)) {
        // "“Does anybody know?” Graham asked." The splitter ends the sentence at the mark.
        int[] next =
            findCue(quoteEndToken, Math.min(sentences.endToken(last + 1), quoteEndToken + 8));
        if (next != null && next[0] - quoteEndToken <= 5) {
          after = next;
          last++;
        }
      }
      int[] cue;
      boolean cueAfter;
      if (after != null && (after[0] - quoteEndToken <= 3 || before == null)) {
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
      if (fill(draft, cue, bound, end, cueAfter)) {
        return true;
      }
      // A participle ("…, blaming the US’s ‘…’") reports nothing itself: the cue is an earlier one.
      if (!cueAfter && cueText(cue).endsWith("ing")) {
        int[] earlier = findCueBackwards(sentences.firstToken(first), cue[0]);
        if (earlier != null && !cueText(earlier).endsWith("ing")) {
          // "…,” Trump said, adding later, “…”: the subject of the earlier cue speaks.
          Draft probe = new Draft(draft.start, draft.end, draft.kind);
          if (fill(probe, earlier, sentences.firstToken(first), earlier[1], false)) {
            draft.speaker = probe.speaker;
            draft.cue = new int[] {tokens.start(cue[0]), tokens.end(cue[1] - 1)};
            return true;
          }
          cue = earlier;
        }
      }
      // "X went on to call on Y to “…”": the speaker belongs to an earlier cue.
      for (int[] earlier = findCueBackwards(sentences.firstToken(first), cue[0]);
          earlier != null;
          earlier = findCueBackwards(sentences.firstToken(first), earlier[0])) {
        Draft probe = new Draft(draft.start, draft.end, draft.kind);
        if (fill(probe, earlier, sentences.firstToken(first), quoteFirstToken, false)) {
          draft.speaker = probe.speaker;
          draft.cue = new int[] {tokens.start(cue[0]), tokens.end(cue[1] - 1)};
          draft.addressee = addressee(cue);
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

    /** Reported speech without marks: "X said (that) …", "…, X said", "According to X, …". */
    private void indirect(int s) {
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      // Try each cue of the sentence in turn: "Protocol called for …, sources said." has two.
      for (int[] cue = findCue(first, end); cue != null; cue = findCue(cue[1], end)) {
        if (indirectWith(s, cue)) {
          return;
        }
      }
    }

    private boolean indirectWith(int s, int[] cue) {
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      String cueText = cueText(cue);
      boolean afterComma = cue[0] > first + 3 && tokens.is(cue[0] - 1, ",");
      Draft draft;
      if (cueText.equals("according to") && cue[0] == first) {
        int comma = next(",", cue[1], end);
        if (comma < 0) {
          return false;
        }
        draft =
            new Draft(
                tokens.start(comma + 1 < end ? comma + 1 : comma),
                contentEndOf(end),
                QuoteKind.INDIRECT);
        if (!fill(draft, cue, first, comma, true)) {
          return false;
        }
      } else if (cueText.equals("according to")) {
        // "…, according to the poll."
        if (!afterComma) {
          return false;
        }
        draft = new Draft(tokens.start(first), tokens.end(cue[0] - 2), QuoteKind.INDIRECT);
        if (!fill(draft, cue, cue[0], end, true)) {
          return false;
        }
      } else if (!Cues.isSpeech(cueText)) {
        return stance(s, cue);
      } else if (afterComma && Phrases.before(tokens, first, cue[0]) == null) {
        // "…, said one source in the room." The speaker follows the cue.
        draft = new Draft(tokens.start(first), tokens.end(cue[0] - 2), QuoteKind.INDIRECT);
        if (!fill(draft, cue, cue[0] - 1, end, true)) {
          return false;
        }
      } else if (cue[0] > first + 3
          && adjunctOnly(cue[1], end)
          && previous(",", first, cue[0]) > first) {
        // "…, the minister said (on Friday)." The content runs up to the comma before the speaker.
        int comma = previous(",", first, cue[0]);
        draft = new Draft(tokens.start(first), tokens.end(comma - 1), QuoteKind.INDIRECT);
        if (!fill(draft, cue, comma + 1, end, true)) {
          return false;
        }
      } else {
        // "X said (that) …": the speaker stands before the cue, the content after it.
        int from = cue[1];
        if (cueText.startsWith("told") || cueText.startsWith("tell")) {
          int that = nextClauseWord(from, Math.min(end, from + 10));
          if (that < 0) {
            return false;
          }
          from = that;
        }
        if (from < end && tokens.is(from, "that")) {
          from++;
        }
        if (from < end && tokens.is(from, ",")) {
          from++;
        }
        if (end - from < 3) {
          return false;
        }
        draft = new Draft(tokens.start(from), contentEndOf(end), QuoteKind.INDIRECT);
        if (!fill(draft, cue, first, cue[0], false)) {
          return false;
        }
      }
      if (draft.end > draft.start && draft.speaker != null) {
        drafts.add(draft);
        return true;
      }
      return false;
    }

    /**
     * Sets cue, speaker and addressee from a cue at tokens {@code cue}. The speaker stands before a
     * cue that follows a word ("Wang said") and after one that follows punctuation ("said Wang");
     * before a cue that opens the content. {@code [bound, end)} limits the search.
     */
    private boolean fill(Draft draft, int[] cue, int bound, int end, boolean cueAfter) {
      String cueText = cueText(cue);
      int[] speaker = null;
      if (cueText.equals("according to")) {
        speaker = Phrases.after(tokens, cue[1], end);
      } else {
        // The subject before the cue ("Wang said", "Wang then told"), else after it when nothing
        // stands before it ("…,” said Wang; Thus said X). A participle ("blaming") or a passive
        // ("quoted in") never takes the phrase after it.
        int verb = Phrases.skipAdverbs(tokens, bound, cue[0]);
        boolean wordBefore = verb > bound && tokens.kind(verb - 1) == Tokens.WORD;
        // "Jane Roe, a writer for the Post, said"; "Rep. John Mica (R-Fla.) said"
        boolean insertionBefore =
            verb > bound
                && (tokens.is(verb - 1, ",") || tokens.is(verb - 1, ")"))
                && !cueText.endsWith("ing");
        // A bare participle qualifies the noun before it ("tweets targeting …"): no subject.
        boolean bareParticiple = cueText.endsWith("ing") && verb == cue[0];
        if ((wordBefore || !cueAfter) && !bareParticiple) {
          speaker = Phrases.plainBefore(tokens, bound, verb);
        }
        if (speaker == null && insertionBefore) {
          speaker = Phrases.beforeInsertion(tokens, bound, verb);
        }
        boolean inverted =
            verb == bound
                || tokens.kind(verb - 1) != Tokens.WORD
                || Phrases.isInversion(tokens.text(verb - 1));
        boolean participle = cueText.endsWith("ing") || cueText.startsWith("quoted");
        if (speaker == null && inverted && !participle) {
          speaker = Phrases.after(tokens, cue[1], Math.min(end, tokens.size()));
        }
      }
      if (speaker == null) {
        return false;
      }
      draft.cue = new int[] {tokens.start(cue[0]), tokens.end(cue[1] - 1)};
      draft.speaker = speakers.resolve(tokens.start(speaker[0]), tokens.end(speaker[1] - 1));
      if (speaker[0] < cue[0]) {
        draft.addressee = addressee(cue);
      }
      return true;
    }

    private static final java.util.Set<String> BE =
        WordList.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * A cue that reports a stance rather than words ("X called for …", "X urged …", "X agreed to
     * …"): the content is the rest of the sentence, the speaker its subject, the phrase right
     * before the cue.
     */
    private boolean stance(int s, int[] cue) {
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      int verb = Phrases.skipAdverbs(tokens, first, cue[0]);
      if (verb <= first || tokens.kind(verb - 1) != Tokens.WORD || end - cue[1] < 3) {
        return false;
      }
      for (int k = verb; k < cue[0]; k++) {
        if (WordList.has(BE, tokens, k)) {
          return false; // "he is expected to meet …": others' expectation, not his stance
        }
      }
      int[] subject = Phrases.plainBefore(tokens, first, verb);
      if (subject == null) {
        return false;
      }
      int from = tokens.start(subject[0]);
      int to = tokens.end(subject[1] - 1);
      Draft draft = new Draft(tokens.start(cue[1]), contentEndOf(end), QuoteKind.INDIRECT);
      draft.cue = new int[] {tokens.start(cue[0]), tokens.end(cue[1] - 1)};
      draft.speaker = speakers.resolve(from, to);
      if (draft.end <= draft.start) {
        return false;
      }
      drafts.add(draft);
      return true;
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
      return words <= 6 && WordList.has(ADJUNCT_OPENERS, tokens, from);
    }

    private static final java.util.Set<String> ADJUNCT_OPENERS =
        WordList.of(
            new String[] {
              "on",
              "in",
              "at",
              "during",
              "after",
              "before",
              "last",
              "this",
              "yesterday",
              "today",
              "tonight",
              "earlier",
              "later",
              "while",
              "when",
              "as",
              "via",
              "through",
              "by",
              "to",
              "over",
              "recently",
              "privately",
              "publicly",
              "afterward",
              "afterwards",
              "then",
              "again"
            },
            CalendarWords.WEEKDAYS);

    /** Whom a cue such as "told" or "called on" addresses: the phrase right after it. */
    private EntityRef addressee(int[] cue) {
      if (!WordList.has(ADDRESSING, tokens, cue[1] - 1) || cue[1] >= tokens.size()) {
        return null;
      }
      int[] phrase = Phrases.after(tokens, cue[1], Math.min(tokens.size(), cue[1] + 8));
      return phrase == null
          ? null
          : speakers.resolve(tokens.start(phrase[0]), tokens.end(phrase[1] - 1));
    }

    private static final java.util.Set<String> ADDRESSING =
        WordList.of("told", "tell", "tells", "telling", "urged", "asked", "warned", "on");

    /** The speaker of a heading quote: "Wang Yi: ‘…’", or the section's main speaker. */
    private void headingSpeaker(Draft draft, Section section, QuoteMarks.Quoted quoted) {
      int colon = text.lastIndexOf(':', quoted.open());
      if (colon > section.start()) {
        int nameEnd = colon;
        while (nameEnd > section.start() && text.charAt(nameEnd - 1) == ' ') {
          nameEnd--;
        }
        draft.speaker = speakers.resolve(section.start(), nameEnd);
      } else {
        draft.sectionSpeaker = section;
      }
    }

    private int words(int start, int end) {
      int words = 1;
      for (int i = start; i < end; i++) {
        if (text.charAt(i) == ' ') {
          words++;
        }
      }
      return words;
    }

    private QuoteKind kindOf(QuoteMarks.Quoted quoted, int start, int end, int sentence) {
      int words = words(start, end);
      boolean opensSentence =
          sentence >= 0 && tokens.start(sentences.firstToken(sentence)) >= quoted.open();
      boolean capital = Character.isUpperCase(text.charAt(start));
      boolean afterWord =
          quoted.open() > 0
              && Character.isLetterOrDigit(text.charAt(Math.max(0, quoted.open() - 2)));
      if (!capital && afterWord && !opensSentence) {
        return QuoteKind.PARTIAL; // words inside reported speech: "said it was ‘time to go’"
      }
      char last = text.charAt(end - 1);
      boolean statement = capital && (last == '.' || last == '?' || last == '!');
      return words >= DIRECT_WORDS || (capital && words >= 4) || statement
          ? QuoteKind.DIRECT
          : QuoteKind.PARTIAL;
    }

    private Optional<Section> headingOf(int offset) {
      if (headed == null) {
        headed = document.sections().stream().filter(x -> x.heading().isPresent()).toList();
      }
      int low = 0;
      int high = headed.size() - 1;
      while (low <= high) { // the last headed section starting at or before offset
        int mid = (low + high) >>> 1;
        if (headed.get(mid).start() <= offset) {
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      if (high < 0) {
        return Optional.empty();
      }
      Section section = headed.get(high);
      return offset < section.start() + section.heading().get().length()
          ? Optional.of(section)
          : Optional.empty();
    }

    /** Whether capitalised cues count: while a quote in a headline is attributed. */
    private boolean capitalCues;

    /** Sections with a heading, in text order; made on first use. */
    private List<Section> headed;

    /** The index of the first draft starting at or after {@code offset}; drafts sorted by start. */
    private int firstDraftAtOrAfter(int offset) {
      int low = 0;
      int high = drafts.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (drafts.get(mid).start < offset) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    /** The last quote with a speaker before {@code start}, in this or the previous paragraph. */
    private Draft previousSpeaking(int start) {
      for (int k = firstDraftAtOrAfter(start) - 1; k >= 0; k--) {
        Draft draft = drafts.get(k);
        if (start - draft.start > 5000) {
          return null; // far back: not the paragraph before
        }
        if (draft.speaker != null && draft.end <= start) {
          String between = text.substring(draft.end, start);
          int breaks = 0;
          for (int i = between.indexOf("\n\n"); i >= 0; i = between.indexOf("\n\n", i + 2)) {
            breaks++;
          }
          return breaks <= 1 ? draft : null;
        }
      }
      return null;
    }

    /**
     * The length of the cue at token {@code i} within {@code [i, to)}, or 0. Cue searches cover the
     * same tokens many times (each quote, each sentence, each cue tried), so the lexicon is asked
     * once per token.
     */
    private int cueAt(int i, int to) {
      if (capitalCues) {
        return Cues.match(tokens, i, to, true);
      }
      if (cueLengths == null) {
        cueLengths = new byte[tokens.size()];
        java.util.Arrays.fill(cueLengths, (byte) -1);
      }
      int length = cueLengths[i];
      if (length < 0) {
        length = Cues.match(tokens, i, tokens.size());
        cueLengths[i] = (byte) length;
      }
      return i + length <= to ? length : Cues.match(tokens, i, to);
    }

    /** Cue lengths by token, -1 where not yet looked up; made on first use. */
    private byte[] cueLengths;

    /** The first cue in tokens {@code [from, to)}: {start, end} tokens. */
    private int[] findCue(int from, int to) {
      for (int i = from; i < to; i++) {
        int length = cueAt(i, to);
        if (length > 0 && !nounUse(i)) {
          return new int[] {i, i + length};
        }
      }
      return null;
    }

    /** The last cue in tokens {@code [from, to)}. */
    private int[] findCueBackwards(int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        int length = cueAt(i, to);
        if (length > 0 && !nounUse(i)) {
          return new int[] {i, i + length};
        }
      }
      return null;
    }

    /**
     * Whether a cue word at token {@code i} is a noun here: after a determiner or a possessive
     * ("his claims", "Trump’s early-morning tweets").
     */
    private boolean nounUse(int i) {
      if (i == 0) {
        return false;
      }
      if (WordList.has(NOUN_MARKERS, tokens, i - 1) || possessiveEndsAt(i - 1)) {
        return true;
      }
      // "Trump’s early-morning tweets", "a flurry of late-night tweets": a hyphenated modifier
      return i > 2
          && tokens.text(i - 1).indexOf('-') > 0
          && (possessiveEndsAt(i - 2) || WordList.has(NOUN_MARKERS, tokens, i - 2));
    }

    /** Whether token {@code k} is a possessive "’s". */
    private boolean possessiveEndsAt(int k) {
      String word = tokens.lower(k);
      return word.equals("'s") || word.equals("\u2019s");
    }

    private static final java.util.Set<String> NOUN_MARKERS =
        WordList.of(
            "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those",
            "such", "whose", "of");

    private String cueText(int[] cue) {
      return text.substring(tokens.start(cue[0]), tokens.end(cue[1] - 1)).toLowerCase(Locale.ROOT);
    }

    /** The first "that", "how", "why", "what" or "whether" in {@code [from, to)}, or -1. */
    private int nextClauseWord(int from, int to) {
      for (int i = from; i < to; i++) {
        if (tokens.is(i, "that")
            || tokens.is(i, "how")
            || tokens.is(i, "why")
            || tokens.is(i, "what")
            || tokens.is(i, "whether")) {
          return i;
        }
      }
      return -1;
    }

    private int next(String word, int from, int to) {
      for (int i = from; i < to; i++) {
        if (tokens.is(i, word)) {
          return i;
        }
      }
      return -1;
    }

    private int previous(String word, int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        if (tokens.is(i, word)) {
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

    private int sentenceOf(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences.start(mid) <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    private int skipSpace(int from, int to) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      return from;
    }

    private int trimEnd(int from, int to) {
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      return to;
    }
  }

  /** A quote being built. */
  private static final class Draft {
    final int start;
    final int end;
    final QuoteKind kind;
    EntityRef speaker;
    EntityRef addressee;
    int[] cue;
    Section sectionSpeaker;

    /** A statement in marks without a cue of its own. */
    boolean floating;

    Draft(int start, int end, QuoteKind kind) {
      this.start = start;
      this.end = end;
      this.kind = kind;
    }
  }
}
