package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a meeting verb brings together among the sides a sentence names: the subjects before it and
 * the objects after it, one meeting per pair when one subject meets several ("met Berg and Reyes"),
 * one of all when subjects joined by "and" meet ("Obama, Park and Abe met").
 */
final class VerbSides {
  private final MeetingWords words;

  /** The words that join the subjects of one meeting: "Obama, Park and Abe met". */
  private final Set<String> andWords;

  VerbSides(MeetingWords words, Set<String> andWords) {
    this.words = words;
    this.andWords = andWords;
  }

  /** The subject and objects of a meeting verb: pairwise when one subject meets several. */
  List<List<String>> participants(
      MentionIndex personAt,
      Tokens tokens,
      List<Sides.Side> named,
      int verb,
      String previousSubject,
      String word,
      boolean personObject) {
    int verbStart = tokens.start(verb);
    String subject = null;
    List<String> subjects = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    boolean needsPerson = words.needsPersonObject.contains(word);
    for (Sides.Side side : named) {
      String id = Sides.idOf(side);
      if (side.start() < verbStart) {
        if (subject == null) {
          subject = id;
        }
        if (!subjects.contains(id)) {
          subjects.add(id);
        }
      } else if (!objects.contains(id)
          && !id.equals(subject)
          && !(needsPerson && side.id() == null)) {
        objects.add(id); // a country visited or hosted is a place, not a side
      }
    }
    if (objects.isEmpty()
        && subjects.size() > 1
        && !needsPerson
        && Frames.anyIn(tokens, tokens.firstAtOrAfter(firstStart(named)), verb, andWords)) {
      return List.of(subjects); // "Obama, Park and Abe met at the summit"
    }
    if (subject == null) {
      subject = previousSubject;
    }
    if (needsPerson && (objects.isEmpty() || !personObject && !objectNear(named, tokens, verb))) {
      return List.of(); // "protests greeted a law signed by Governor Bryant" meets nobody
    }
    if (subject == null) {
      return objects.isEmpty() ? List.of() : List.of(objects);
    }
    if (objects.isEmpty()) {
      return List.of(List.of(subject));
    }
    List<List<String>> groups = new ArrayList<>();
    for (String object : objects) {
      if (!object.equals(subject)) {
        groups.add(List.of(subject, object));
      }
    }
    return groups;
  }

  /**
   * Whether a person named within ten tokens after the verb is its object: no other verb stands
   * between ("greeted … by President Hollande", not "greeted a law signed by Governor Bryant").
   */
  private boolean objectNear(List<Sides.Side> named, Tokens tokens, int verb) {
    int limit = verb + 11 < tokens.size() ? tokens.start(verb + 11) : Integer.MAX_VALUE;
    for (Sides.Side side : named) {
      if (side.start() > tokens.start(verb) && side.start() < limit) {
        for (int k = verb + 1; k < tokens.size() && tokens.start(k) < side.start(); k++) {
          if (tokens.kind(k) == Tokens.QUOTE) {
            return false; // "visits by ships to Suva," Paul Buchanan told: the quote ends first
          }
          String word = tokens.lower(k);
          if (tokens.kind(k) == Tokens.WORD
              && Character.isLowerCase(tokens.firstChar(k))
              && word.length() > 4
              && word.endsWith(words.pastSuffix)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static int firstStart(List<Sides.Side> named) {
    return named.isEmpty() ? 0 : named.get(0).start();
  }
}
