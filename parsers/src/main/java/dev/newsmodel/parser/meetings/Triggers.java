package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/** The words that report a meeting, and the words that say a contact was not one. */
final class Triggers {
  private Triggers() {}

  /** Verbs of meeting: the subject met the objects. */
  static final Set<String> VERBS =
      WordList.of(
          "met",
          "meet",
          "meets",
          "meeting",
          "hosted",
          "hosts",
          "host",
          "received",
          "receives",
          "visited",
          "visits",
          "visit",
          "greeted",
          "greets",
          "greet",
          "welcomed",
          "welcomes",
          "negotiated",
          "negotiates",
          "huddled",
          "convened",
          "convene",
          "convenes");

  /** Nouns of meeting: the participants are everyone named around them. */
  static final Set<String> NOUNS =
      WordList.of(
          "meeting",
          "meetings",
          "talks",
          "summit",
          "encounter",
          "audience",
          "negotiations",
          "tete-a-tete",
          "sit-down");

  /** Words that make a contact something other than a face-to-face meeting. */
  static final Set<String> NEGATIVES =
      WordList.of(
          "phone",
          "telephone",
          "phoned",
          "call",
          "called",
          "videoconference",
          "video",
          "virtual",
          "virtually",
          "letter",
          "email",
          "emails",
          "message",
          "messages",
          "texted");

  /** Words before a verb that make the meeting a plan. */
  static final Set<String> PLANNED =
      WordList.of(
          "will",
          "would",
          "to",
          "plans",
          "planned",
          "scheduled",
          "expected",
          "set",
          "due",
          "shall",
          "going",
          "hopes",
          "intends",
          "wants",
          "upcoming",
          "planning");

  /** Words that say a meeting was called off. */
  static final Set<String> CANCELLED =
      WordList.of("cancelled", "canceled", "cancel", "cancels", "postponed", "scrapped", "off");

  /** Verbs that need a person as their object to be a meeting: "visited Beijing" is not one. */
  static final Set<String> NEEDS_PERSON_OBJECT =
      WordList.of(
          "sat",
          "sit",
          "sits",
          "sitting",
          "walked",
          "walks",
          "walk",
          "walking",
          "hosted",
          "hosts",
          "host",
          "received",
          "receives",
          "visited",
          "visits",
          "visit",
          "greeted",
          "greets",
          "greet",
          "welcomed",
          "welcomes",
          "negotiated",
          "negotiates");

  /** Words before "meeting" that make it the noun: "the meeting", "a bilateral meeting". */
  private static final Set<String> MEETING_DETERMINERS =
      WordList.of(
          "the",
          "a",
          "their",
          "his",
          "her",
          "this",
          "that",
          "first",
          "closed-door",
          "private",
          "bilateral",
          "brief",
          "face-to-face",
          "rare",
          "second",
          "planned");

  /**
   * Whether token {@code i} opens a phrasal meeting verb that needs a person after it: "sat down
   * with", "walked with".
   */
  static boolean isPhrasal(Tokens tokens, int i) {
    String word = tokens.lower(i);
    int n = tokens.size();
    if (SIT.contains(word)) {
      return i + 2 < n && tokens.is(i + 1, "down") && tokens.is(i + 2, "with");
    }
    return WALK.contains(word) && i + 1 < n && tokens.is(i + 1, "with");
  }

  private static final Set<String> SIT = WordList.of("sat", "sit", "sits", "sitting");

  private static final Set<String> WALK = WordList.of("walked", "walks", "walk", "walking");

  private static final Set<String> HANDSHAKES = WordList.of("shook", "shake", "shakes", "shaking");

  /** Whether token {@code i} is a meeting noun used as one: "the meeting", "their talks". */
  static boolean isNoun(Tokens tokens, int i) {
    String word = tokens.lower(i);
    if (word.equals("hands") && i > 0 && WordList.has(HANDSHAKES, tokens, i - 1)) {
      return true; // "Mao and Nixon shook hands"
    }
    if (!NOUNS.contains(word)) {
      return false;
    }
    if (word.equals("talks")
        && i + 1 < tokens.size()
        && (tokens.is(i + 1, "to")
            || tokens.is(i + 1, "about")
            || tokens.kind(i + 1) == Tokens.WORD && tokens.lower(i + 1).endsWith("ly"))) {
      return false; // "the governor talks to the media", "she talks constantly": a verb
    }
    if (word.equals("audience")) {
      return i + 1 < tokens.size() && tokens.is(i + 1, "with"); // not "past a select audience"
    }
    if (word.equals("meeting") && i > 0) {
      String before = tokens.lower(i - 1);
      return MEETING_DETERMINERS.contains(before);
    }
    return true;
  }

  /** Every word that can open a meeting, verb or noun: one look-up rules out most tokens. */
  static final Set<String> OPENERS =
      WordList.tagged(WordList.of(new String[] {"hands"}, VERBS, NOUNS, SIT, WALK));
}
