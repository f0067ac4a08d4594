package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.MeetingStatus;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.EntityRegistry;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.MentionIndex;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
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
  private final FrameWords frameWords;
  private final Frames frames;
  private final Sides sides;
  private final Gazetteer gazetteer;

  /** The words that join the subjects of one meeting: "Obama, Park and Abe met". */
  private final Set<String> andWords;

  /** How far from a meeting word a word of a call or a letter makes it one: "met virtually". */
  private static final int CALL_REACH = 6;

  /** How many words after a title its person's name may stand: "Prime Minister of New Zealand". */
  private static final int TITLE_REACH = 5;

  /** How many words after a meeting noun's complement a country it names may stand. */
  private static final int COUNTRY_REACH = 4;

  /** How many words after a meeting noun its "with" may stand. */
  private static final int COMPLEMENT_REACH = 8;

  /** A meetings stage reading the words of {@code language}; tags its triggers there. */
  public MeetingStage(Language language) {
    this.words = new MeetingWords(language);
    this.triggers = new Triggers(words);
    this.places = new Places(words);
    this.times = new Times(words);
    this.frameWords = new FrameWords(language, words);
    this.frames = new Frames(frameWords, words.pastSuffix);
    this.gazetteer = Gazetteer.of(language);
    this.sides = new Sides(words, frameWords, gazetteer);
    this.andWords = language.words("meetings/and-words");
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
    List<MeetingDrafts.MeetingDraft> drafts = new ArrayList<>();
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
      List<Sides.Side> named = sides.named(text, tokens, personAt, first, end);
      if (Sides.persons(named) > 1) {
        // Countries are sides when no persons stand for them ("Peru and Chile resumed talks").
        named.removeIf(side -> side.id() == null);
      }
      String firstPerson = Sides.firstPerson(named);
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
        if (!noun && !verb
            || frames.notFact(tokens, first, end, i)
            || hasNegative(tokens, Math.max(first, i - CALL_REACH), Math.min(end, i + CALL_REACH))
            || verb
                && frames.nounNotVerb(tokens, personAt, first, i)
                && !visitTo(tokens, personAt, i, end)) {
          continue;
        }
        List<List<String>> groups =
            noun
                ? nounParticipants(text, tokens, personAt, named, delegations, first, end, i)
                : verbMeeting(
                    text, tokens, personAt, named, delegations, first, end, i, previousSubject);
        for (List<String> group : groups) {
          Set<String> ids = new LinkedHashSet<>(group);
          // One named side is enough ("met with Besigye", "a meeting with community leaders").
          if (ids.isEmpty() || !seen.add(ids) || MeetingDrafts.subsumed(seen, ids)) {
            continue;
          }
          MeetingDrafts.MeetingDraft draft =
              new MeetingDrafts.MeetingDraft(
                  Sides.resolve(entities, ids), status(tokens, first, end, i, noun));
          draft.evidence.add(
              Span.of(text.substring(sentences.start(s), sentences.end(s)), sentences.start(s)));
          draft.place = places.find(text, tokens, first, end);
          draft.time = times.find(text, tokens, first, end);
          draft.date = draft.time.flatMap(t -> times.resolve(t.text(), published));
          drafts.add(draft);
        }
      }
      MeetingDrafts.dropSubsets(drafts, sentenceDrafts);
      if (firstPerson != null) {
        previousSubject = firstPerson;
      }
    }
    document.put(Layer.MEETINGS, MeetingDrafts.merge(drafts));
  }

  /**
   * The sides of the meeting noun at {@code noun}: everyone named in the sentence and the side its
   * complement names ("talks with union leaders"); none when the noun is no meeting that takes
   * place (talks named as background, a speech to a meeting, "the meeting room").
   */
  private List<List<String>> nounParticipants(
      String text,
      Tokens tokens,
      MentionIndex personAt,
      List<Sides.Side> named,
      Delegations delegations,
      int first,
      int end,
      int noun) {
    if (frames.notOwnMeeting(tokens, personAt, first, noun, Sides.persons(named))
        || frames.crowd(tokens, first, end, noun)) {
      return List.of();
    }
    Sides.Found complement = complement(tokens, personAt, noun, end);
    int anchor = frames.anchor(tokens, first, noun, Sides.persons(named));
    if (complement == null && anchor < 0 && !tokens.lower(noun).equals(words.handshakeNoun)) {
      return List.of(); // "a better climate for peace talks"
    }
    if (anchor >= 0 && frames.notFact(tokens, first, end, anchor)) {
      return List.of(); // "will try to convene a summit"
    }
    // Countries before the noun or in its complement ("Peru and Chile resumed talks", "talks
    // between Kenya and Ethiopia"), not one named in another clause after it.
    int reach =
        tokens.end(complement == null ? noun : Math.min(end - 1, complement.to() + COUNTRY_REACH));
    List<String> ids =
        Sides.idsOf(
            named.stream().filter(side -> side.id() != null || side.start() < reach).toList());
    String other =
        complement == null ? null : register(text, tokens, personAt, delegations, complement);
    if (other != null && !ids.contains(other)) {
      ids.add(other);
    }
    if (ids.isEmpty()) {
      // "an emergency meeting between militia commanders": a delegation around the noun;
      // a body meeting with nobody named is no meeting.
      String group = delegations.findAround(text, tokens, first, end);
      if (group == null && Frames.before(tokens, first, noun, frameWords.possessives) >= 0) {
        // "at their meeting, the twelve-nation group": the body the possessive names
        group = delegations.findAround(text, tokens, noun, end, frameWords.bodies);
      }
      return group == null ? List.of() : List.of(List.of(group));
    }
    return List.of(ids);
  }

  /**
   * The side a meeting noun's complement names: "of" right after it, or "with", "between", "among"
   * a few words on ("a meeting at the White House Wednesday with leaders").
   */
  private Sides.Found complement(Tokens tokens, MentionIndex personAt, int noun, int end) {
    int link = noun + 1;
    boolean of = link < end && tokens.is(link, words.ofWord);
    while (!of
        && link < Math.min(end, noun + COMPLEMENT_REACH)
        && tokens.kind(link) == Tokens.WORD
        && !WordList.hasText(words.groupLinks, tokens, link)) {
      link++;
    }
    if (link >= end
        || tokens.kind(link) != Tokens.WORD
        || !of && !WordList.hasText(words.groupLinks, tokens, link)) {
      return null;
    }
    Sides.Found found = sides.object(tokens, personAt, of ? link : link - 1, end, false, true);
    if (found.kind() != Sides.Kind.SIDE
        || of
            && personAt.idAt(tokens.start(found.to())) == null
            && !sides.isSideNoun(tokens, found.to())) {
      return null; // "a meeting of the port commission": a body convening
    }
    return found;
  }

  /**
   * The sides of the meeting verb at {@code verb}; none when its object is a thing ("met the
   * deadline", "hosted a podcast"), its subject a thing or a body ("the plan met with criticism",
   * "the cabinet met"), it meets teams in a game or greets a crowd, or one person meets nobody.
   */
  private List<List<String>> verbMeeting(
      String text,
      Tokens tokens,
      MentionIndex personAt,
      List<Sides.Side> named,
      Delegations delegations,
      int first,
      int end,
      int verb,
      String previousSubject) {
    String word = tokens.lower(verb);
    boolean needsPerson = words.needsPersonObject.contains(word);
    Sides.Found object =
        sides.object(
            tokens, personAt, verb, end, frameWords.placeVerbs.contains(word), !needsPerson);
    boolean person =
        object.kind() == Sides.Kind.SIDE && personAt.idAt(tokens.start(object.from())) != null;
    if (object.kind() == Sides.Kind.THING
        || frames.game(tokens, first, end)
        || !person && frames.crowd(tokens, first, end, verb)
        || sides.thingSubject(tokens, personAt, first, verb)) {
      return List.of();
    }
    boolean nameSubject = delegations.nameEnd(tokens, personAt, first, verb, frameWords) >= 0;
    // "Technovation hosted by Peter High": a name right before the verb is its subject, not the
    // person of the sentence before
    List<List<String>> groups =
        verbParticipants(
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
      String other = register(text, tokens, personAt, delegations, object);
      if (other != null) {
        List<String> all = new ArrayList<>(groups.get(0));
        all.add(other);
        groups = List.of(all);
      }
    } else if (object.kind() == Sides.Kind.SIDE
        && groups.size() <= 1
        && (groups.isEmpty() || groups.get(0).size() == 1)) {
      // "Obama plans to meet with SICA leaders": a group or a name on the other side.
      String other = register(text, tokens, personAt, delegations, object);
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
  private boolean visitTo(Tokens tokens, MentionIndex personAt, int noun, int end) {
    if (noun + 1 >= end || !tokens.is(noun + 1, words.toWord)) {
      return false;
    }
    Sides.Found found = sides.object(tokens, personAt, noun + 1, end, true, false);
    return found.kind() == Sides.Kind.SIDE && personAt.idAt(tokens.start(found.from())) != null;
  }

  /**
   * The id of the side {@code found} names when it is no person named: a group ("tribal elders") or
   * a name the persons stage did not take ("Besigye"); null for a person or a country.
   */
  private String register(
      String text,
      Tokens tokens,
      MentionIndex personAt,
      Delegations delegations,
      Sides.Found found) {
    if (found.from() == found.to() && personAt.idAt(tokens.start(found.from())) != null
        || found.from() == found.to()
            && WordList.has(frameWords.objectPronouns, tokens, found.from())
        || found.from() == found.to() && gazetteerPlace(tokens, found.from())) {
      return null;
    }
    int after = found.to() + 1;
    if (after + 1 < tokens.size()
        && tokens.kind(after) == Tokens.PUNCT
        && personAt.idAt(tokens.start(after + 1)) != null) {
      return null; // "the mayor, Lena Holt": a person named in apposition
    }
    for (int k = found.to() + 1; k < tokens.size() && k <= found.to() + TITLE_REACH; k++) {
      if (personAt.idAt(tokens.start(k)) != null) {
        return null; // "Secretary of State John Kerry": the title of a person named
      }
      if (tokens.kind(k) != Tokens.WORD
          || !Character.isUpperCase(tokens.firstChar(k)) && !tokens.is(k, words.ofWord)) {
        break;
      }
    }
    return delegations.register(text, tokens.start(found.from()), tokens.end(found.to()));
  }

  private boolean gazetteerPlace(Tokens tokens, int i) {
    return gazetteer.hasPlace(tokens.text(i));
  }

  /** The subject and objects of a meeting verb: pairwise when one subject meets several. */
  private List<List<String>> verbParticipants(
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

  /** The first side named before {@code offset}, else the subject carried over, or null. */
  private static String subjectBefore(List<Sides.Side> named, int offset, String previous) {
    for (Sides.Side side : named) {
      if (side.start() < offset) {
        return Sides.idOf(side);
      }
    }
    return previous;
  }

  private MeetingStatus status(Tokens tokens, int first, int end, int trigger, boolean noun) {
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == Tokens.WORD && WordList.has(words.cancelled, tokens, i)) {
        if (!tokens.lower(i).equals(words.callOffParticle)
            || (i > 0 && tokens.lower(i - 1).startsWith(words.callOffVerb))) {
          return MeetingStatus.CANCELLED;
        }
      }
    }
    for (int i = Math.max(first, trigger - 4); i < trigger; i++) {
      if (tokens.kind(i) == Tokens.WORD
          && WordList.has(words.planned, tokens, i)
          && !(noun && tokens.is(i, words.toWord))) {
        return MeetingStatus.PLANNED; // "will meet", "a planned meeting"; not "return to talks"
      }
    }
    if (noun
        && Frames.anyIn(tokens, trigger + 1, Math.min(end, trigger + 12), words.plannedAfter)) {
      return MeetingStatus.PLANNED; // "a meeting between … is scheduled for Tuesday"
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

  private static Optional<LocalDate> day(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.substring(0, 10)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
