package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.MentionIndex;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a speaker or addressee phrase to an entity: the person one of whose mentions lies in the
 * phrase, else an organization named by the phrase's capitalised words ("the US State Department",
 * "China"), registered in the document's entities on first use. A phrase such as "state media"
 * stays unresolved.
 */
final class Speakers {
  private final String text;
  private final EntityRegistry entities;
  private final MentionIndex persons;
  private final QuoteWords quoteWords;

  Speakers(String text, EntityRegistry entities, QuoteWords words) {
    this.text = text;
    this.entities = entities;
    this.persons = entities.personMentions();
    this.quoteWords = words;
  }

  /** The reference for characters {@code [start, end)} of the text. */
  EntityRef resolve(int start, int end) {
    end = withoutContraction(start, end);
    String phrase = text.substring(start, end);
    EntityRef.Builder ref = EntityRef.builder().text(phrase).start(start).end(end);
    int k = persons.firstFrom(start);
    if (k < persons.size() && persons.start(k) < end) {
      if (possessorOnly(persons.start(k), persons.end(k), end)) {
        // "her office", "Roe's spokesman": someone else speaks, named or not ("her deputy Tom
        // Reyes")
        int[] named = firstPersonMention(persons.end(k), end);
        String id = named == null ? null : persons.idAt(named[0]);
        return id == null ? ref.build() : ref.entityId(id).build();
      }
      return ref.entityId(persons.id(k)).build();
    }
    Optional<String> organization = organization(start, end);
    organization.ifPresent(ref::entityId);
    return ref.build();
  }

  /**
   * The first person mention in characters {@code [start, end)} that is not a possessive ("his",
   * "Roe's"): {start, end}, or null.
   */
  int[] firstPersonMention(int start, int end) {
    for (int k = persons.firstFrom(start); k < persons.size() && persons.end(k) <= end; k++) {
      int from = persons.start(k);
      int to = persons.end(k);
      if (!possessive(from, to)) {
        return new int[] {from, to};
      }
    }
    return null;
  }

  /** The end of a phrase without the verb contracted onto its last word: "I’ve" is "I". */
  private int withoutContraction(int start, int end) {
    for (String ending : quoteWords.contractionEndings) {
      if (end - ending.length() > start && text.startsWith(ending, end - ending.length())) {
        return end - ending.length();
      }
    }
    return end;
  }

  /** Most characters between a relative pronoun and the end of the name it stands for. */
  private static final int ANTECEDENT_REACH = 80;

  /**
   * A relative pronoun at {@code [start, end)} as a speaker: the nearest person named before it in
   * its sentence ("Dana Holt, the treasurer, who …"), or no one.
   */
  EntityRef relative(int start, int end) {
    EntityRef.Builder ref =
        EntityRef.builder().text(text.substring(start, end)).start(start).end(end);
    for (int k = persons.lastBefore(start);
        k >= 0 && persons.end(k) > start - ANTECEDENT_REACH;
        k--) {
      if (!possessive(persons.start(k), persons.end(k))
          && text.substring(persons.end(k), start).indexOf('.') < 0) {
        return ref.entityId(persons.id(k)).build();
      }
    }
    return ref.build();
  }

  /** The person mention that ends at character {@code end} and is no possessive, or null. */
  int[] mentionEndingAt(int end) {
    int k = persons.lastBefore(end);
    if (k < 0 || persons.end(k) != end || possessive(persons.start(k), end)) {
      return null;
    }
    return new int[] {persons.start(k), end};
  }

  /** Whether the mention at {@code [from, to)} is a possessive: "his", "its", "Roe's". */
  private boolean possessive(int from, int to) {
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    return quoteWords.possessivePronouns.contains(lower) || quoteWords.possessiveEndingAt(text, to);
  }

  /** The organization a capitalised phrase names, registered with this mention. */
  private Optional<String> organization(int start, int end) {
    int from = start;
    // Drop a leading determiner: "the US State Department" names "US State Department".
    for (String determiner : quoteWords.organizationDeterminers) {
      if (text.startsWith(determiner, from) && from + determiner.length() < end) {
        from += determiner.length();
      }
    }
    String name = text.substring(from, end);
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || isPronoun(name)) {
      return Optional.empty();
    }
    int space = name.indexOf(' ');
    String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
    if (quoteWords.possessivePronouns.contains(first)
        || quoteWords.determiners.contains(first)
        || isPronoun(withoutApostrophe(first))) {
      // "Its statement", "This week", "I don't", "It's something": capitalised by the sentence
      return Optional.empty();
    }
    return Optional.of(entities.organizationNamed(name, from));
  }

  /**
   * Whether the mention at {@code [from, to)} only possesses the head of a phrase ending at end.
   */
  private boolean possessorOnly(int from, int to, int end) {
    if (to >= end) {
      return false;
    }
    return possessive(from, to) && text.substring(to, end).strip().length() > 2;
  }

  /** A word up to its apostrophe: "it's" is "it", "don't" is "don". */
  private static String withoutApostrophe(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\u2019') {
        return word.substring(0, i);
      }
    }
    return word;
  }

  private boolean isPronoun(String word) {
    return quoteWords.pronouns.contains(word.toLowerCase(Locale.ROOT));
  }
}
