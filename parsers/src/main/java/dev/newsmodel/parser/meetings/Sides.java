package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sides a meeting can have, found in one place: the persons named (the persons stage), the
 * countries and governments named as sides ("Peru and Chile resumed talks"; the gazetteer), and
 * what stands as the object of a meeting verb (a person, a group, a name, or a thing that makes the
 * verb no meeting: "met the deadline", "hosted a podcast"). A recognizer of organizations and
 * places can take the gazetteer's place here.
 */
final class Sides {
  /**
   * A side named at {@code start}: a person ({@code id}), or a country to register ({@code name}).
   */
  record Side(int start, String id, String name) {}

  /** What a meeting verb has after it. */
  enum Kind {
    /** A person, a group or a name: "met Silva", "met tribal elders". */
    SIDE,
    /** Nothing: "met on Friday", "met in Oslo". */
    NONE,
    /** A thing, the press or a place visited: "met the deadline", "met reporters". */
    THING
  }

  /** The object of a verb: its kind and, for a side, its tokens {@code [from, to]}. */
  record Found(Kind kind, int from, int to) {}

  /** How far after a title the name of its person may start: "Secretary of State John Kerry". */
  private static final int TITLE_REACH = 5;

  private static final Found NONE = new Found(Kind.NONE, -1, -1);
  private static final Found THING = new Found(Kind.THING, -1, -1);

  private final MeetingWords words;
  private final FrameWords frames;
  private final Gazetteer gazetteer;

  Sides(MeetingWords words, FrameWords frames, Gazetteer gazetteer) {
    this.words = words;
    this.frames = frames;
    this.gazetteer = gazetteer;
  }

  /** The persons and countries named in tokens {@code [first, end)}, in text order. */
  List<Side> named(String text, Tokens tokens, MentionIndex personAt, int first, int end) {
    List<Side> found = new ArrayList<>();
    boolean located = false; // "from Ghana and Togo": the second is a location too
    int from = tokens.start(first);
    int to = tokens.end(end - 1);
    int k = personAt.firstFrom(from);
    for (int i = first; i < end; i++) {
      int offset = tokens.start(i);
      while (k < personAt.size() && personAt.start(k) < offset) {
        k++;
      }
      if (k < personAt.size() && personAt.start(k) == offset && offset < to) {
        found.add(new Side(offset, personAt.id(k), null));
        continue;
      }
      int places = country(tokens, personAt, first, end, i);
      if (places < 0) {
        located = true;
        i += -places - 1;
        continue;
      }
      if (places == 0) {
        // "from Norway and the four partner states - Chile, Peru": where the group comes from,
        // up to the meeting word
        located &= !WordList.has(words.openers, tokens, i);
        continue;
      }
      if (located) {
        i += places - 1; // "from Ghana and Togo"
        continue;
      }
      {
        found.add(new Side(offset, null, text.substring(offset, tokens.end(i + places - 1))));
        i += places - 1;
      }
    }
    return found;
  }

  /**
   * The number of tokens of the country named as a side at {@code i} (one or two), minus that
   * number for a place named as a location, or 0: a known place, capitalised, inside no person's
   * name, not after a word of location ("in Oslo") and not qualifying a name or noun after it
   * ("Kenya Airways", "Iran's envoy").
   */
  private int country(Tokens tokens, MentionIndex personAt, int first, int end, int i) {
    if (tokens.kind(i) != Tokens.WORD || !Character.isUpperCase(tokens.firstChar(i))) {
      return 0;
    }
    int length;
    if (i + 1 < end && gazetteer.hasPlace(tokens.text(i), tokens.text(i + 1))) {
      length = 2;
    } else if (gazetteer.hasPlace(tokens.text(i))) {
      length = 1;
    } else {
      return 0;
    }
    if (inPerson(personAt, tokens.start(i))) {
      return 0;
    }
    if (i > first && WordList.has(frames.locationWords, tokens, i - 1)
        || i > first + 1
            && tokens.kind(i - 1) == Tokens.PUNCT
            && gazetteer.hasPlace(tokens.text(i - 2))
            && !(i + length < end && tokens.is(i + length, words.andWord))) {
      return -length; // "in Oslo", "Warsaw, Poland": where, not who
    }
    int after = i + length;
    if (after < end && WordList.has(words.nouns, tokens, after)
        || after + 1 < end
            && WordList.has(words.nouns, tokens, after + 1)
            && Character.isLowerCase(tokens.firstChar(after))
            && !WordList.has(words.verbs, tokens, after)
            && !WordList.has(frames.anchors, tokens, after)
            && !WordList.has(frames.subjectSkips, tokens, after)) {
      return -length; // "the Geneva peace talks", "the Brussels summit": where
    }
    if (after < end
        && (tokens.kind(after) != Tokens.WORD
            ? tokens.text(after).startsWith("'") || tokens.text(after).startsWith("\u2019")
            : Character.isUpperCase(tokens.firstChar(after))
                || tokens.text(after).startsWith("'")
                || WordList.has(words.groupNouns, tokens, after)
                || WordList.has(frames.personNouns, tokens, after))) {
      return 0;
    }
    return length;
  }

  private static boolean inPerson(MentionIndex personAt, int offset) {
    int k = personAt.lastBefore(offset + 1);
    return k >= 0 && personAt.end(k) > offset;
  }

  /**
   * What the meeting verb at {@code verb} has as its object, skipping "with", adverbs and days
   * ("met privately on Friday with"): a side, nothing, or a thing. A place is a thing to a verb of
   * {@code placeIsThing} ("visited Oslo"); a body is a side only with {@code bodies} ("met with the
   * council", not "received a commission").
   */
  Found object(
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
        return new Found(Kind.SIDE, i, i);
      }
      if (Character.isUpperCase(tokens.firstChar(i)) && !(i == from && isArticle(tokens, i))) {
        for (int k = i + 1; k < Math.min(end, i + TITLE_REACH); k++) {
          if (personAt.idAt(tokens.start(k)) != null) {
            return new Found(Kind.SIDE, k, k); // "Dr. Helen Ward", "Secretary of State John Kerry"
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
          return new Found(Kind.SIDE, person, person);
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
        return new Found(Kind.SIDE, from, to);
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
        return new Found(Kind.SIDE, from, i);
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
        return new Found(Kind.SIDE, i, i);
      }
      if (WordList.has(frames.objectStops, tokens, i)) {
        return i == from ? NONE : THING;
      }
    }
    return i == from ? NONE : THING;
  }

  /** Whether token {@code i} is a noun of persons: "elders", "premier". */
  boolean isSideNoun(Tokens tokens, int i) {
    return WordList.has(words.groupNouns, tokens, i) || WordList.has(frames.personNouns, tokens, i);
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
    if (tokens.is(k, words.itWord)) {
      return true;
    }
    if (Character.isUpperCase(tokens.firstChar(k))
        || inPerson(personAt, tokens.start(k))
        || WordList.has(frames.subjectPronouns, tokens, k)
        || isSideNoun(tokens, k)
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

  /** The start of the persons' ids ("p1"); groups and countries are organizations ("o1"). */
  private static final String PERSON_ID_PREFIX = "p";

  /** The mark of a country's id until a meeting registers it. */
  private static final String PLACE_MARK = "\u0001";

  /** Organizations' ids are the groups; persons' ids start otherwise. */
  static boolean isGroup(String id) {
    return !isPerson(id);
  }

  static boolean isPerson(String id) {
    return id.startsWith(PERSON_ID_PREFIX);
  }

  static int persons(List<Sides.Side> named) {
    int n = 0;
    for (Sides.Side side : named) {
      n += side.id() != null && side.id().startsWith(PERSON_ID_PREFIX) ? 1 : 0;
    }
    return n;
  }

  /** The first person among {@code named}, or null. */
  static String firstPerson(List<Sides.Side> named) {
    for (Sides.Side side : named) {
      if (side.id() != null && side.id().startsWith(PERSON_ID_PREFIX)) {
        return side.id();
      }
    }
    return null;
  }

  /** The id of a side: a person's, or a mark for a country, registered once a meeting has it. */
  static String idOf(Sides.Side side) {
    return side.id() != null ? side.id() : PLACE_MARK + side.start() + PLACE_MARK + side.name();
  }

  static List<String> idsOf(List<Sides.Side> named) {
    List<String> ids = new ArrayList<>();
    for (Sides.Side side : named) {
      String id = idOf(side);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The ids of a meeting's sides, the countries among them registered as organizations. */
  static Set<String> resolve(EntityRegistry entities, Set<String> ids) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      if (id.startsWith(PLACE_MARK)) {
        int mark = id.indexOf(PLACE_MARK, 1);
        out.add(
            entities.organizationNamed(
                id.substring(mark + 1), Integer.parseInt(id.substring(1, mark))));
      } else {
        out.add(id);
      }
    }
    return out;
  }
}
