package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sides a meeting can have and their ids: a person named (the persons stage), a country named
 * as a side ("Peru and Chile resumed talks"), registered as an organization only once a meeting has
 * it, and what a meeting verb has after it. {@link NamedSides} finds the persons and countries of a
 * sentence, {@link VerbObjects} a verb's object, {@link ThingSubjects} a subject that is none.
 */
final class Sides {
  private Sides() {}

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

  /** Whether token {@code i} is a noun of persons: "elders", "premier". */
  static boolean isSideNoun(MeetingWords words, FrameWords frames, Tokens tokens, int i) {
    return WordList.has(words.groupNouns, tokens, i) || WordList.has(frames.personNouns, tokens, i);
  }

  /** Whether the character at {@code offset} lies inside a person's mention. */
  static boolean inPerson(MentionIndex personAt, int offset) {
    int k = personAt.lastBefore(offset + 1);
    return k >= 0 && personAt.end(k) > offset;
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

  static int persons(List<Side> named) {
    int n = 0;
    for (Side side : named) {
      n += side.id() != null && side.id().startsWith(PERSON_ID_PREFIX) ? 1 : 0;
    }
    return n;
  }

  /** The first person among {@code named}, or null. */
  static String firstPerson(List<Side> named) {
    for (Side side : named) {
      if (side.id() != null && side.id().startsWith(PERSON_ID_PREFIX)) {
        return side.id();
      }
    }
    return null;
  }

  /** The id of a side: a person's, or a mark for a country, registered once a meeting has it. */
  static String idOf(Side side) {
    return side.id() != null ? side.id() : PLACE_MARK + side.start() + PLACE_MARK + side.name();
  }

  static List<String> idsOf(List<Side> named) {
    List<String> ids = new ArrayList<>();
    for (Side side : named) {
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
