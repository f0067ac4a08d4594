package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.List;
import java.util.Set;

/**
 * The words that {@link IndirectQuotes} reads beyond the shared {@link QuoteWords}, from the {@code
 * quotes/indirect/} lists of a language bundle: verbs of belief and intent, the words that join a
 * second reported clause, and the words that show a cue reports nothing (a passive, a relative
 * clause). Made once per {@link QuoteStage}; immutable.
 */
final class IndirectWords {
  /** Verbs of belief, intent and stance ("wants", "fears"), tagged: asked about every token. */
  final Set<String> stanceVerbs;

  /** Words that join a second reported clause ("and", "but"). */
  final Set<String> coordinators;

  /** Auxiliaries and forms of "be": a content opening with one has no subject. */
  final Set<String> auxiliaries;

  /** Words after a cue word that make it a passive participle ("by"). */
  final Set<String> passiveAgents;

  /** Words after a stance cue that make it a participle qualifying a noun ("accused of"). */
  final Set<String> objectPrepositions;

  /** Words that may open what a verb of belief or intent takes ("to", "that", "the"). */
  final Set<String> complementOpeners;

  /** Words before a speaker that make the cue's clause a relative one ("what", "as"). */
  final Set<String> extractionWords;

  /** Prepositions after a cue of speech that make it report a topic ("wrote about"). */
  final Set<String> objectOpeners;

  /** Words that open a clause before its subject ("though", "unless"). */
  final Set<String> subordinators;

  /** Subjects that speak for nobody in particular ("you"). */
  final Set<String> genericSubjects;

  /** Verbs of appearance ("seems", "appeared"), tagged: asked about every token. */
  final Set<String> evidentialVerbs;

  /** Participles that after "be" report others' view ("expected", "said"), tagged. */
  final Set<String> reportedPassives;

  /** Verbs of appearance that take an adjective or a noun phrase too ("seemed nervous"). */
  final Set<String> linkingEvidentials;

  /** Verbs of asking ("asked"). */
  final Set<String> askingVerbs;

  /** Words that open what a verb of asking reports ("about", "whether"). */
  final Set<String> questionOpeners;

  /** Subjects that stand for no matter of their own ("it seems that"). */
  final Set<String> expletiveSubjects;

  /** Words that end the noun phrase a verb of stance takes ("on", "because"). */
  final Set<String> objectEnds;

  /** Nouns of a statement or an intent that report a clause ("claim that"), tagged. */
  final Set<String> clauseNouns;

  /** Nouns of a stance that report a phrase ("criticism of"), tagged. */
  final Set<String> topicNouns;

  /** Prepositions that open what a noun of stance is toward ("of", "for"). */
  final Set<String> topicPrepositions;

  /** Verbs of speech with the preposition of their topic ("spoke about"), two words each. */
  final Set<String> topicCues;

  /** The first words of {@link #topicCues}, tagged: asked about every token. */
  final Set<String> topicVerbs;

  /** Verbs of regard that take a phrase and "as" ("see … as"), tagged. */
  final Set<String> regardVerbs;

  /** Adverbs that attribute their clause to unnamed reports ("reportedly"), tagged. */
  final Set<String> hearsayAdverbs;

  /** Light verbs that make a statement with a noun ("made the case that"). */
  final Set<String> lightVerbs;

  /** Bare nouns of a standard after "according to" ("plan"): no source. */
  final Set<String> standardNouns;

  /** Endings of a negated auxiliary ("n't"). */
  final List<String> negationEndings;

  /** Pronouns that, closing a longer phrase, open a relative clause ("the sum he says …"). */
  final Set<String> reducedRelativeSubjects;

  /**
   * Where the subject of a cue ends in a pronoun ({@code last} of the phrase {@code [first, end)}):
   * the pronoun alone when a subordinator or nothing stands before it ("Though she said"), -1 when
   * a noun does (a relative clause without "that": "the sum she says she raised") or the pronoun
   * speaks for nobody ("you want"), {@code first} when the phrase ends in no pronoun.
   */
  int subjectStart(Tokens tokens, int first, int end) {
    if (end <= first) {
      return -1; // "Don't want to …": no subject
    }
    int last = end - 1;
    if (WordList.has(genericSubjects, tokens, last)) {
      return -1; // "if you want to learn more"
    }
    if (last == first || !WordList.has(reducedRelativeSubjects, tokens, last)) {
      return first;
    }
    return WordList.has(subordinators, tokens, last - 1) ? last : -1;
  }

  /**
   * The end of a subject phrase {@code [first, end)} without a negated auxiliary at its end ("she
   * didn't [want]" ends before "didn't"); {@code first} when the phrase is only that.
   */
  int withoutNegation(Tokens tokens, int first, int end) {
    String last = tokens.lower(end - 1);
    for (String ending : negationEndings) {
      if (last.endsWith(ending)) {
        return end - 1; // "don't want" alone: no subject left
      }
    }
    return end;
  }

  /** The lower-case words of list {@code name}, tagged in {@code language}'s bundle. */
  private static Set<String> tagged(Language language, String name) {
    return language.tagged(name, language.lowerCaseWords(name));
  }

  /** The words of {@code language}; tags the stance verbs in its bundle. */
  IndirectWords(Language language) {
    stanceVerbs = tagged(language, "quotes/indirect/stance-verbs");
    evidentialVerbs = tagged(language, "quotes/indirect/evidential-verbs");
    reportedPassives = tagged(language, "quotes/indirect/reported-passives");
    expletiveSubjects = language.words("quotes/indirect/expletive-subjects");
    linkingEvidentials = language.words("quotes/indirect/linking-evidentials");
    askingVerbs = language.words("quotes/indirect/asking-verbs");
    questionOpeners = language.words("quotes/indirect/question-openers");
    objectEnds = language.words("quotes/indirect/object-ends");
    coordinators = language.words("quotes/indirect/coordinators");
    auxiliaries = language.words("quotes/indirect/auxiliaries");
    passiveAgents = language.words("quotes/indirect/passive-agents");
    objectPrepositions = language.words("quotes/indirect/object-prepositions");
    complementOpeners = language.words("quotes/indirect/complement-openers");
    extractionWords = language.words("quotes/indirect/extraction-words");
    objectOpeners = language.words("quotes/indirect/object-openers");
    subordinators = language.words("quotes/indirect/subordinators");
    genericSubjects = language.words("quotes/indirect/generic-subjects");
    clauseNouns = tagged(language, "quotes/indirect/clause-nouns");
    topicNouns = tagged(language, "quotes/indirect/topic-nouns");
    topicPrepositions = language.words("quotes/indirect/topic-prepositions");
    topicCues = language.lowerCaseWords("quotes/indirect/topic-cues");
    topicVerbs =
        language.tagged(
            "quotes/indirect/topic-verbs",
            WordList.copyOf(
                topicCues.stream().map(cue -> cue.substring(0, cue.indexOf(' '))).toList()));
    regardVerbs = tagged(language, "quotes/indirect/regard-verbs");
    hearsayAdverbs = tagged(language, "quotes/indirect/hearsay-adverbs");
    lightVerbs = language.words("quotes/indirect/light-verbs");
    standardNouns = language.words("quotes/indirect/standard-nouns");
    negationEndings = language.entries("quotes/indirect/negation-endings");
    reducedRelativeSubjects = language.words("quotes/indirect/reduced-relative-subjects");
  }
}
