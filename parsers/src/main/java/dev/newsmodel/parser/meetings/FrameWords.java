package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/**
 * The words that tell whether a meeting word reports a meeting that took place or is planned as a
 * fact, and who its sides are: negators, hopes, conditions, routines, games, the press, speeches,
 * bodies, the nouns of persons met. Read from the lists under {@code meetings/} of a language
 * bundle.
 */
final class FrameWords {
  /** "did not meet", "refused to meet". */
  final Set<String> negators;

  /** "hopes to meet", "asked for a meeting". */
  final Set<String> hopes;

  /** "if", after a meeting word with a modal before it. */
  final Set<String> conditions;

  final Set<String> modals;

  /** "every", "weekly": with a present-tense verb, a routine. */
  final Set<String> routines;

  final Set<String> presentVerbs;

  /** "final", "match": teams that meet in a game. */
  final Set<String> games;

  /** The press and crowds: not a side of a meeting. */
  final Set<String> press;

  /** Public events where a greeting is no meeting. */
  final Set<String> events;

  /** Words of a speech before a meeting noun: "told a meeting of". */
  final Set<String> speech;

  /** Nouns after a meeting noun that make it a modifier: "meeting room". */
  final Set<String> compoundHeads;

  /** Words before a meeting noun that make it one that takes place: "held talks", "after". */
  final Set<String> anchors;

  /** Bodies that convene: "the cabinet met" is no meeting. */
  final Set<String> bodies;

  /** Meals a host gives for a guest: "hosted a dinner for". */
  final Set<String> hospitality;

  /** Meeting verbs that, first in the sentence, are an imperative: "Meet the team". */
  final Set<String> imperatives;

  /** Nouns of one person met: "the visiting premier", "her mother". */
  final Set<String> personNouns;

  /** Verbs that take the greeting of a crowd: "greeted", "shook". */
  final Set<String> greetings;

  /** Words before a place that make it a location, not a side: "in Oslo", "from Ghana". */
  final Set<String> locationWords;

  /** Words that end the object of a meeting verb: "met on Friday", "met the demands of". */
  final Set<String> objectStops;

  /** Possessive determiners: "met her goals". */
  final Set<String> possessives;

  /** Pronouns that are a person met: "met him". */
  final Set<String> objectPronouns;

  /** Words between a subject and its verb: "has also met". */
  final Set<String> subjectSkips;

  /** Pronouns that can be a subject, relative ones included. */
  final Set<String> subjectPronouns;

  /** Collections whose members follow "of": "a series of ambassadors". */
  final Set<String> collectives;

  /** Determiners of a noun: "the", "their". */
  final Set<String> determiners;

  /** Words of a time between a verb and its object: "met three times this year". */
  final Set<String> timeWords;

  /** Prepositions of time: "a statement after the meeting" is no speech to it. */
  final Set<String> temporal;

  /** Words after a meal that name its guest: "a dinner for". */
  final Set<String> hospitalityLinks;

  /** Verbs whose capitalised object that is no person is a place: "visited Oslo". */
  final Set<String> placeVerbs;

  /** Determiners of a meeting that exists: "hoped the meeting would ease tensions". */
  final Set<String> definites;

  /** Prepositions of a meeting's place: "in a private meeting". */
  final Set<String> placePrepositions;

  /** The reader and the site: "you", "your", "our". */
  final Set<String> readerWords;

  /** Meeting verbs that are nouns too: "Fox host Bill Reed". */
  final Set<String> nounVerbs;

  /** Words before a word of {@link #nounVerbs} that make it a verb: "will host". */
  final Set<String> verbContexts;

  FrameWords(Language language, MeetingWords words) {
    negators = language.words("meetings/negators");
    hopes = language.words("meetings/hopes");
    conditions = language.words("meetings/conditions");
    modals = language.words("meetings/modals");
    routines = language.words("meetings/routines");
    presentVerbs = language.words("meetings/present-verbs");
    games = language.words("meetings/games");
    press = language.words("meetings/press");
    events = language.words("meetings/events");
    speech = language.words("meetings/speech-words");
    compoundHeads = language.words("meetings/compound-heads");
    anchors = language.words("meetings/anchors");
    bodies = language.words("meetings/bodies");
    hospitality = language.words("meetings/hospitality");
    imperatives = language.words("meetings/imperatives");
    personNouns = language.words("meetings/person-nouns");
    locationWords = language.words("meetings/location-words");
    objectStops = language.words("meetings/object-stops");
    possessives = language.words("meetings/possessives");
    objectPronouns = language.words("meetings/object-pronouns");
    subjectSkips = language.words("meetings/subject-skips");
    subjectPronouns = language.words("meetings/subject-pronouns");
    collectives = language.words("meetings/collectives");
    determiners = language.words("meetings/determiners");
    timeWords = language.words("meetings/time-words");
    temporal = language.words("meetings/temporal");
    hospitalityLinks = language.words("meetings/hospitality-links");
    nounVerbs = language.words("meetings/noun-verbs");
    readerWords = language.words("meetings/reader-words");
    placePrepositions = language.words("meetings/place-prepositions");
    definites = language.words("meetings/definites");
    placeVerbs = language.words("meetings/place-verbs");
    verbContexts = language.words("meetings/verb-contexts");
    greetings = WordList.of(new String[] {words.handshakeNoun}, words.handshakes, words.greetings);
  }
}
