package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Locale;

/**
 * Capitalised words that are not a person's name, by their own shape or by the organisation name
 * they stand in: organisations ("Center for Strategic and International Studies"), places by their
 * words ("San Leandro", "Paradise Bay"), laws with numbers, sentence adverbs, and headline run-ons
 * ("Ukraine-Ukraine said"). {@link PlaceContexts} reads the words around a name for places and
 * companies. Made once per stage; holds no state of a document.
 */
final class NotPersons {
  private final PersonWords words;

  NotPersons(PersonWords words) {
    this.words = words;
  }

  /**
   * Capitalised words that run on into an organisation's name ("Nonviolent Coordinating Committee")
   * or end one ("Council on Foreign Relations") are part of it.
   */
  boolean insideOrganisationName(ScannedSpan span, Tokens tokens) {
    int after = span.endToken;
    if (after < tokens.size() && tokens.is(after, "&")) {
      return true; // "Dezan Shira & Associates"
    }
    if (after < tokens.size()
        && tokens.kind(after) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(after))
        && words.gazetteer.hasOrganisationWord(tokens, after)) {
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
      if (WordList.has(words.organisationLinks, tokens, i)) {
        continue;
      }
      if (!Character.isUpperCase(tokens.firstChar(i))) {
        return false;
      }
      boolean linkAfter = WordList.hasText(words.organisationLinkAfter, tokens, i + 1);
      if (linkAfter && words.gazetteer.hasOrganisationWord(tokens, i)) {
        return !GivenNames.contains(span.words()[0]);
      }
    }
    return false;
  }

  /** "House Bill 1523", "Resolution 2254": a name with a number is a law, a model, a flight. */
  boolean beforeNumber(ScannedSpan span, Tokens tokens) {
    int after = span.endToken;
    return after < tokens.size()
        && tokens.kind(after) == Tokens.NUMBER
        && tokens.start(after) > tokens.end(after - 1)
        && !(after + 1 < tokens.size() && WordList.has(words.countedNouns, tokens, after + 1));
  }

  /** Sentence adverbs and compounds that a capital letter does not make a name. */
  boolean notAName(String[] name) {
    for (String word : name) {
      if (isCompound(word)) {
        return true; // "Kabul-based", "Saudi-led"
      }
      String plural = words.pluralSuffix;
      if (word.length() > 2
          && word.endsWith(plural)
          && NameWords.isAllCaps(word.substring(0, word.length() - plural.length()))) {
        return true; // "NGOs"
      }
      int hyphen = word.indexOf('-');
      if (hyphen > 0
          && hyphen + 1 < word.length()
          && Character.isUpperCase(word.charAt(hyphen + 1))
          && (words.runOnWords.contains(word.substring(hyphen + 1))
              || words.gazetteer.hasPlace(word.substring(0, hyphen))
              || words.gazetteer.hasPlace(word.substring(hyphen + 1))
              || words.gazetteer.hasOrganisationWord(word.substring(0, hyphen))
              || words.gazetteer.hasOrganisationWord(word.substring(hyphen + 1)))) {
        return true; // "Ukraine-Ukraine", "Investigation-Hezbollah": a headline run into text
      }
    }
    if (name.length >= 2
        && (words.placePrefixes.contains(name[0])
            || words.geographicEnds.contains(name[name.length - 1]))) {
      return true; // "San Leandro", "Fort Worth", "Paradise Bay", "Blue Nile"
    }
    return name.length == 1 && words.sentenceAdverbs.contains(name[0].toLowerCase(Locale.ROOT));
  }

  /** "Kabul-based", "Saudi-led": a compound that a capital letter does not make a name. */
  private boolean isCompound(String word) {
    java.util.List<String> suffixes = words.compoundSuffixes;
    for (int k = 0; k < suffixes.size(); k++) {
      if (word.endsWith(suffixes.get(k))) {
        return true;
      }
    }
    return false;
  }

  boolean looksLikeOrganisationOrPlace(ScannedSpan span) {
    String[] name = span.words();
    // "Park Geun-hye": a family name that is also a common noun, first in a short name.
    int from = name.length >= 2 && words.familyFirst.contains(name[0]) ? 1 : 0;
    for (int k = from; k < name.length; k++) {
      String word = name[k];
      if (words.gazetteer.hasOrganisationWord(word)) {
        return true;
      }
      // "Heinz Christian Strache": a demonym that is also a given name, before the family name.
      if (words.demonyms.contains(word)
          && !(k > 0 && k < name.length - 1 && GivenNames.contains(word))) {
        return true;
      }
    }
    return words.gazetteer.hasPlace(span.text);
  }
}
