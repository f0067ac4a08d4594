package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/**
 * Whether a meeting word reports a meeting as a fact: not negated, refused, hoped for or offered on
 * a condition; not a routine, a game, a greeting of a crowd or an imperative to the reader; and,
 * for a noun, one that takes place rather than talks named as background ("a climate for talks"), a
 * speech to a meeting or a modifier ("the meeting room").
 */
final class Frames {
  /** How far before a meeting word its negation or hope may stand: "refused to meet with". */
  private static final int WINDOW = 5;

  /** How far before a meeting noun a word of time or holding may stand: "after a four-hour". */
  private static final int ANCHOR_WINDOW = 7;

  private final FrameWords words;
  private final String pastSuffix;

  Frames(FrameWords words, String pastSuffix) {
    this.words = words;
    this.pastSuffix = pastSuffix;
  }

  /** Whether the meeting word at {@code trigger} in {@code [first, end)} is not a fact. */
  boolean notFact(Tokens tokens, int first, int end, int trigger) {
    if (before(tokens, first, trigger, words.negators) >= 0) {
      return true;
    }
    int hope = before(tokens, first, trigger, words.hopes);
    if (hope >= 0 && !anyIn(tokens, hope + 1, trigger, words.definites)) {
      return true; // "hopes to meet", "asked for a meeting"; not "hoped the meeting would ease"
    }
    if (before(tokens, first, trigger, words.modals) >= 0
        && anyIn(tokens, trigger, end, words.conditions)) {
      return true; // "would meet the envoy if the shelling stopped"
    }
    if (WordList.has(words.presentVerbs, tokens, trigger)
        && anyIn(tokens, first, end, words.routines)) {
      return true; // "we meet every Monday"
    }
    if (trigger == first && WordList.has(words.imperatives, tokens, trigger)) {
      return true; // "Meet the team", "Visit our website"
    }
    int reader = before(tokens, first, trigger, words.readerWords);
    if (reader >= 0) {
      return true; // "you can receive", "your meetings": the reader of a web page
    }
    return false;
  }

  /** Whether a sentence speaks of a game: "the two teams meet in the final". */
  boolean game(Tokens tokens, int first, int end) {
    return anyIn(tokens, first, end, words.games);
  }

  /**
   * Whether a greeting or handshake meets a crowd or a public event: "greeted supporters at a
   * rally".
   */
  boolean crowd(Tokens tokens, int first, int end, int trigger) {
    return WordList.has(words.greetings, tokens, trigger)
        && (anyIn(tokens, first, end, words.events) || anyIn(tokens, trigger, end, words.press));
  }

  /**
   * Whether the meeting noun at {@code noun} is no meeting of its own: a modifier ("meeting
   * notes"), the meeting of a body right before it ("a city council meeting"), or a meeting a
   * speech was given to ("told a meeting of").
   */
  boolean notOwnMeeting(Tokens tokens, MentionIndex personAt, int first, int noun, int persons) {
    if (noun + 1 < tokens.size()
        && tokens.kind(noun + 1) == Tokens.WORD
        && WordList.has(words.compoundHeads, tokens, noun + 1)) {
      return true;
    }
    if (noun > first
        && persons < 2
        && tokens.kind(noun - 1) == Tokens.WORD
        && WordList.has(words.bodies, tokens, noun - 1)) {
      return true; // but "Obama and Gates during a cabinet meeting" meet there
    }
    int speech = before(tokens, first, noun, words.speech);
    return speech >= 0
        && before(tokens, first, noun, words.temporal) < speech
        && !named(personAt, tokens, speech, noun); // "told Biden in a meeting": a talk at one
  }

  /** Whether a person is named between tokens {@code from} and {@code to}. */
  private boolean named(MentionIndex personAt, Tokens tokens, int from, int to) {
    for (int k = personAt.firstFrom(tokens.end(from));
        k < personAt.size() && personAt.start(k) < tokens.start(to);
        k++) {
      int token = tokens.firstAtOrAfter(personAt.start(k));
      if (!WordList.has(words.possessives, tokens, token)) {
        return true; // a name, not "presented her findings at a meeting"
      }
    }
    return false;
  }

  /**
   * The word that anchors the meeting noun at {@code noun}, or -1: a word of holding or a
   * preposition of time before it ("held talks", "after the meeting"), a verb of holding only with
   * no other verb between ("had talks", not "was supposed to have blessed the talks").
   */
  int anchor(Tokens tokens, int first, int noun, int persons) {
    int anchor = before(tokens, first, noun, words.anchors, ANCHOR_WINDOW);
    if (anchor < 0 && persons > 1) {
      // "told Brandt in a private meeting": two persons named where a meeting takes place
      anchor = before(tokens, first, noun, words.placePrepositions, ANCHOR_WINDOW);
    }
    if (anchor < 0 || WordList.has(words.temporal, tokens, anchor)) {
      return anchor;
    }
    for (int k = anchor + 1; k < noun; k++) {
      String lower = tokens.lower(k);
      if (tokens.kind(k) == Tokens.WORD && lower.length() > 4 && lower.endsWith(pastSuffix)) {
        return -1;
      }
    }
    return anchor;
  }

  /**
   * Whether the verb at {@code verb}, one that is a noun too, stands as a noun: "Fox host Bill
   * Reed", "a visit". A verb follows an auxiliary, "to", "and", a subject pronoun or a name.
   */
  boolean nounNotVerb(Tokens tokens, MentionIndex personAt, int first, int verb) {
    if (!WordList.has(words.nounVerbs, tokens, verb) || verb == first) {
      return false;
    }
    int k = verb - 1;
    if (tokens.kind(k) != Tokens.WORD) {
      return true;
    }
    if (WordList.has(words.verbContexts, tokens, k)
        || WordList.has(words.subjectPronouns, tokens, k)) {
      return false;
    }
    int mention = personAt.lastBefore(tokens.start(verb));
    return !(mention >= 0 && personAt.end(mention) >= tokens.end(k));
  }

  /**
   * The last token of {@code list} among the {@link #WINDOW} tokens before {@code at}, no comma or
   * quotation mark between, or -1.
   */
  static int before(Tokens tokens, int first, int at, Set<String> list) {
    return before(tokens, first, at, list, WINDOW);
  }

  /**
   * The last token of {@code list} among the {@code window} words before {@code at}, no comma,
   * colon or quotation mark between (a hyphen is passed over: "a two-hour meeting"), or -1.
   */
  static int before(Tokens tokens, int first, int at, Set<String> list, int window) {
    int words = 0;
    for (int k = at - 1; k >= first && words < window; k--) {
      if (tokens.kind(k) != Tokens.WORD) {
        if (tokens.kind(k) == Tokens.PUNCT && isHyphen(tokens, k) || isApostrophe(tokens, k)) {
          continue; // "a two-hour meeting", "you'll receive"
        }
        return -1;
      }
      words++;
      if (WordList.has(list, tokens, k)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isApostrophe(Tokens tokens, int k) {
    char c = tokens.firstChar(k);
    return tokens.end(k) - tokens.start(k) == 1 && (c == '\'' || c == '\u2019');
  }

  static boolean isHyphen(Tokens tokens, int k) {
    return tokens.end(k) - tokens.start(k) == 1 && tokens.firstChar(k) == '-';
  }

  static boolean anyIn(Tokens tokens, int from, int end, Set<String> list) {
    for (int k = from; k < end; k++) {
      if (tokens.kind(k) == Tokens.WORD && WordList.has(list, tokens, k)) {
        return true;
      }
    }
    return false;
  }
}
