package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Speakers carried over to quotes whose own words name none, once all quotes of a document are
 * found: a statement in marks without a cue continues the subject of the sentence before it or the
 * speaker of the quote before it ("Sanders said … “The younger people …”"), and a quote that is a
 * whole heading takes the speaker most quoted in its section. Works on the drafts sorted by start,
 * and changes them in place.
 */
final class SpeakerCarryOver {
  private final String text;
  private final Tokens tokens;
  private final Sentences sentences;
  private final TextLayers layers;
  private final Speakers speakers;
  private final SpeakerPhrases phrases;
  private final List<QuoteDraft> drafts;

  /** Works on {@code drafts}, which must be sorted by start. */
  SpeakerCarryOver(
      TextLayers layers, Speakers speakers, SpeakerPhrases phrases, List<QuoteDraft> drafts) {
    this.text = layers.text();
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.layers = layers;
    this.speakers = speakers;
    this.phrases = phrases;
    this.drafts = drafts;
  }

  /** Gives statements in marks without a cue the speaker of the quote or report before them. */
  void carryOver() {
    for (QuoteDraft draft : drafts) {
      if (draft.floating && draft.kind == QuoteKind.DIRECT) {
        QuoteDraft previous = previousSpeaking(draft.start);
        EntityRef subject = previousSubject(draft, previous);
        if (subject != null) {
          draft.speaker = subject;
        } else if (previous != null) {
          draft.speaker = previous.speaker;
          if (draft.cue == null && sameLine(previous.end, draft.start)) {
            // "“A,” Roe said. “B.”": one statement split by its cue, which reports both parts
            draft.cue = previous.cue;
          }
        }
      }
    }
  }

  /**
   * Gives each whole-heading quote the speaker most quoted in its section, and drops those whose
   * section quotes nobody.
   */
  void giveSectionSpeakers() {
    drafts.removeIf(d -> d.sectionSpeaker != null && !sectionSpeaker(d));
  }

  /** Gives a whole-heading quote the speaker most quoted in its section. */
  private boolean sectionSpeaker(QuoteDraft heading) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, EntityRef> first = new HashMap<>();
    int sectionEnd = heading.sectionSpeaker.end();
    // drafts are sorted by start here: look only at those inside the section
    for (int k = firstDraftAtOrAfter(heading.sectionSpeaker.start()); k < drafts.size(); k++) {
      QuoteDraft draft = drafts.get(k);
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

  /** The index of the first draft starting at or after {@code offset}. */
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
  private QuoteDraft previousSpeaking(int start) {
    for (int k = firstDraftAtOrAfter(start) - 1; k >= 0; k--) {
      QuoteDraft draft = drafts.get(k);
      if (start - draft.start > 5000) {
        return null; // far back: not the paragraph before
      }
      // a verb's object ("has backed the mayor") is no statement the next one goes on from
      if (draft.speaker != null && !draft.nounObject && draft.end <= start) {
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
   * The person who is the subject of the sentence just before a statement at {@code start}, when
   * that sentence comes after the last quote with a speaker ("Sanders identified … as one of the
   * reasons. “The younger people …”"), in the same or the previous paragraph; else null.
   */
  private EntityRef previousSubject(QuoteDraft draft, QuoteDraft previous) {
    int start = draft.start;
    int sentence = layers.sentenceOf(start) - 1;
    if (sentence < 0) {
      return null;
    }
    int from = sentences.start(sentence);
    if ((previous != null && previous.end > from) || paragraphBreaks(from, start) > 1) {
      return null;
    }
    int limit = sentences.endToken(sentence);
    TokenRange phrase = phrases.openingPhrase(sentence, limit);
    if (phrase == null) {
      return null;
    }
    EntityRef person = phrases.firstPerson(phrase.chars(tokens));
    if (person != null && draft.cue == null) {
      draft.cue = phrases.verbAfter(phrase, limit); // "Roe identified … as a reason. “…”"
    }
    return person;
  }

  /** Whether characters {@code [from, to)} hold no line break: the same paragraph. */
  private boolean sameLine(int from, int to) {
    return from <= to && text.indexOf('\n', from) < 0 | text.indexOf('\n', from) >= to;
  }

  /** How many blank lines (paragraph breaks) lie in characters {@code [from, to)}. */
  private int paragraphBreaks(int from, int to) {
    int breaks = 0;
    for (int i = text.indexOf("\n\n", from); i >= 0 && i < to; i = text.indexOf("\n\n", i + 2)) {
      breaks++;
    }
    return breaks;
  }
}
