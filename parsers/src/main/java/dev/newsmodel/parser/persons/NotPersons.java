package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;

/**
 * Capitalised words that are not a person's name, by their own shape or by the organisation name
 * they stand in: organisations ("Center for Strategic and International Studies"), places by their
 * words ("San Leandro", "Paradise Bay"), laws with numbers, sentence adverbs, and headline run-ons
 * ("Ukraine-Ukraine said"). {@link PlaceContexts} reads the words around a name for places and
 * companies. Stateless.
 */
final class NotPersons {
  private NotPersons() {}

  /**
   * Capitalised words that run on into an organisation's name ("Nonviolent Coordinating Committee")
   * or end one ("Council on Foreign Relations") are part of it.
   */
  static boolean insideOrganisationName(Span span, Tokens tokens) {
    int after = span.endToken;
    if (after < tokens.size() && tokens.is(after, "&")) {
      return true; // "Dezan Shira & Associates"
    }
    if (after < tokens.size()
        && tokens.kind(after) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(after))
        && Gazetteer.isOrganisationWord(tokens, after)) {
      return true;
    }
    // "Center for Strategic and International Studies", "Office of the Director of National
    // Intelligence": walk back over capitalised words and links to an organisation word. Most
    // names stand after a lower-case word, so the walk comes before the given-name look-up.
    if (span.title != null) {
      return false;
    }
    for (int i = span.firstToken - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (WordList.has(LINKS, tokens, i)) {
        continue;
      }
      if (!Character.isUpperCase(tokens.firstChar(i))) {
        return false;
      }
      boolean linkAfter =
          tokens.is(i + 1, "of") || tokens.is(i + 1, "for") || tokens.is(i + 1, "on");
      if (linkAfter && Gazetteer.isOrganisationWord(tokens, i)) {
        return !GivenNames.contains(span.words()[0]);
      }
    }
    return false;
  }

  /** The words that link the words of an organisation's name, in any case. */
  private static final java.util.Set<String> LINKS = WordList.of("on", "for", "of", "and", "the");

  /** "House Bill 1523", "Resolution 2254": a name with a number is a law, a model, a flight. */
  static boolean beforeNumber(Span span, Tokens tokens) {
    int after = span.endToken;
    return after < tokens.size()
        && tokens.kind(after) == Tokens.NUMBER
        && tokens.start(after) > tokens.end(after - 1)
        && !(after + 1 < tokens.size() && WordList.has(COUNTED, tokens, after + 1));
  }

  /** What a number after a name counts when the name is a person: "shot McDonald 16 times". */
  private static final java.util.Set<String> COUNTED =
      WordList.of("times", "percent", "points", "votes", "years", "months", "days", "goals");

  /** Sentence adverbs and compounds that a capital letter does not make a name. */
  static boolean notAName(String[] words) {
    for (String word : words) {
      if (word.endsWith("-based") || word.endsWith("-led") || word.endsWith("-backed")) {
        return true; // "Kabul-based", "Saudi-led"
      }
      if (word.length() > 2
          && word.endsWith("s")
          && Scanner.isAllCaps(word.substring(0, word.length() - 1))) {
        return true; // "NGOs"
      }
      int hyphen = word.indexOf('-');
      if (hyphen > 0
          && hyphen + 1 < word.length()
          && Character.isUpperCase(word.charAt(hyphen + 1))
          && (RUN_ON_WORDS.contains(word.substring(hyphen + 1))
              || Gazetteer.isPlace(word.substring(0, hyphen))
              || Gazetteer.isPlace(word.substring(hyphen + 1))
              || Gazetteer.isOrganisationWord(word.substring(0, hyphen))
              || Gazetteer.isOrganisationWord(word.substring(hyphen + 1)))) {
        return true; // "Ukraine-Ukraine", "Investigation-Hezbollah": a headline run into text
      }
    }
    if (words.length >= 2
        && (PLACE_PREFIXES.contains(words[0])
            || GEOGRAPHIC_ENDS.contains(words[words.length - 1]))) {
      return true; // "San Leandro", "Fort Worth", "Paradise Bay", "Blue Nile"
    }
    return words.length == 1 && SENTENCE_ADVERBS.contains(words[0].toLowerCase(Locale.ROOT));
  }

  /** Capitalised function words that a headline run into the text leaves after a hyphen. */
  private static final java.util.Set<String> RUN_ON_WORDS =
      WordList.of(
          "The", "When", "As", "But", "In", "On", "A", "An", "If", "After", "Before", "While",
          "For", "At", "With", "From", "And", "Or", "It", "This", "That", "Since", "Despite",
          "However");

  /** Last words that make a name a place: "Paradise Bay", "Blue Nile". */
  private static final java.util.Set<String> GEOGRAPHIC_ENDS =
      WordList.of(
          "Bay",
          "Nile",
          "River",
          "Lake",
          "Valley",
          "Island",
          "Islands",
          "Mountains",
          "Coast",
          "Sea",
          "Gulf",
          "Strait",
          "Peninsula",
          "Desert",
          "Square",
          "Street",
          "Avenue",
          "Road",
          "Bridge",
          "Airport",
          "Station",
          "Canal",
          "Harbor",
          "Harbour",
          "Heights",
          "Plaza",
          "Day");

  private static final java.util.Set<String> PLACE_PREFIXES =
      WordList.of("San", "Santa", "Los", "Las", "Fort", "Port", "Lake", "Mount", "Saint");

  private static final java.util.Set<String> SENTENCE_ADVERBS =
      WordList.of(
          "nonetheless",
          "nevertheless",
          "however",
          "meanwhile",
          "moreover",
          "furthermore",
          "instead",
          "indeed",
          "additionally",
          "consequently",
          "therefore",
          "thus",
          "otherwise",
          "likewise",
          "similarly",
          "besides",
          "afterward",
          "afterwards",
          "overall",
          "separately",
          "elsewhere",
          "still",
          "yet",
          "hence",
          "accordingly",
          "ultimately",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "earlier",
          "later");

  static boolean looksLikeOrganisationOrPlace(Span span) {
    String[] words = span.words();
    // "Park Geun-hye": a family name that is also a common noun, first in a short name.
    int from = words.length >= 2 && Lexicon.FAMILY_FIRST.contains(words[0]) ? 1 : 0;
    for (int k = from; k < words.length; k++) {
      String word = words[k];
      if (Gazetteer.isOrganisationWord(word)) {
        return true;
      }
      // "Heinz Christian Strache": a demonym that is also a given name, before the family name.
      if (Lexicon.DEMONYMS.contains(word)
          && !(k > 0 && k < words.length - 1 && GivenNames.contains(word))) {
        return true;
      }
    }
    return Gazetteer.isPlace(span.text);
  }
}
