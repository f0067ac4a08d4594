package dev.newsmodel.parser.lexicon;

import java.util.Set;

/** Word lists about names: places, and words that mark organizations. */
public final class Gazetteer {
  private static final Set<String> PLACES = WordList.load(Gazetteer.class, "places.txt");
  private static final Set<String> ORGANISATION_WORDS =
      WordList.loadLowerCase(Gazetteer.class, "organisation-words.txt");

  /** The last words of the places named in two words or more: "Arabia" of "Saudi Arabia". */
  private static final Set<String> PLACE_LAST_WORDS = lastWords(PLACES);

  private Gazetteer() {}

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
  public static boolean isPlaceLastWord(dev.newsmodel.parser.doc.Tokens tokens, int i) {
    return WordList.hasText(PLACE_LAST_WORDS, tokens, i);
  }

  /** Whether {@code first} and {@code second} make a known place ("Saudi" "Arabia"). */
  public static boolean isPlace(String first, String second) {
    return PLACE_LAST_WORDS.contains(second) && PLACES.contains(first + " " + second);
  }

  /** Whether {@code name} is a known place, as written ("Beijing", "New York"). */
  public static boolean isPlace(String name) {
    return PLACES.contains(name);
  }

  /** Whether {@code word} marks an organization, desk or topic ("Times", "Institute"). */
  public static boolean isOrganisationWord(String word) {
    return WordList.hasLowerCaseOf(ORGANISATION_WORDS, word);
  }

  /** {@link #isOrganisationWord} for token {@code i}; makes no string when it is not one. */
  public static boolean isOrganisationWord(dev.newsmodel.parser.doc.Tokens tokens, int i) {
    return WordList.has(ORGANISATION_WORDS, tokens, i);
  }

  /** {@link #isOrganisationWord} for a word already in lower case. */
  public static boolean isLowerOrganisationWord(String lowerWord) {
    return ORGANISATION_WORDS.contains(lowerWord);
  }
}
