package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.MeetingStatus;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The meetings stage. A sentence reports a meeting through a verb ("met with", "will meet",
 * "hosted") or a noun ("the meeting between A and B", "during their talks"); the participants are
 * the persons named around it (the subject and the objects of a verb; everyone named with a noun),
 * a subject carried over from the sentence before when the sentence names none. Phone calls,
 * letters and visits to places are not meetings. Mentions of one meeting (the same participants and
 * status) are merged, with the place, time and date of the first mention that gives them. Reads the
 * token, sentence and entities layers; adds organizations to the entities and writes the meetings
 * layer. Stateless and thread-safe.
 */
public final class MeetingStage implements Stage {
  private final MeetingWords words;
  private final Triggers triggers;
  private final Places places;
  private final Times times;

  /** A meetings stage reading the words of {@code language}; tags its triggers there. */
  public MeetingStage(Language language) {
    this.words = new MeetingWords(language);
    this.triggers = new Triggers(words);
    this.places = new Places(words);
    this.times = new Times(words);
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.MEETINGS);
  }

  /** Finds the meetings of {@code document}, adding the delegations it meets as organizations. */
  @Override
  public void apply(Document document) {
    String text = document.text();
    Tokens tokens = document.tokens();
    Sentences sentences = document.sentences();
    EntityRegistry entities = document.entities();
    MentionIndex personAt = entities.personMentions();
    Optional<LocalDate> published = document.draft().publishedAt().flatMap(MeetingStage::day);
    List<MeetingDraft> drafts = new ArrayList<>();
    Delegations delegations = new Delegations(entities, words);
    String previousSubject = null;
    for (int s = 0; s < sentences.size(); s++) {
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      int opener = firstOpener(tokens, first, end);
      if (opener < 0) {
        int firstPerson = personAt.firstFrom(sentences.start(s));
        if (firstPerson < personAt.size() && personAt.start(firstPerson) < sentences.end(s)) {
          previousSubject = personAt.id(firstPerson);
        }
        continue;
      }
      List<int[]> persons = personsIn(personAt, tokens, sentences.start(s), sentences.end(s));
      if (hasNegative(tokens, first, end)) {
        previousSubject = persons.isEmpty() ? previousSubject : id(personAt, persons.get(0));
        continue;
      }
      Set<Set<String>> seen = new java.util.HashSet<>();
      int sentenceDrafts = drafts.size();
      for (int i = opener; i < end; i++) {
        if (tokens.kind(i) != Tokens.WORD || !WordList.has(words.openers, tokens, i)) {
          continue;
        }
        String word = tokens.lower(i);
        boolean noun = triggers.isNoun(tokens, i);
        boolean verb =
            !noun
                && (words.verbs.contains(word) || triggers.isPhrasal(tokens, i))
                && !(i > first && Character.isUpperCase(tokens.firstChar(i)));
        if (!noun && !verb) {
          continue;
        }
        List<List<String>> groups =
            noun
                ? List.of(idsOf(personAt, persons))
                : verbParticipants(personAt, tokens, persons, i, previousSubject, word);
        if (noun && groups.get(0).isEmpty()) {
          // "an emergency meeting between militia commanders": a delegation around the noun;
          // a body meeting with nobody named is no meeting.
          String group = delegations.findAround(text, tokens, first, end);
          groups = group == null ? List.of() : List.of(List.of(group));
        }
        if (verb && groups.isEmpty() && !words.needsPersonObject.contains(word)) {
          // "NATO ambassadors met Sunday": a delegation stands in when no person is named.
          String group = delegations.find(text, tokens, first, i);
          if (group == null && words.farSubjectVerbs.contains(word)) {
            // "Representatives from Iran and the six powers … meet in Vienna": a far subject
            group = delegations.findAround(text, tokens, first, i);
          }
          if (group != null) {
            groups = List.of(List.of(group));
          }
        }
        if (verb && groups.size() <= 1 && (groups.isEmpty() || groups.get(0).size() == 1)) {
          // "Obama plans to meet with SICA leaders": a delegation on the other side.
          String other = delegations.findAfter(text, tokens, i, end);
          if (other != null) {
            List<String> sides = new ArrayList<>(groups.isEmpty() ? List.of() : groups.get(0));
            if (sides.isEmpty()) {
              // "Walton had visited the injured officers": the subject, as for a person met
              String subject = subjectBefore(personAt, persons, tokens.start(i), previousSubject);
              if (subject != null) {
                sides.add(subject);
              }
            }
            sides.add(other);
            groups = List.of(sides);
          }
        }
        for (List<String> group : groups) {
          Set<String> ids = new LinkedHashSet<>(group);
          // One named side is enough ("met with Besigye", "a meeting with community leaders").
          if (ids.isEmpty() || !seen.add(ids) || subsumed(seen, ids)) {
            continue;
          }
          MeetingDraft draft = new MeetingDraft(ids, status(tokens, first, end, i));
          draft.evidence.add(
              Span.of(text.substring(sentences.start(s), sentences.end(s)), sentences.start(s)));
          draft.place = places.find(text, tokens, first, end);
          draft.time = times.find(text, tokens, first, end);
          draft.date = draft.time.flatMap(t -> times.resolve(t.text(), published));
          drafts.add(draft);
        }
      }
      dropSubsets(drafts, sentenceDrafts);
      if (!persons.isEmpty()) {
        previousSubject = id(personAt, persons.get(0));
      }
    }
    document.put(Layer.MEETINGS, merge(drafts));
  }

  /** The subject and objects of a meeting verb: pairwise when one subject meets several. */
  private List<List<String>> verbParticipants(
      MentionIndex personAt,
      Tokens tokens,
      List<int[]> persons,
      int verb,
      String previousSubject,
      String word) {
    int verbStart = tokens.start(verb);
    String subject = null;
    List<String> subjects = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    for (int[] mention : persons) {
      String id = id(personAt, mention);
      if (mention[0] < verbStart) {
        if (subject == null) {
          subject = id;
        }
        if (!subjects.contains(id)) {
          subjects.add(id);
        }
      } else if (!objects.contains(id) && !id.equals(subject)) {
        objects.add(id);
      }
    }
    if (objects.isEmpty() && subjects.size() > 1 && !words.needsPersonObject.contains(word)) {
      return List.of(subjects); // "Obama, Park and Abe met at the summit"
    }
    if (subject == null) {
      subject = previousSubject;
    }
    if (words.needsPersonObject.contains(word)
        && (objects.isEmpty() || !objectNear(personAt, persons, tokens, verb))) {
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

  /** Within one sentence, a meeting whose participants all meet in another is that one. */
  private static void dropSubsets(List<MeetingDraft> drafts, int from) {
    for (int k = drafts.size() - 1; k >= from; k--) {
      Set<String> ids = drafts.get(k).participants;
      for (int j = from; j < drafts.size(); j++) {
        Set<String> other = drafts.get(j).participants;
        if (j != k && other.size() > ids.size() && other.containsAll(ids)) {
          drafts.remove(k);
          break;
        }
      }
    }
  }

  /**
   * Whether a person named within ten tokens after the verb is its object: no other verb stands
   * between ("greeted … by President Hollande", not "greeted a law signed by Governor Bryant").
   */
  private boolean objectNear(MentionIndex personAt, List<int[]> persons, Tokens tokens, int verb) {
    int limit = verb + 11 < tokens.size() ? tokens.start(verb + 11) : Integer.MAX_VALUE;
    for (int[] mention : persons) {
      if (mention[0] > tokens.start(verb) && mention[0] < limit) {
        for (int k = verb + 1; k < tokens.size() && tokens.start(k) < mention[0]; k++) {
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

  /** The first person named before {@code offset}, else the subject carried over, or null. */
  private static String subjectBefore(
      MentionIndex personAt, List<int[]> persons, int offset, String previous) {
    for (int[] mention : persons) {
      if (mention[0] < offset) {
        return id(personAt, mention);
      }
    }
    return previous;
  }

  private static boolean subsumed(Set<Set<String>> seen, Set<String> ids) {
    for (Set<String> other : seen) {
      if (other != ids && other.size() > ids.size() && other.containsAll(ids)) {
        return true;
      }
    }
    return false;
  }

  private MeetingStatus status(Tokens tokens, int first, int end, int trigger) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.cancelled, tokens, i)) {
        if (!tokens.lower(i).equals(words.callOffParticle)
            || (i > 0 && tokens.lower(i - 1).startsWith(words.callOffVerb))) {
          return MeetingStatus.CANCELLED;
        }
      }
    }
    for (int i = Math.max(first, trigger - 4); i < trigger; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.planned, tokens, i)) {
        return MeetingStatus.PLANNED;
      }
    }
    return MeetingStatus.HELD;
  }

  /** The first token of {@code [first, end)} that can open a meeting, or -1. */
  private int firstOpener(Tokens tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.openers, tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean hasNegative(Tokens tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.negatives, tokens, i)) {
        if (words.calls.contains(tokens.lower(i))
            && !(i > first && tokens.is(i - 1, words.callQualifier))) {
          // "called on X to" is no phone call; "a phone call" is caught by "phone", "a conference
          // call" here.
          continue;
        }
        return true;
      }
    }
    return false;
  }

  /** Person mentions in {@code [start, end)}: {start, end} pairs in text order. */
  private static List<int[]> personsIn(MentionIndex personAt, Tokens tokens, int start, int end) {
    List<int[]> found = new ArrayList<>();
    for (int k = personAt.firstFrom(start); k < personAt.size() && personAt.start(k) < end; k++) {
      found.add(new int[] {personAt.start(k)});
    }
    return found;
  }

  private static String id(MentionIndex personAt, int[] mention) {
    return personAt.idAt(mention[0]);
  }

  private static List<String> idsOf(MentionIndex personAt, List<int[]> mentions) {
    List<String> ids = new ArrayList<>();
    for (int[] mention : mentions) {
      String id = id(personAt, mention);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Mentions with the same participants and status are one meeting. */
  private static List<Meeting> merge(List<MeetingDraft> drafts) {
    List<MeetingDraft> merged = new ArrayList<>();
    for (MeetingDraft draft : drafts) {
      MeetingDraft same = null;
      for (MeetingDraft other : merged) {
        if (other.participants.equals(draft.participants) && other.status == draft.status) {
          same = other;
        }
      }
      if (same == null && !draft.participants.isEmpty()) {
        // "… after the meeting" naming one side only: the latest meeting that side took part in.
        for (MeetingDraft other : merged) {
          if (other.status == draft.status
              && other.participants.size() > draft.participants.size()
              && other.participants.containsAll(draft.participants)) {
            same = other;
          }
        }
      }
      if (same == null) {
        merged.add(draft);
      } else {
        same.evidence.addAll(draft.evidence);
        same.place = same.place.or(() -> draft.place);
        same.time = same.time.or(() -> draft.time);
        same.date = same.date.or(() -> draft.date);
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (MeetingDraft draft : merged) {
      meetings.add(
          Meeting.builder()
              .id("m" + (meetings.size() + 1))
              .participants(draft.participants)
              .place(draft.place)
              .time(draft.time)
              .date(draft.date)
              .status(draft.status)
              .evidence(dedupe(draft.evidence))
              .build());
    }
    return meetings;
  }

  private static List<Span> dedupe(List<Span> spans) {
    return new ArrayList<>(new LinkedHashSet<>(spans));
  }

  private static Optional<LocalDate> day(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.substring(0, 10)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static final class MeetingDraft {
    final Set<String> participants;
    final MeetingStatus status;
    final List<Span> evidence = new ArrayList<>();
    Optional<Span> place = Optional.empty();
    Optional<Span> time = Optional.empty();
    Optional<LocalDate> date = Optional.empty();

    MeetingDraft(Set<String> participants, MeetingStatus status) {
      this.participants = participants;
      this.status = status;
    }
  }
}
