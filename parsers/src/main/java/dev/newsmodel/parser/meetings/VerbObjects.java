package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * What a meeting verb (or a noun's "with", "of") has as its object: a person, a group or a name
 * met; nothing ("met on Friday"); or a thing that makes the word no meeting ("met the deadline",
 * "hosted a podcast", "visited Oslo", "met reporters").
 */
final class VerbObjects {
  /** How far after a title the name of its person may start: "Secretary of State John Kerry". */
  private static final int TITLE_REACH = 5;

  private static final Sides.Found NONE = new Sides.Found(Sides.Kind.NONE, -1, -1);
  private static final Sides.Found THING = new Sides.Found(Sides.Kind.THING, -1, -1);

  private final MeetingWords words;
  private final FrameWords frames;
  private final Gazetteer gazetteer;

  VerbObjects(MeetingWords words, FrameWords frames, Gazetteer gazetteer) {
    this.words = words;
    this.frames = frames;
    this.gazetteer = gazetteer;
  }

  /**
   * What the meeting verb at {@code verb} has as its object, skipping "with", adverbs and days
   * ("met privately on Friday with"): a side, nothing, or a thing. A place is a thing to a verb of
   * {@code placeIsThing} ("visited Oslo"); a body is a side only with {@code bodies} ("met with the
   * council", not "received a commission").
   */
  Sides.Found object(
      Tokens tokens,
      MentionIndex personAt,
      int verb,
      int end,
      boolean placeIsThing,
      boolean bodies) {
    int i = verb + 1;
    while (i < end && tokens.kind(i) == Tokens.WORD && skippable(tokens, i)) {
      i++;
    }
    int from = i;
    boolean linked = i > verb + 1 && WordList.hasText(words.groupLinks, tokens, i - 1);
    for (; i < end && i < from + 7; i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        if (tokens.kind(i) == Tokens.PUNCT && Frames.isHyphen(tokens, i)) {
          continue;
        }
        return i == from ? NONE : THING;
      }
      if (WordList.has(frames.readerWords, tokens, i)) {
        return THING; // "consult your doctor", "a meeting with our team": the reader, the site
      }
      boolean possessive = WordList.has(frames.possessives, tokens, i);
      if (!possessive && personAt.idAt(tokens.start(i)) != null) {
        return new Sides.Found(Sides.Kind.SIDE, i, i);
      }
      if (Character.isUpperCase(tokens.firstChar(i)) && !(i == from && isArticle(tokens, i))) {
        for (int k = i + 1; k < Math.min(end, i + TITLE_REACH); k++) {
          if (personAt.idAt(tokens.start(k)) != null) {
            return new Sides.Found(
                Sides.Kind.SIDE, k, k); // "Dr. Helen Ward", "Secretary of State John Kerry"
          }
          if (tokens.kind(k) == Tokens.WORD
              && Character.isLowerCase(tokens.firstChar(k))
              && !tokens.is(k, words.ofWord)) {
            break;
          }
        }
        int to = i;
        int person = -1;
        while (to + 1 < end
            && tokens.kind(to + 1) == Tokens.WORD
            && (Character.isUpperCase(tokens.firstChar(to + 1))
                || WordList.has(words.groupNouns, tokens, to + 1)
                || WordList.has(frames.personNouns, tokens, to + 1))) {
          to++;
          if (person < 0 && personAt.idAt(tokens.start(to)) != null) {
            person = to; // "Ambassador Paul Okoro"
          }
        }
        if (person >= 0) {
          return new Sides.Found(Sides.Kind.SIDE, person, person);
        }
        boolean noun = isSideNoun(tokens, to);
        if (!noun && modifies(tokens, to + 1, end)) {
          i = to; // "the Ukrainian military": a name before a noun qualifies it
          continue;
        }
        if (placeIsThing && !noun || gazetteer.hasPlace(tokens.text(i)) && placeIsThing) {
          return THING; // "visited Oslo", "visited Queen of Angels School"
        }
        boolean nameLike =
            i == from
                && !WordList.has(frames.determiners, tokens, i)
                && to - i <= 2
                && (to > i || linked);
        if (!noun && !nameLike) {
          // "received the Hasselblad Award", "meets FDA guidelines": no person's name; a name of
          // two or three words, or one after "with" ("met with Besigye"), stands for one
          return THING;
        }
        return new Sides.Found(Sides.Kind.SIDE, from, to);
      }
      if (WordList.has(frames.press, tokens, i)) {
        return THING;
      }
      if (WordList.has(frames.collectives, tokens, i)
          && i + 1 < end
          && tokens.is(i + 1, words.ofWord)) {
        i++; // "a series of foreign ambassadors"
        continue;
      }
      if (isSideNoun(tokens, i) || bodies && WordList.has(frames.bodies, tokens, i) && i > from) {
        return new Sides.Found(Sides.Kind.SIDE, from, i);
      }
      if (WordList.has(frames.hospitality, tokens, i)
          && i + 1 < end
          && WordList.has(frames.hospitalityLinks, tokens, i + 1)) {
        return object(tokens, personAt, i + 1, end, placeIsThing, bodies); // "hosted a dinner for"
      }
      if (WordList.hasText(words.groupLinks, tokens, i)) {
        return object(tokens, personAt, i - 1, end, placeIsThing, bodies); // "met midweek with"
      }
      if (!possessive && WordList.has(frames.objectPronouns, tokens, i)) {
        return new Sides.Found(Sides.Kind.SIDE, i, i);
      }
      if (WordList.has(frames.objectStops, tokens, i)) {
        return i == from ? NONE : THING;
      }
    }
    return i == from ? NONE : THING;
  }

  /** Whether token {@code i} is a noun of persons: "elders", "premier". */
  boolean isSideNoun(Tokens tokens, int i) {
    return Sides.isSideNoun(words, frames, tokens, i);
  }

  /** Whether token {@code i} is a lower-case word that a name before it qualifies. */
  private boolean modifies(Tokens tokens, int i, int end) {
    return i < end
        && tokens.kind(i) == Tokens.WORD
        && Character.isLowerCase(tokens.firstChar(i))
        && !WordList.has(frames.objectStops, tokens, i)
        && !WordList.has(frames.subjectSkips, tokens, i)
        && !skippable(tokens, i);
  }

  /** "with", adverbs, days and times between a verb and its object. */
  private boolean skippable(Tokens tokens, int i) {
    String lower = tokens.lower(i);
    return WordList.hasText(words.groupLinks, tokens, i)
        || WordList.has(frames.timeWords, tokens, i)
        || lower.endsWith(words.adverbSuffix) && lower.length() > 4
        || words.calendar.weekday(lower) != null
        || words.calendar.months().contains(lower)
        || words.relativeDays.containsKey(lower)
        || lower.equals(words.weekdayPreposition)
            && i + 1 < tokens.size()
            && words.calendar.weekday(tokens.lower(i + 1)) != null;
  }

  private boolean isArticle(Tokens tokens, int i) {
    return tokens.lower(i).equals(words.placeArticle);
  }
}
