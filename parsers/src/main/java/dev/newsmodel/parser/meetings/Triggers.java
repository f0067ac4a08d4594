package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * The words that report a meeting used as such: a phrasal verb ("sat down with") or a noun ("the
 * meeting"). The lists, and the words that say a contact was not one, are in {@link MeetingWords}.
 */
final class Triggers {
  private final MeetingWords words;

  Triggers(MeetingWords words) {
    this.words = words;
  }

  /**
   * Whether token {@code i} opens a phrasal meeting verb that needs a person after it: "sat down
   * with", "walked with".
   */
  boolean isPhrasal(Tokens tokens, int i) {
    String word = tokens.lower(i);
    if (words.sit.contains(word)) {
      return followedBy(tokens, i, words.sitPhrase);
    }
    return words.walk.contains(word) && followedBy(tokens, i, words.walkPhrase);
  }

  /** Whether the tokens after {@code i} are {@code phrase}, as written. */
  private static boolean followedBy(Tokens tokens, int i, String[] phrase) {
    if (i + phrase.length >= tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!tokens.is(i + 1 + k, phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} is a meeting noun used as one: "the meeting", "their talks". */
  boolean isNoun(Tokens tokens, int i) {
    String word = tokens.lower(i);
    if (word.equals(words.handshakeNoun)
        && i > 0
        && WordList.has(words.handshakes, tokens, i - 1)) {
      return true; // "Mao and Nixon shook hands"
    }
    if (!words.nouns.contains(word)) {
      return false;
    }
    if (word.equals(words.verbNoun)
        && i + 1 < tokens.size()
        && (WordList.hasText(words.talksVerbFollowers, tokens, i + 1)
            || tokens.kind(i + 1) == Tokens.WORD
                && tokens.lower(i + 1).endsWith(words.adverbSuffix))) {
      return false; // "the governor talks to the media", "she talks constantly": a verb
    }
    if (word.equals(words.audienceNoun)) {
      // not "past a select audience"
      return i + 1 < tokens.size() && tokens.is(i + 1, words.audienceWith);
    }
    if (word.equals(words.determinedNoun) && i > 0) {
      // "the meeting", "their emergency meeting", "a closed door meeting"
      // names and hyphens before it do not count: "the All-India Congress committee meeting"
      int common = 0;
      for (int k = i - 1; k >= 0 && common < 3; k--) {
        if (tokens.kind(k) != Tokens.WORD) {
          if (tokens.end(k) - tokens.start(k) == 1 && tokens.firstChar(k) == '-') {
            continue;
          }
          return false;
        }
        if (words.meetingDeterminers.contains(tokens.lower(k))) {
          return true;
        }
        if (WordList.has(words.auxiliaries, tokens, k)) {
          return false; // "the leaders were meeting": a verb
        }
        common += Character.isUpperCase(tokens.firstChar(k)) ? 0 : 1;
      }
      return false;
    }
    return true;
  }

  /** The first token of {@code [first, end)} that can open a meeting, or -1. */
  int firstOpener(Tokens tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.openers, tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a word of a call or a letter stands in tokens {@code [first, end)}: the contact was no
   * meeting ("met virtually", "a phone call").
   */
  boolean hasNegative(Tokens tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.negatives, tokens, i)) {
        if (words.calls.contains(tokens.lower(i))
            && !(i > first && tokens.is(i - 1, words.callQualifier))) {
          // "called on X to" is no phone call; "a phone call" is caught by "phone", "a conference
          // call" here.
          continue;
        }
        return true;
      }
    }
    return false;
  }
}
