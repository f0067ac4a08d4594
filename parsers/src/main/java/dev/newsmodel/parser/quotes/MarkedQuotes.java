package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.model.Section;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Quotes in marks, direct and partial, each with its kind and, where the text gives one, its
 * speaker: from a transcript label ("WALLACE: …"), the heading it stands in, a name and colon
 * opening its line, or the words around it ({@link MarkedQuoteAttribution}). Quoted names and
 * titles ("Face the Nation") are left out; a statement that finds no speaker is marked floating,
 * for {@link SpeakerCarryOver} to give it the speaker before it.
 */
final class MarkedQuotes {
  /** Fewest words for an unattributed quote in marks to be taken for speech, not a scare quote. */
  private static final int SPEECH_WORDS = 5;

  /** Most words of a title of a work in marks ("The Long Crossing"). */
  private static final int TITLE_WORDS = 12;

  /** Where the last quote taken for a title closes, for a list of titles; -1 before any. */
  private int lastTitleEnd = -1;

  /** Fewest words for a quote in marks to count as a whole statement. */
  private static final int DIRECT_WORDS = 8;

  private final TextLayers layers;
  private final String text;
  private final Tokens tokens;
  private final Sentences sentences;
  private final Speakers speakers;
  private final QuotedNames names;
  private final HeadedSections headings;
  private final MarkedQuoteAttribution attribution;
  private final SpeakerPhrases phrases;

  MarkedQuotes(
      TextLayers layers,
      Speakers speakers,
      List<Section> sections,
      CueFinder cues,
      SpeakerPhrases phrases,
      Phrases nounPhrases,
      QuoteWords words) {
    this.layers = layers;
    this.text = layers.text();
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.speakers = speakers;
    this.names = new QuotedNames(text, tokens, words);
    this.headings = new HeadedSections(sections);
    this.attribution = new MarkedQuoteAttribution(layers, cues, phrases, nounPhrases, words);
    this.phrases = phrases;
  }

  /**
   * The quotes in marks that are not inside another, in text order; sets in {@code quotedSentences}
   * every sentence such a quote stands in, speech or not.
   */
  List<QuoteDraft> find(BitSet quotedSentences) {
    List<QuoteDraft> drafts = new ArrayList<>();
    for (QuoteMarks.Quoted quoted : QuoteMarks.find(text)) {
      if (quoted.depth() == 0) {
        QuoteDraft draft = draft(quoted, quotedSentences);
        if (draft != null) {
          drafts.add(draft);
        }
      }
    }
    return drafts;
  }

  /** A quote in marks: its kind, and who said it; null when it is empty or no speech. */
  private QuoteDraft draft(QuoteMarks.Quoted quoted, BitSet quotedSentences) {
    int start = skipSpace(quoted.contentStart(), quoted.contentEnd());
    int end = trimEnd(start, quoted.contentEnd());
    if (end <= start) {
      return null;
    }
    int first = layers.sentenceOf(quoted.open());
    int last = layers.sentenceOf(quoted.close());
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
    int words = words(start, end);
    QuoteDraft draft = new QuoteDraft(start, end, kindOf(quoted, start, end, words, first));
    if (labelled != null) {
      draft.speaker = labelled; // "WALLACE: Let's start with …"
      draft.cue = new CharRange(label - 1, label);
      return draft;
    }
    Optional<Section> heading = headings.headingAt(quoted.open());
    if (heading.isPresent()) {
      headingSpeaker(draft, heading.get(), quoted);
      return draft;
    }
    int colon = names.nameColon(quoted.open());
    if (colon > 0) {
      // "Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp"
      int lineStart = text.lastIndexOf('\n', quoted.open()) + 1;
      draft.speaker = speakers.resolve(lineStart, colon);
      draft.cue = new CharRange(colon, colon + 1);
      return draft;
    }
    // In a headline every word is capitalised: a title-case quote there is still speech.
    boolean headline = names.headline(quoted);
    CueFinder.Casing casing = headline ? CueFinder.Casing.HEADLINE : CueFinder.Casing.RUNNING_TEXT;
    if (!headline
        && ((words < SPEECH_WORDS && names.subhead(quoted, start, end))
            || (words <= TITLE_WORDS && names.named(quoted))
            || (words <= TITLE_WORDS && names.listedAfter(lastTitleEnd, quoted, start, end)))) {
      // the so-called “green corridor”; a role on “Two Days and a Night”; films including
      // “Harbour Lights,” “Night Ferry” and “Low Tide”; a quoted subhead
      lastTitleEnd = quoted.end();
      return null;
    }
    if (first < 0 || !attribution.byCue(draft, quoted, first, last, casing)) {
      if (!attribution.bySignature(draft, quoted)
          && !attribution.byIntroduction(draft, quoted, first, casing)
          && !attribution.byNameBeforeColon(draft, quoted, first)) {
        boolean inSentence =
            first >= 0 && tokens.start(sentences.firstToken(first)) < quoted.open();
        boolean title = names.isTitle(start, end) && !headline;
        if ((draft.kind != QuoteKind.DIRECT && words < SPEECH_WORDS && title)
            || (inSentence && words <= TITLE_WORDS && title && !names.asks(end))
            || names.inMarkup(quoted)) {
          // a title ("Face the Nation"), an unattributed name in title case inside a sentence
          // (the “Harbour Lights Series”), or an attribute value: no speech
          lastTitleEnd = title ? quoted.end() : lastTitleEnd;
          return null;
        }
        // Quoted words inside a sentence are the words of its subject ("Japan branded North
        // Korea an ‘outlaw nation’") when the sentence has one.
        int quoteFirstToken = tokens.firstAtOrAfter(quoted.open());
        boolean linking = false;
        if (first >= 0 && quoteFirstToken > sentences.firstToken(first)) {
          EntityRef relative = phrases.relatives().ofClause(first, quoteFirstToken);
          TokenRange opening = phrases.openingPhrase(first, quoteFirstToken);
          draft.speaker =
              relative != null ? relative : phrases.subject(opening, first, quoteFirstToken);
          linking =
              relative == null
                  && draft.speaker != null
                  && phrases.linksOnly(opening, quoteFirstToken);
          if (linking) {
            draft.speaker = null; // "SBOMs are “a list of ingredients”": no one's words
          } else if (draft.speaker != null) {
            // "branded"
            draft.cue = opening == null ? null : phrases.verbAfter(opening, quoteFirstToken);
          }
        }
        // A statement in marks that opens its sentence may continue the speaker of the quote,
        // report or sentence before it; which one is known once all are found.
        draft.floating = draft.speaker == null && !linking;
      }
    }
    return draft;
  }

  /**
   * Where the colon after a speaker's name in capitals opens a quote ends ("PENCE: Well, …", as in
   * interview transcripts), or -1.
   */
  private int transcriptLabel(int start, int end) {
    if (!QuoteMarks.speakerLabel(text, start)) {
      return -1;
    }
    int colon = text.indexOf(':', start);
    return colon + 1 < end ? colon + 1 : -1;
  }

  /** The speaker of a heading quote: "Ana Roe: ‘…’", or the section's main speaker. */
  private void headingSpeaker(QuoteDraft draft, Section section, QuoteMarks.Quoted quoted) {
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

  /**
   * Whether a quote of {@code words} words is a whole statement (direct) or words inside reported
   * speech (partial).
   */
  private QuoteKind kindOf(QuoteMarks.Quoted quoted, int start, int end, int words, int sentence) {
    boolean opensSentence =
        sentence >= 0 && tokens.start(sentences.firstToken(sentence)) >= quoted.open();
    boolean capital = Character.isUpperCase(text.charAt(start));
    boolean afterWord =
        quoted.open() > 0 && Character.isLetterOrDigit(text.charAt(Math.max(0, quoted.open() - 2)));
    if (!capital && afterWord && !opensSentence) {
      return QuoteKind.PARTIAL; // words inside reported speech: "said it was ‘time to go’"
    }
    char last = text.charAt(end - 1);
    boolean statement = capital && (last == '.' || last == '?' || last == '!');
    // "“No,” Roe said.": a capitalised quote that opens its sentence and closes its clause with a
    // comma before the attribution is a whole statement, however short.
    boolean clause = capital && opensSentence && last == ',';
    return words >= DIRECT_WORDS || (capital && words >= 4) || statement || clause
        ? QuoteKind.DIRECT
        : QuoteKind.PARTIAL;
  }

  /** The number of words in characters {@code [start, end)}: one more than its spaces. */
  private int words(int start, int end) {
    int words = 1;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
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
