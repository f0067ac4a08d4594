package dev.newsmodel.parser.lexicon;

import java.util.Locale;
import java.util.Set;

/** Word lists about names: places, and words that mark organizations. */
public final class Gazetteer {
  private static final Set<String> PLACES = WordList.load(Gazetteer.class, "places.txt");
  private static final Set<String> ORGANISATION_WORDS =
      WordList.loadLowerCase(Gazetteer.class, "organisation-words.txt");

  private Gazetteer() {}

  /** Whether {@code name} is a known place, as written ("Beijing", "New York"). */
  public static boolean isPlace(String name) {
    return PLACES.contains(name);
  }

  /** Whether {@code word} marks an organization, desk or topic ("Times", "Institute"). */
  public static boolean isOrganisationWord(String word) {
    return ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** {@link #isOrganisationWord} for a word already in lower case. */
  public static boolean isLowerOrganisationWord(String lowerWord) {
    return ORGANISATION_WORDS.contains(lowerWord);
  }
}
