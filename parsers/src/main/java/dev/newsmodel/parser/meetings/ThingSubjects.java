package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Whether a meeting verb's subject is a thing or a body rather than a side: "the plan met with
 * criticism", "the committee met", "it hosted". Such a verb reports no meeting.
 */
final class ThingSubjects {
  private final MeetingWords words;
  private final FrameWords frames;

  ThingSubjects(MeetingWords words, FrameWords frames) {
    this.words = words;
    this.frames = frames;
  }

  /**
   * Whether the subject right before the verb at {@code verb} is a thing or a body, not a side: a
   * noun after a determiner, no preposition before it ("the plan met with criticism", "the show is
   * hosted by", "the committee met"), or "it"; a body with a person named before it meets ("Lord
   * Coe and the council convened").
   */
  boolean thingSubject(Tokens tokens, MentionIndex personAt, int first, int verb) {
    int k = verb - 1;
    while (k >= first
        && tokens.kind(k) == Tokens.WORD
        && WordList.has(frames.subjectSkips, tokens, k)) {
      k--;
    }
    if (k < first || tokens.kind(k) != Tokens.WORD) {
      return false;
    }
    if (tokens.lowerEquals(k, words.itWord)) { // "It hosted" opens a sentence too
      return true;
    }
    if (Character.isUpperCase(tokens.firstChar(k))
        || Sides.inPerson(personAt, tokens.start(k))
        || WordList.has(frames.subjectPronouns, tokens, k)
        || Sides.isSideNoun(words, frames, tokens, k)
        || WordList.has(frames.objectStops, tokens, k)) {
      return false;
    }
    if (WordList.has(frames.bodies, tokens, k)
        && personAt.lastBefore(tokens.start(k)) >= 0
        && personAt.start(personAt.lastBefore(tokens.start(k))) >= tokens.start(first)) {
      return false;
    }
    for (int d = k - 1; d >= Math.max(first, k - 3); d--) {
      if (tokens.kind(d) != Tokens.WORD) {
        return false;
      }
      if (WordList.has(frames.determiners, tokens, d)) {
        return d == first || !WordList.has(frames.objectStops, tokens, d - 1);
      }
    }
    return false;
  }
}
