package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

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

  /** The id of the group before token {@code verb} in {@code [first, verb)}, or null. */
  String find(String text, Tokens tokens, int first, int verb) {
    for (int i = verb - 1; i >= Math.max(first, verb - 6); i--) {
      if (tokens.kind(i) != Tokens.WORD) {
        return null;
      }
      if (WordList.has(words.groupNouns, tokens, i)) {
        return withQualifiers(text, tokens, first, i);
      }
    }
    return null;
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
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.groupNouns, tokens, i)) {
        return withQualifiers(text, tokens, first, i);
      }
    }
    return null;
  }

  /** The group noun at {@code noun} with the capitalised words before it ("NATO ambassadors"). */
  private String withQualifiers(String text, Tokens tokens, int first, int noun) {
    int start = noun;
    while (start > first
        && tokens.kind(start - 1) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(start - 1))) {
      start--;
    }
    return register(text, tokens.start(start), tokens.end(noun));
  }

  private String register(String text, int from, int to) {
    return entities.newOrganization(text.substring(from, to), from);
  }
}
