package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The participants of a meeting reported by a verb ("met with", "will meet", "hosted"): its subject
 * and objects, a delegation when no person is named, the group or name it meets; none when its
 * object or subject is a thing, it meets teams in a game or greets a crowd.
 */
final class VerbMeetings {
  private final MeetingWords words;
  private final FrameWords frameWords;
  private final Frames frames;
  private final VerbObjects objects;
  private final ThingSubjects thingSubjects;
  private final SideRegistrar registrar;
  private final VerbSides verbSides;

  VerbMeetings(SideRules rules, ThingSubjects thingSubjects, VerbSides verbSides) {
    this.words = rules.words();
    this.frameWords = rules.frameWords();
    this.frames = rules.frames();
    this.objects = rules.objects();
    this.registrar = rules.registrar();
    this.thingSubjects = thingSubjects;
    this.verbSides = verbSides;
  }

  /**
   * The sides of the meeting verb at {@code verb}; none when its object is a thing ("met the
   * deadline", "hosted a podcast"), its subject a thing or a body ("the plan met with criticism",
   * "the cabinet met"), it meets teams in a game or greets a crowd, or one person meets nobody.
   */
  List<List<String>> participants(MeetingSentence sentence, int verb, String previousSubject) {
    String text = sentence.text();
    Tokens tokens = sentence.tokens();
    MentionIndex personAt = sentence.personAt();
    List<Sides.Side> named = sentence.named();
    Delegations delegations = sentence.delegations();
    int first = sentence.first();
    int end = sentence.end();
    String word = tokens.lower(verb);
    boolean needsPerson = words.needsPersonObject.contains(word);
    Sides.Found object =
        objects.object(
            tokens, personAt, verb, end, frameWords.placeVerbs.contains(word), !needsPerson);
    boolean person =
        object.kind() == Sides.Kind.SIDE && personAt.idAt(tokens.start(object.from())) != null;
    if (object.kind() == Sides.Kind.THING
        || frames.game(tokens, first, end)
        || !person && frames.crowd(tokens, first, end, verb)
        || thingSubjects.thingSubject(tokens, personAt, first, verb)) {
      return List.of();
    }
    boolean nameSubject = delegations.nameEnd(tokens, personAt, first, verb, frameWords) >= 0;
    // "Technovation hosted by Peter High": a name right before the verb is its subject, not the
    // person of the sentence before
    List<List<String>> groups =
        verbSides.participants(
            personAt, tokens, named, verb, nameSubject ? null : previousSubject, word, person);
    if (groups.isEmpty() && !needsPerson) {
      // "NATO ambassadors met Sunday": a delegation stands in when no person is named.
      List<String> found = delegations.find(text, tokens, first, verb);
      if (found.isEmpty() && words.farSubjectVerbs.contains(word)) {
        // "Representatives from Iran and the six powers … meet in Vienna": a far subject
        String group = delegations.findAround(text, tokens, first, verb);
        found = group == null ? List.of() : List.of(group);
      }
      if (!found.isEmpty()) {
        groups = List.of(found);
      }
    }
    if (object.kind() == Sides.Kind.SIDE
        && !person
        && groups.size() == 1
        && groups.get(0).size() > 1) {
      // "the three envoys, Lind, Berg and Reyes, met the families": the group they all met
      String other = registrar.register(text, tokens, personAt, delegations, object);
      if (other != null) {
        List<String> all = new ArrayList<>(groups.get(0));
        all.add(other);
        groups = List.of(all);
      }
    } else if (object.kind() == Sides.Kind.SIDE
        && groups.size() <= 1
        && (groups.isEmpty() || groups.get(0).size() == 1)) {
      // "Obama plans to meet with SICA leaders": a group or a name on the other side.
      String other = registrar.register(text, tokens, personAt, delegations, object);
      if (other != null) {
        List<String> sides = new ArrayList<>(groups.isEmpty() ? List.of() : groups.get(0));
        if (sides.isEmpty()) {
          // "Walton had visited the injured officers": the subject, as for a person met; a name
          // right before the verb that is no person stands for itself ("Audio meets Vocab")
          if (delegations.nameEnd(tokens, personAt, first, verb, frameWords) >= 0) {
            return List.of(); // neither side a person, a country or a group
          }
          String subject = subjectBefore(named, tokens.start(verb), previousSubject);
          if (subject != null) {
            sides.add(subject);
          }
        }
        if (!sides.contains(other)) {
          sides.add(other);
        }
        groups = List.of(sides);
      }
    }
    if (object.kind() == Sides.Kind.NONE
        && groups.size() == 1
        && groups.get(0).size() == 1
        && !Sides.isGroup(groups.get(0).get(0))) {
      // "Lord Coe and council convened": the body with the person; "Macron was greeted by
      // Hollande": a name the persons stage did not take; "she met on Friday": nobody
      String body = delegations.bodyBefore(text, tokens, first, verb, frameWords);
      if (body == null) {
        body = delegations.nameBefore(text, tokens, personAt, first, verb, frameWords);
      }
      return body == null ? List.of() : List.of(List.of(groups.get(0).get(0), body));
    }
    return groups;
  }

  /** Whether the noun at {@code noun} is a visit to a person: "paid a visit to the president". */
  boolean visitTo(Tokens tokens, MentionIndex personAt, int noun, int end) {
    if (noun + 1 >= end || !tokens.is(noun + 1, words.toWord)) {
      return false;
    }
    Sides.Found found = objects.object(tokens, personAt, noun + 1, end, true, false);
    return found.kind() == Sides.Kind.SIDE && personAt.idAt(tokens.start(found.from())) != null;
  }

  /** The first side named before {@code offset}, else the subject carried over, or null. */
  private static String subjectBefore(List<Sides.Side> named, int offset, String previous) {
    for (Sides.Side side : named) {
      if (side.start() < offset) {
        return Sides.idOf(side);
      }
    }
    return previous;
  }
}
