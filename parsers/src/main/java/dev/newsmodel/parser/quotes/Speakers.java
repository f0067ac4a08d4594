package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Organization;
import dev.newsmodel.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves a speaker or addressee phrase to an entity: the person one of whose mentions lies in the
 * phrase, else an organization named by the phrase's capitalised words ("the US State Department",
 * "China"), created on first use. A phrase such as "state media" stays unresolved.
 */
final class Speakers {
  private final String text;
  private final TreeMap<Integer, String> personAt = new TreeMap<>();
  private final TreeMap<Integer, Integer> personEnd = new TreeMap<>();
  private final Map<String, OrganizationDraft> organizations = new LinkedHashMap<>();

  Speakers(String text, List<Person> persons) {
    this.text = text;
    for (Person person : persons) {
      for (Mention mention : person.mentions()) {
        personAt.put(mention.start(), person.id());
        personEnd.put(mention.start(), mention.end());
      }
    }
  }

  /** The reference for characters {@code [start, end)} of the text. */
  EntityRef resolve(int start, int end) {
    String phrase = text.substring(start, end);
    EntityRef.Builder ref = EntityRef.builder().text(phrase).start(start).end(end);
    Map.Entry<Integer, String> person = personAt.ceilingEntry(start);
    if (person != null && person.getKey() < end) {
      if (possessorOnly(person.getKey(), personEnd.get(person.getKey()), end)) {
        return ref.build(); // "her office", "Wang's spokesman": someone else speaks
      }
      return ref.entityId(person.getValue()).build();
    }
    Optional<String> organization = organization(start, end);
    organization.ifPresent(ref::entityId);
    return ref.build();
  }

  /**
   * The first person mention in characters {@code [start, end)} that is not a possessive ("his",
   * "Wang's"): {start, end}, or null.
   */
  int[] firstPersonMention(int start, int end) {
    for (Map.Entry<Integer, Integer> mention = personEnd.ceilingEntry(start);
        mention != null && mention.getValue() <= end;
        mention = personEnd.higherEntry(mention.getKey())) {
      int from = mention.getKey();
      int to = mention.getValue();
      if (!possessive(from, to)) {
        return new int[] {from, to};
      }
    }
    return null;
  }

  /**
   * The mention of {@code speaker}'s person that stands nearest before {@code before}, as a
   * reference: a statement that continues a speaker names them as the text last did ("he"). Returns
   * {@code speaker} itself when no later mention of the person is found.
   */
  EntityRef nearest(EntityRef speaker, int before) {
    if (speaker.entityId().isEmpty()) {
      return speaker;
    }
    String id = speaker.entityId().get();
    int looked = 0;
    for (Map.Entry<Integer, String> entry = personAt.lowerEntry(before);
        entry != null && entry.getKey() > speaker.start() && looked < 50;
        entry = personAt.lowerEntry(entry.getKey()), looked++) {
      int to = personEnd.get(entry.getKey());
      if (entry.getValue().equals(id) && to <= before && !possessive(entry.getKey(), to)) {
        return EntityRef.builder()
            .text(text.substring(entry.getKey(), to))
            .start(entry.getKey())
            .end(to)
            .entityId(id)
            .build();
      }
    }
    return speaker;
  }

  /** Whether the mention at {@code [from, to)} is a possessive: "his", "its", "Wang's". */
  private boolean possessive(int from, int to) {
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    return lower.equals("his")
        || lower.equals("her")
        || lower.equals("their")
        || lower.equals("its")
        || text.startsWith("'s", to)
        || text.startsWith("\u2019s", to);
  }

  /** The organization a capitalised phrase names, registered with this mention. */
  private Optional<String> organization(int start, int end) {
    int from = start;
    // Drop a leading determiner: "the US State Department" names "US State Department".
    for (String determiner : new String[] {"the ", "The "}) {
      if (text.startsWith(determiner, from) && from + determiner.length() < end) {
        from += determiner.length();
      }
    }
    String name = text.substring(from, end);
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || isPronoun(name)) {
      return Optional.empty();
    }
    OrganizationDraft draft =
        organizations.computeIfAbsent(
            name.toLowerCase(Locale.ROOT),
            k -> new OrganizationDraft("o" + (organizations.size() + 1), name));
    if (draft.starts.add(from)) {
      draft.mentions.add(Mention.of(name, from, MentionKind.NAME));
    }
    return Optional.of(draft.id);
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

  private static boolean isPronoun(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "he", "she", "they", "it", "we", "i", "you", "his", "her", "their" -> true;
      default -> false;
    };
  }

  List<Organization> organizations() {
    List<Organization> out = new ArrayList<>();
    for (OrganizationDraft draft : organizations.values()) {
      draft.mentions.sort(java.util.Comparator.comparingInt(Mention::start));
      out.add(
          Organization.builder().id(draft.id).name(draft.name).mentions(draft.mentions).build());
    }
    return out;
  }

  private static final class OrganizationDraft {
    final String id;
    final String name;
    final List<Mention> mentions = new ArrayList<>();
    final java.util.Set<Integer> starts = new java.util.HashSet<>();

    OrganizationDraft(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }
}
