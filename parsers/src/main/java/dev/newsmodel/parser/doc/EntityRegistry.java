package dev.newsmodel.parser.doc;

import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Organization;
import dev.newsmodel.model.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities layer: every person and organization of a document, their ids and an offset index of
 * the persons' mentions. The persons stage makes it with the persons it found; later stages read it
 * (who is named where) and add the organizations they meet (a speaker, a delegation), so that ids
 * are made in one place: persons {@code p1, p2, …} by the persons stage, organizations {@code o1,
 * o2, …} here, in the order they are first met. Used by one thread, the document's.
 */
public final class EntityRegistry {
  private final List<Person> persons;
  private MentionIndex personMentions;
  private final List<OrganizationDraft> organizations = new ArrayList<>();
  private final Map<String, OrganizationDraft> organizationsByName = new HashMap<>();

  /** A registry of {@code persons}, their ids already made. */
  public EntityRegistry(List<Person> persons) {
    this.persons = List.copyOf(persons);
  }

  public List<Person> persons() {
    return persons;
  }

  /** The persons' mentions by offset; made on first use. */
  public MentionIndex personMentions() {
    if (personMentions == null) {
      personMentions = MentionIndex.of(persons);
    }
    return personMentions;
  }

  /**
   * The id of the organization named {@code name} (the same in any case), made on first use, with a
   * mention at {@code start} added unless it has one there.
   */
  public String organizationNamed(String name, int start) {
    OrganizationDraft draft =
        organizationsByName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> newDraft(name));
    if (draft.starts.add(start)) {
      draft.mentions.add(Mention.of(name, start, MentionKind.NAME));
    }
    return draft.id;
  }

  /**
   * The id of a new organization named {@code name} at {@code start}, however many of that name
   * there are: a group named by what it is ("the Chinese delegation") is not one by its name.
   */
  public String newOrganization(String name, int start) {
    OrganizationDraft draft = newDraft(name);
    draft.starts.add(start);
    draft.mentions.add(Mention.of(name, start, MentionKind.NAME));
    return draft.id;
  }

  private OrganizationDraft newDraft(String name) {
    OrganizationDraft draft = new OrganizationDraft("o" + (organizations.size() + 1), name);
    organizations.add(draft);
    return draft;
  }

  /** The organizations found so far, each with its mentions in text order. */
  public List<Organization> organizations() {
    List<Organization> out = new ArrayList<>(organizations.size());
    for (OrganizationDraft draft : organizations) {
      draft.mentions.sort(Comparator.comparingInt(Mention::start));
      out.add(
          Organization.builder().id(draft.id).name(draft.name).mentions(draft.mentions).build());
    }
    return out;
  }

  private static final class OrganizationDraft {
    final String id;
    final String name;
    final List<Mention> mentions = new ArrayList<>();
    final Set<Integer> starts = new HashSet<>();

    OrganizationDraft(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }
}
