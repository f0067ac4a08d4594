package dev.newsmodel.parser.meetings;

import dev.newsmodel.parser.lexicon.CalendarWords;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the meetings stage, read from the lists under {@code meetings/} of a language bundle
 * (and its weekdays and months): made once by {@link MeetingStage}'s constructor, which is when the
 * list of words that open a meeting is tagged.
 */
final class MeetingWords {
  /** Verbs of meeting: the subject met the objects. */
  final Set<String> verbs;

  /** Nouns of meeting: the participants are everyone named around them. */
  final Set<String> nouns;

  /** Words that make a contact something other than a face-to-face meeting. */
  final Set<String> negatives;

  /** Negatives that are no phone call without {@link #callQualifier} before them. */
  final Set<String> calls;

  /** The word before a call that makes it one: "a conference call". */
  final String callQualifier;

  /** Words before a verb that make the meeting a plan. */
  final Set<String> planned;

  /** Words after a meeting noun that make it a plan: "is scheduled for". */
  final Set<String> plannedAfter;

  /** The word after a meeting noun that names its members: "a summit of". */
  final String ofWord;

  /** Auxiliaries before a verb: "were meeting". */
  final Set<String> auxiliaries;

  /** The word that joins two groups: "elders and officers". */
  final String andWord;

  /** The pronoun of a thing: "it meets the requirements". */
  final String itWord;

  /** The word of {@link #planned} that plans a verb only: "to meet". */
  final String toWord;

  /** Words that say a meeting was called off. */
  final Set<String> cancelled;

  /**
   * The word of {@link #cancelled} that cancels only after a word starting {@link #callOffVerb}.
   */
  final String callOffParticle;

  final String callOffVerb;

  /** Verbs that need a person as their object to be a meeting: "visited Beijing" is not one. */
  final Set<String> needsPersonObject;

  /** Verbs whose group subject may stand anywhere before them in the sentence. */
  final Set<String> farSubjectVerbs;

  /** The ending of a lower-case word that is a verb between a meeting verb and a person. */
  final String pastSuffix;

  /** Words before {@link #determinedNoun} that make it the noun: "the meeting". */
  final Set<String> meetingDeterminers;

  final String determinedNoun;

  /** A noun of meeting only before {@link #audienceWith}: "an audience with". */
  final String audienceNoun;

  final String audienceWith;

  /** A noun of meeting that is a verb before a word of {@link #talksVerbFollowers} or an adverb. */
  final String verbNoun;

  final Set<String> talksVerbFollowers;

  final String adverbSuffix;

  /** Verbs of a phrasal meeting verb with {@link #sitPhrase} after them: "sat down with". */
  final Set<String> sit;

  final String[] sitPhrase;

  /** Verbs of a phrasal meeting verb with {@link #walkPhrase} after them: "walked with". */
  final Set<String> walk;

  final String[] walkPhrase;

  /** Verbs before {@link #handshakeNoun} that make a meeting: "shook hands". */
  final Set<String> handshakes;

  /** Verbs of greeting: "greeted". */
  final Set<String> greetings;

  final String handshakeNoun;

  /** Every word that can open a meeting, verb or noun: one (tagged) look-up rules out most. */
  final Set<String> openers;

  /** Group nouns that take part in a meeting when no person is named: "NATO ambassadors". */
  final Set<String> groupNouns;

  /** Words between a meeting verb and the group it meets: "met with RNC officials". */
  final Set<String> groupLinks;

  /** Words that end the search for the group a verb meets: "met with him on Friday". */
  final Set<String> groupStops;

  /** Words before a meeting's place: "in Lisbon". */
  final Set<String> placePrepositions;

  /** The article skipped before a place: "at the Kremlin". */
  final String placeArticle;

  /** Words that end a place's name, weekdays and months included. */
  final Set<String> placeStops;

  /** Days relative to the article's date, with their offset in days: "yesterday". */
  final Map<String, Integer> relativeDays;

  /** Phrases of a relative time, each split into its words: "later in the day". */
  final List<String[]> relativePhrases;

  /** The first words of {@link #relativePhrases}. */
  final Set<String> relativePhraseStarts;

  /**
   * The offset in days of the day a phrase of {@link #relativePhrases} names, when it names one.
   */
  final Map<String, Integer> relativePhraseDays;

  /** The ending of the word glued after a relative day that makes it a possessive: "today's". */
  final String possessiveEnding;

  /** The word before a weekday that belongs to the time: "on Monday". */
  final String weekdayPreposition;

  /** The weekdays and months. */
  final CalendarWords calendar;

  MeetingWords(Language language) {
    verbs = language.words("meetings/verbs");
    nouns = language.words("meetings/nouns");
    negatives = language.words("meetings/negatives");
    calls = language.words("meetings/calls");
    callQualifier = language.word("meetings/words", "call-qualifier");
    planned =
        WordList.of(
            new String[0],
            language.words("meetings/planned-auxiliaries"),
            language.words("meetings/plans"));
    cancelled = language.words("meetings/cancelled");
    plannedAfter = language.words("meetings/planned-after");
    ofWord = language.word("meetings/words", "of-word");
    toWord = language.word("meetings/words", "to-word");
    itWord = language.word("meetings/words", "it-word");
    andWord = language.word("meetings/words", "and-word");
    auxiliaries = language.words("meetings/auxiliaries");
    callOffParticle = language.word("meetings/words", "call-off-particle");
    callOffVerb = language.word("meetings/words", "call-off-verb");
    needsPersonObject = language.words("meetings/needs-person-object");
    farSubjectVerbs = language.words("meetings/far-subject-verbs");
    pastSuffix = language.word("meetings/words", "past-suffix");
    meetingDeterminers = language.words("meetings/meeting-determiners");
    determinedNoun = language.word("meetings/words", "determined-noun");
    audienceNoun = language.word("meetings/words", "audience-noun");
    audienceWith = language.word("meetings/words", "audience-with");
    verbNoun = language.word("meetings/words", "verb-noun");
    talksVerbFollowers = language.words("meetings/talks-verb-followers");
    adverbSuffix = language.word("meetings/words", "adverb-suffix");
    sit = language.words("meetings/sit");
    sitPhrase = language.word("meetings/words", "sit-phrase").split(" ");
    walk = language.words("meetings/walk");
    walkPhrase = language.word("meetings/words", "walk-phrase").split(" ");
    handshakes = language.words("meetings/handshakes");
    greetings = language.words("meetings/greetings");
    handshakeNoun = language.word("meetings/words", "handshake-noun");
    openers =
        language.tagged(
            "meetings/triggers",
            WordList.of(new String[] {handshakeNoun}, verbs, nouns, sit, walk));
    groupNouns = language.words("meetings/group-nouns");
    groupLinks = language.words("meetings/group-links");
    groupStops = language.words("meetings/group-stops");
    calendar = CalendarWords.of(language);
    placePrepositions = language.words("meetings/place-prepositions");
    placeArticle = language.word("meetings/words", "place-article");
    placeStops =
        WordList.of(
            language.entries("meetings/place-stops").toArray(new String[0]),
            calendar.weekdays(),
            calendar.months());
    Map<String, Integer> days = new HashMap<>();
    language.table("meetings/relative-days").forEach((w, n) -> days.put(w, Integer.valueOf(n)));
    relativeDays = Map.copyOf(days);
    List<String[]> phrases = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    Map<String, Integer> phraseDays = new HashMap<>();
    language
        .table("meetings/relative-phrases")
        .forEach(
            (phrase, n) -> {
              String[] parts = phrase.split(" ");
              phrases.add(parts);
              starts.add(parts[0]);
              if (!n.equals("-")) {
                phraseDays.put(phrase, Integer.valueOf(n));
              }
            });
    relativePhrases = List.copyOf(phrases);
    relativePhraseStarts = WordList.copyOf(starts);
    relativePhraseDays = Map.copyOf(phraseDays);
    possessiveEnding = language.word("meetings/words", "possessive-ending");
    weekdayPreposition = language.word("meetings/words", "weekday-preposition");
  }
}
