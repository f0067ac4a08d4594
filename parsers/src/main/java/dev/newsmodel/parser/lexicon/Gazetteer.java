package dev.newsmodel.parser.lexicon;

import dev.newsmodel.parser.doc.Tokens;
import java.util.Set;

/**
 * Word lists about names: places, and words that mark organizations. The places are names, the same
 * in every language ({@code places.txt} next to this class, loaded once); the words that mark an
 * organization are the list {@code lexicon/organisation-words} of a language bundle ({@link #of}).
 */
public final class Gazetteer {
  private static final Set<String> PLACES = WordList.load(Gazetteer.class, "places.txt");

  /** The last words of the places named in two words or more: "Arabia" of "Saudi Arabia". */
  private static final Set<String> PLACE_LAST_WORDS = lastWords(PLACES);

  private final Set<String> organisationWords;

  private Gazetteer(Language language) {
    organisationWords = language.lowerCaseWords("lexicon/organisation-words");
  }

  /** The places, and the words of {@code language} that mark organizations. */
  public static Gazetteer of(Language language) {
    return new Gazetteer(language);
  }

  private static Set<String> lastWords(Set<String> names) {
    java.util.List<String> last = new java.util.ArrayList<>();
    for (String name : names) {
      int space = name.lastIndexOf(' ');
      if (space > 0) {
        last.add(name.substring(space + 1));
      }
    }
    return WordList.copyOf(last);
  }

  /**
   * Whether token {@code i}, as written, ends a place of two words or more ("Arabia"); no string.
   */
  public boolean hasPlaceLastWord(Tokens tokens, int i) {
    return WordList.hasText(PLACE_LAST_WORDS, tokens, i);
  }

  /** Whether {@code first} and {@code second} make a known place ("Saudi" "Arabia"). */
  public boolean hasPlace(String first, String second) {
    return PLACE_LAST_WORDS.contains(second) && PLACES.contains(first + " " + second);
  }

  /** Whether {@code name} is a known place, as written ("Beijing", "New York"). */
  public boolean hasPlace(String name) {
    return PLACES.contains(name);
  }

  /** Whether {@code word} marks an organization, desk or topic ("Times", "Institute"). */
  public boolean hasOrganisationWord(String word) {
    return WordList.hasLowerCaseOf(organisationWords, word);
  }

  /** {@link #hasOrganisationWord} for token {@code i}; makes no string when it is not one. */
  public boolean hasOrganisationWord(Tokens tokens, int i) {
    return WordList.has(organisationWords, tokens, i);
  }

  /** {@link #hasOrganisationWord} for a word already in lower case. */
  public boolean hasLowerOrganisationWord(String lowerWord) {
    return organisationWords.contains(lowerWord);
  }
}
