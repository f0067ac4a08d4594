package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.lexicon.CalendarWords;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the quote finders read, from the {@code quotes/} lists of a language bundle: the
 * reporting cues, the words of speaker phrases, the words that tell a quoted name from speech. Made
 * once per {@link QuoteStage}, while the stages are built (the first words of the cues are a tagged
 * list), and shared by the per-document finders; immutable.
 */
final class QuoteWords {
  /** The reporting cues, lower case: verbs with their inflections, and multi-word cues. */
  final Set<String> cues;

  /** The first word of every cue, tagged: most tokens start none. */
  final Set<String> cueFirstWords;

  /** Cues that introduce reported speech as a clause ("said that ..."). */
  final Set<String> speechCues;

  /** Words after which a cue word is a noun ("his claims"). */
  final Set<String> nounMarkers;

  /** Words that never belong to a speaker's noun phrase, weekdays included. */
  final Set<String> phraseStops;

  /** Determiners, which open a noun phrase ("the", "his", "several"). */
  final Set<String> determiners;

  /** Adverbs and auxiliaries between a subject and its verb ("Roe [then] told"). */
  final Set<String> adverbs;

  /** Words after which a cue comes before its subject ("Thus said the diplomat"). */
  final Set<String> inversionWords;

  /** Last words of cues whose next phrase is the addressee ("told", "called on"). */
  final Set<String> addressingCues;

  /** Forms of "be": a stance cue after one is not the subject's stance. */
  final Set<String> beForms;

  /** Words that open a time, place or medium after a cue, weekdays included ("on Friday"). */
  final Set<String> adjunctOpeners;

  /** Words that open the clause a cue such as "told" reports, as written. */
  final Set<String> clauseWords;

  /** Contractions ("it's"): no possessive before a quoted title. */
  final Set<String> contractions;

  /** The words contracted with "'s" when it is a token of its own ("it", "that"). */
  final Set<String> contracted;

  /** Words after which a quote in title case is a title ("on", "film"). */
  final Set<String> titleContext;

  /** Function words a title leaves in lower case ("of", "the"). */
  final Set<String> titleSmallWords;

  /** Words after which a quote is a name or coinage ("so-called"). */
  final Set<String> namingWords;

  /** Possessive pronouns, which possess rather than speak ("his"). */
  final Set<String> possessivePronouns;

  /** Pronouns, which name no organization ("he", "they"). */
  final Set<String> pronouns;

  /** The possessive endings ("'s" with either apostrophe). */
  final String[] possessiveEndings;

  /**
   * Determiners dropped before an organization's name, each followed by its space ("the "), in the
   * order they are tried.
   */
  final String[] organizationDeterminers;

  /** Starts of cues that take an addressee before their clause ("told", "tell"). */
  final String[] tellingCueStarts;

  /** The cue that opens with its source: "according to". */
  final String accordingTo;

  /** The one cue word that counts capitalised in running text ("According to"). */
  final String capitalisedCue;

  /** A particle that makes a cue word a phrasal verb ("showed up"). */
  final String phrasalParticle;

  /** The word that joins the parts of a name ("Secretary of State"). */
  final String nameJoiner;

  /** The word that may open the clause after a cue ("said that"). */
  final String thatClause;

  /** The ending of a participle ("blaming"). */
  final String participleEnding;

  /** The ending of a past-tense verb ("sued"), which ends a subject in lower case. */
  final String pastEnding;

  /** The ending of an adverb ("publicly"). */
  final String adverbEnding;

  /** The ending of a plural before an apostrophe ("veterans'"). */
  final String pluralEnding;

  /** The start of a passive cue ("quoted in"). */
  final String passiveCueStart;

  /** A cue word and the next word that make it no reporting verb: "admitted to", "cry foul". */
  final Set<String> cueBlockers;

  /** Cues that report only a call to act, with an infinitive after them ("calls on … to"). */
  final Set<String> directiveCues;

  /** Cues that report speech only next to a quote or before a "that" clause ("charged"). */
  final Set<String> clauseOnlyCues;

  /** Prepositions that cannot stand where a subject's verb does ("Powered by"). */
  final Set<String> notVerbs;

  /** The marker of an infinitive ("to"). */
  final String infinitiveMarker;

  /** Cues that report only in a clause opened by {@link #asClause} ("put it"). */
  final Set<String> asCues;

  /** The word that opens the clause of an {@link #asCues} cue: "as the memo put it". */
  final String asClause;

  /** Nouns of speech whose possessor speaks the clause after them ("Roe's claim that"). */
  final Set<String> speechNouns;

  /** The word that joins two verbs of one subject: "Roe laughed and said". */
  final String coordinator;

  /** Words before a participle cue that make an idiom of it ("it goes without saying"). */
  final Set<String> participleBlockers;

  /** The preposition that names a source right after a quote: "per the bylaws". */
  final String sourcePreposition;

  /** Linking verbs, auxiliaries and modals: "Users can “…”" reports nothing. */
  final Set<String> linkingVerbs;

  /** Endings of a pronoun contracted with its verb ("I’ve"), as written. */
  final String[] contractionEndings;

  /** The preposition of a passive's agent ("Powered by a motor, …"). */
  final String agentPreposition;

  /** Determiners that stand alone for persons as a speaker ("Another said"). */
  final Set<String> standaloneDeterminers;

  /** Relative pronouns that may be a cue's subject ("who said"). */
  final Set<String> relativePronouns;

  /** Conjunctions that open a new clause after a quote ("while", "though"). */
  final Set<String> clauseConjunctions;

  /** The personal pronouns that tell a sex, lower case, to 'M' or 'F' (the persons' table). */
  final Map<String, String> pronounSexes;

  /** The words of {@code language}; tags the cues' first words in its bundle. */
  QuoteWords(Language language) {
    cues = language.lowerCaseWords("quotes/cues");
    cueFirstWords =
        language.tagged(
            "quotes/cue-first-words",
            WordList.copyOf(cues.stream().map(cue -> cue.split(" ", 2)[0]).toList()));
    speechCues = language.words("quotes/speech-cues");
    nounMarkers = language.words("quotes/noun-markers");
    Set<String> weekdays = CalendarWords.of(language).weekdays();
    phraseStops = withWeekdays(language.entries("quotes/phrase-stops"), weekdays);
    determiners = language.words("quotes/determiners");
    standaloneDeterminers = language.words("quotes/standalone-determiners");
    adverbs = language.words("quotes/adverbs");
    inversionWords = language.words("quotes/inversion-words");
    addressingCues = language.words("quotes/addressing-cues");
    beForms = language.words("quotes/be-forms");
    adjunctOpeners = withWeekdays(language.entries("quotes/adjunct-openers"), weekdays);
    clauseWords = language.words("quotes/clause-words");
    contractions = language.words("quotes/contractions");
    contracted = language.words("quotes/contracted");
    titleContext = language.words("quotes/title-context");
    titleSmallWords = language.words("quotes/title-small-words");
    namingWords = language.words("quotes/naming-words");
    possessivePronouns = language.words("quotes/possessive-pronouns");
    pronouns = language.words("quotes/pronouns");
    possessiveEndings = language.entries("quotes/possessive-endings").toArray(String[]::new);
    organizationDeterminers =
        language.entries("quotes/organization-determiners").stream()
            .map(determiner -> determiner + " ")
            .toArray(String[]::new);
    tellingCueStarts = language.entries("quotes/telling-cue-starts").toArray(String[]::new);
    accordingTo = language.word("quotes/words", "according-to");
    capitalisedCue = language.word("quotes/words", "capitalised-cue");
    phrasalParticle = language.word("quotes/words", "phrasal-particle");
    nameJoiner = language.word("quotes/words", "name-joiner");
    thatClause = language.word("quotes/words", "that-clause");
    agentPreposition = language.word("quotes/words", "agent-preposition");
    participleEnding = language.word("quotes/words", "participle-ending");
    adverbEnding = language.word("quotes/words", "adverb-ending");
    pastEnding = language.word("quotes/words", "past-ending");
    pluralEnding = language.word("quotes/words", "plural-ending");
    passiveCueStart = language.word("quotes/words", "passive-cue-start");
    cueBlockers = language.lowerCaseWords("quotes/cue-blockers");
    directiveCues = language.lowerCaseWords("quotes/directive-cues");
    notVerbs = language.words("quotes/not-verbs");
    clauseOnlyCues = language.lowerCaseWords("quotes/clause-only-cues");
    infinitiveMarker = language.word("quotes/words", "infinitive-marker");
    clauseConjunctions = language.words("quotes/clause-conjunctions");
    relativePronouns = language.words("quotes/relative-pronouns");
    contractionEndings = language.entries("quotes/contraction-endings").toArray(String[]::new);
    linkingVerbs = language.words("quotes/linking-verbs");
    sourcePreposition = language.word("quotes/words", "source-preposition");
    participleBlockers = language.words("quotes/participle-blockers");
    coordinator = language.word("quotes/words", "coordinator");
    speechNouns = language.words("quotes/speech-nouns");
    asCues = language.lowerCaseWords("quotes/as-cues");
    asClause = language.word("quotes/words", "as-clause");
    pronounSexes = language.table("persons/pronouns");
  }

  /** Whether {@code word} is a possessive ending ("'s"). */
  boolean isPossessiveEnding(String word) {
    for (String ending : possessiveEndings) {
      if (word.equals(ending)) {
        return true;
      }
    }
    return false;
  }

  /** The length of the possessive ending of {@code word} ("'s"), or 0. */
  int possessiveEnding(String word) {
    for (String ending : possessiveEndings) {
      if (word.endsWith(ending)) {
        return ending.length();
      }
    }
    return 0;
  }

  /** Whether {@code word} ends in a possessive ending ("Trump's"). */
  boolean endsPossessive(String word) {
    for (String ending : possessiveEndings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a possessive ending starts at character {@code at} of {@code text}. */
  boolean possessiveEndingAt(String text, int at) {
    for (String ending : possessiveEndings) {
      if (text.startsWith(ending, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether lower-case cue {@code cue} starts as a cue that takes an addressee ("told"). */
  boolean startsTelling(String cue) {
    for (String start : tellingCueStarts) {
      if (cue.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  /** The entries of a list and the weekdays, as one set. */
  private static Set<String> withWeekdays(List<String> entries, Set<String> weekdays) {
    List<String> all = new ArrayList<>(entries);
    all.addAll(weekdays);
    return WordList.copyOf(all);
  }
}
