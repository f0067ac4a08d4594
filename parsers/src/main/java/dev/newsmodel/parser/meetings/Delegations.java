package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.List;
import java.util.Set;

/**
 * Groups that take part in a meeting when no person is named ("NATO ambassadors met", "HDP leaders
 * met"): the group noun before the verb with the capitalised words that qualify it, registered as
 * an organization alongside those the earlier stages found.
 */
final class Delegations {
  private final EntityRegistry entities;
  private final MeetingWords words;

  Delegations(EntityRegistry entities, MeetingWords words) {
    this.entities = entities;
    this.words = words;
  }

  /**
   * The ids of the groups before token {@code verb} in {@code [first, verb)}, two when joined by
   * "and" ("Tribal elders and army officers met"); empty if none.
   */
  List<String> find(String text, Tokens tokens, int first, int verb) {
    for (int i = verb - 1; i >= Math.max(first, verb - 6); i--) {
      if (tokens.kind(i) != Tokens.WORD) {
        return List.of();
      }
      if (WordList.has(words.groupNouns, tokens, i)) {
        int start = qualifiersStart(tokens, first, i);
        String group = register(text, tokens.start(start), tokens.end(i));
        for (int k = start - 1; k >= Math.max(first + 1, start - 3); k--) {
          if (tokens.kind(k) != Tokens.WORD) {
            break;
          }
          if (tokens.is(k, words.andWord) && WordList.has(words.groupNouns, tokens, k - 1)) {
            int other = qualifiersStart(tokens, first, k - 1);
            return List.of(register(text, tokens.start(other), tokens.end(k - 1)), group);
          }
        }
        return List.of(group);
      }
    }
    return List.of();
  }

  /**
   * The id of the group right after token {@code verb}, with "with" between or not ("met with RNC
   * officials", "meeting Chinese officials"), or null.
   */
  String findAfter(String text, Tokens tokens, int verb, int end) {
    int i = verb + 1;
    if (i < end && WordList.hasText(words.groupLinks, tokens, i)) {
      i++;
    }
    int start = i;
    for (; i < end && i < start + 4; i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return null;
      }
      if (WordList.has(words.groupNouns, tokens, i)) {
        return register(text, tokens.start(start), tokens.end(i));
      }
      if (WordList.has(words.groupStops, tokens, i)) {
        return null; // "met with him on Friday"
      }
    }
    return null;
  }

  /** The id of the first group named in tokens {@code [first, end)}, or null. */
  String findAround(String text, Tokens tokens, int first, int end) {
    return findAround(text, tokens, first, end, words.groupNouns);
  }

  /** The id of the first group of {@code nouns} named in tokens {@code [first, end)}, or null. */
  String findAround(String text, Tokens tokens, int first, int end, Set<String> nouns) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(nouns, tokens, i)) {
        return withQualifiers(text, tokens, first, i);
      }
    }
    return null;
  }

  /**
   * The id of the body or group right before the verb at {@code verb} after "and" ("Lord Coe and
   * council convened"), or null.
   */
  String bodyBefore(String text, Tokens tokens, int first, int verb, FrameWords frames) {
    int k = verb - 1;
    while (k > first
        && tokens.kind(k) == Tokens.WORD
        && WordList.has(frames.subjectSkips, tokens, k)) {
      k--;
    }
    if (k <= first
        || tokens.kind(k) != Tokens.WORD
        || !(WordList.has(frames.bodies, tokens, k) || WordList.has(words.groupNouns, tokens, k))) {
      return null;
    }
    for (int j = k - 1; j >= Math.max(first, k - 2); j--) {
      if (tokens.is(j, words.andWord)) {
        return register(text, tokens.start(j + 1), tokens.end(k));
      }
    }
    return null;
  }

  /**
   * The id of the capitalised name right before the verb at {@code verb} (auxiliaries between) that
   * is no person named, or null: "Macron was greeted by Hollande".
   */
  String nameBefore(
      String text, Tokens tokens, MentionIndex personAt, int first, int verb, FrameWords frames) {
    int k = nameEnd(tokens, personAt, first, verb, frames);
    if (k < 0 || k == verb - 1) {
      return null; // an auxiliary between, as in the passive; not "Garden Talk hosted by"
    }
    int start = k;
    while (start > first
        && tokens.kind(start - 1) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(start - 1))) {
      start--;
    }
    return register(text, tokens.start(start), tokens.end(k));
  }

  /**
   * The last token of a capitalised name right before the verb at {@code verb} (auxiliaries
   * between) that is no person named, or -1.
   */
  int nameEnd(Tokens tokens, MentionIndex personAt, int first, int verb, FrameWords frames) {
    int k = verb - 1;
    while (k > first
        && tokens.kind(k) == Tokens.WORD
        && WordList.has(frames.subjectSkips, tokens, k)) {
      k--;
    }
    int mention = personAt.lastBefore(tokens.start(k) + 1);
    if (k < first
        || tokens.kind(k) != Tokens.WORD
        || !Character.isUpperCase(tokens.firstChar(k))
        || WordList.has(frames.subjectPronouns, tokens, k) // "We met with", "I met"
        || WordList.has(frames.determiners, tokens, k)
        || mention >= 0 && personAt.end(mention) > tokens.start(k)) {
      return -1;
    }
    return k;
  }

  /** The group noun at {@code noun} with the capitalised words before it ("NATO ambassadors"). */
  private String withQualifiers(String text, Tokens tokens, int first, int noun) {
    return register(text, tokens.start(qualifiersStart(tokens, first, noun)), tokens.end(noun));
  }

  private int qualifiersStart(Tokens tokens, int first, int noun) {
    int start = noun;
    while (start > first
        && tokens.kind(start - 1) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(start - 1))
        && !WordList.has(words.groupStops, tokens, start - 1)
        && !WordList.has(words.placeStops, tokens, start - 1)) {
      start--;
    }
    return start;
  }

  /** The id of a new group named by the text {@code [from, to)}. */
  String register(String text, int from, int to) {
    return entities.newOrganization(text.substring(from, to), from);
  }
}
