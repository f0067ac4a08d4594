package dev.newsmodel.parser.meetings;

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
  private final Frames frames;
  private final NamedSides namedSides;
  private final NounMeetings nounMeetings;
  private final VerbMeetings verbMeetings;
  private final Statuses statuses;

  /** How far from a meeting word a word of a call or a letter makes it one: "met virtually". */
  private static final int CALL_REACH = 6;

  /** A meetings stage reading the words of {@code language}; tags its triggers there. */
  public MeetingStage(Language language) {
    this.words = new MeetingWords(language);
    this.triggers = new Triggers(words);
    this.places = new Places(words);
    this.times = new Times(words);
    FrameWords frameWords = new FrameWords(language, words);
    this.frames = new Frames(frameWords, words.pastSuffix);
    Gazetteer gazetteer = Gazetteer.of(language);
    this.namedSides = new NamedSides(words, frameWords, gazetteer);
    VerbObjects objects = new VerbObjects(words, frameWords, gazetteer);
    SideRegistrar registrar = new SideRegistrar(words, frameWords, gazetteer);
    SideRules rules = new SideRules(words, frameWords, frames, objects, registrar);
    this.nounMeetings = new NounMeetings(rules);
    this.verbMeetings =
        new VerbMeetings(
            rules,
            new ThingSubjects(words, frameWords),
            new VerbSides(words, language.words("meetings/and-words")));
    this.statuses = new Statuses(words);
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
      int opener = triggers.firstOpener(tokens, first, end);
      if (opener < 0) {
        int firstPerson = personAt.firstFrom(sentences.start(s));
        if (firstPerson < personAt.size() && personAt.start(firstPerson) < sentences.end(s)) {
          previousSubject = personAt.id(firstPerson);
        }
        continue;
      }
      List<Sides.Side> named = namedSides.named(text, tokens, personAt, first, end);
      if (Sides.persons(named) > 1) {
        // Countries are sides when no persons stand for them ("Peru and Chile resumed talks").
        named.removeIf(side -> side.id() == null);
      }
      String firstPerson = Sides.firstPerson(named);
      MeetingSentence sentence =
          new MeetingSentence(text, tokens, personAt, named, delegations, first, end);
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
            || triggers.hasNegative(
                tokens, Math.max(first, i - CALL_REACH), Math.min(end, i + CALL_REACH))
            || verb
                && frames.nounNotVerb(tokens, personAt, first, i)
                && !verbMeetings.visitTo(tokens, personAt, i, end)) {
          continue;
        }
        List<List<String>> groups =
            noun
                ? nounMeetings.participants(sentence, i)
                : verbMeetings.participants(sentence, i, previousSubject);
        for (List<String> group : groups) {
          Set<String> ids = new LinkedHashSet<>(group);
          // One named side is enough ("met with Besigye", "a meeting with community leaders").
          if (ids.isEmpty() || !seen.add(ids) || MeetingDrafts.subsumed(seen, ids)) {
            continue;
          }
          MeetingDrafts.MeetingDraft draft =
              new MeetingDrafts.MeetingDraft(
                  Sides.resolve(entities, ids), statuses.of(tokens, first, end, i, noun));
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

  private static Optional<LocalDate> day(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.substring(0, 10)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
