package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.lexicon.Language;
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

  /** The words of {@code language}; tags the stance verbs in its bundle. */
  IndirectWords(Language language) {
    stanceVerbs =
        language.tagged(
            "quotes/indirect/stance-verbs",
            language.lowerCaseWords("quotes/indirect/stance-verbs"));
    coordinators = language.words("quotes/indirect/coordinators");
    auxiliaries = language.words("quotes/indirect/auxiliaries");
    passiveAgents = language.words("quotes/indirect/passive-agents");
    objectPrepositions = language.words("quotes/indirect/object-prepositions");
    complementOpeners = language.words("quotes/indirect/complement-openers");
    extractionWords = language.words("quotes/indirect/extraction-words");
  }
}
