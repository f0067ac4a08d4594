package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.MeetingStatus;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * The status of a meeting from the words of its sentence: cancelled ("called off", "postponed"),
 * planned ("will meet", "a meeting is scheduled for"), else held.
 */
final class Statuses {
  private final MeetingWords words;

  Statuses(MeetingWords words) {
    this.words = words;
  }

  /**
   * The status of the meeting word at {@code trigger} ({@code noun} for a noun) in the sentence of
   * tokens {@code [first, end)}.
   */
  MeetingStatus of(Tokens tokens, int first, int end, int trigger, boolean noun) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.cancelled, tokens, i)) {
        if (!tokens.lower(i).equals(words.callOffParticle)
            || (i > 0 && tokens.lower(i - 1).startsWith(words.callOffVerb))) {
          return MeetingStatus.CANCELLED;
        }
      }
    }
    for (int i = Math.max(first, trigger - 4); i < trigger; i++) {
      if (tokens.kind(i) == Tokens.WORD
          && WordList.has(words.planned, tokens, i)
          && !(noun && tokens.is(i, words.toWord))) {
        return MeetingStatus.PLANNED; // "will meet", "a planned meeting"; not "return to talks"
      }
    }
    if (noun
        && Frames.anyIn(tokens, trigger + 1, Math.min(end, trigger + 12), words.plannedAfter)) {
      return MeetingStatus.PLANNED; // "a meeting between … is scheduled for Tuesday"
    }
    return MeetingStatus.HELD;
  }
}
