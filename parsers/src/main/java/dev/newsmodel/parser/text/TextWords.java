package dev.newsmodel.parser.text;

import dev.newsmodel.parser.lexicon.Language;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the readers of pasted text (and of a page's bylines, dates and furniture) look for,
 * read once from a language bundle's {@code text/} lists: bylines' words, month and zone names,
 * date filler, furniture lines and prefixes, related-link prefixes. The readers run before an
 * article's language is known, so they read the English bundle.
 */
public final class TextWords {
  /** Words that mark a job title or a desk in a byline, not a name. */
  final Set<String> roleWords;

  /** Lower-case words allowed inside a name. */
  final Set<String> particles;

  /** The word that opens a byline, with the space after it: "by ". */
  final String bylineOpener;

  /** Words that join the names of a byline, with a space either side: " and ". */
  final String[] nameJoins;

  /** Words that introduce a place after a byline's name, with a space either side: " in ". */
  final String[] placeMarkers;

  /** Month names and abbreviations, lower case, to the month's number. */
  final Map<String, Integer> months;

  /** Zone abbreviations, lower case, to their zone. */
  final Map<String, ZoneId> zones;

  /** Words a date line may hold besides the date. */
  final Set<String> dateFiller;

  /** Suffixes of a day written as an ordinal. */
  final Set<String> ordinalSuffixes;

  /** The words of clock times before and after noon ("am", "pm"). */
  final String beforeNoon;

  final String afterNoon;

  /** A head line that holds this word gives an update's date. */
  final String updateMarker;

  /** Furniture lines, lower case. */
  final Set<String> furnitureLines;

  /** Prefixes of credit, caption and other furniture lines, lower case. */
  final String[] furniturePrefixes;

  /** Phrases that mark a short line as a site's notice, lower case. */
  final String[] notices;

  /** Verbs that end a line introducing a quote. */
  final Set<String> introducingVerbs;

  /** What follows the number of a counter line. */
  final Set<String> counterUnits;

  /** The word between the numbers of a gallery counter, with a space either side: " of ". */
  final String counterOf;

  /** The word, with a space after it, that opens a pager's counter ("page 2 of 8"). */
  final String counterPage;

  /** The word that ends a time counter, with a space before it: " ago". */
  final String counterAgo;

  /** Lines that open a table of contents. */
  final Set<String> contentsHeadings;

  /** Prefixes of related-link lines, lower case, in the order they are tried. */
  final List<String> relatedPrefixes;

  /** Reads the lists of {@code language}'s {@code text/} folder. */
  public TextWords(Language language) {
    roleWords = language.words("text/byline-role-words");
    particles = language.words("text/name-particles");
    bylineOpener = language.word("text/words", "byline-opener") + " ";
    nameJoins = spaced(language.entries("text/name-joins"));
    placeMarkers = spaced(language.entries("text/byline-place-markers"));
    Map<String, Integer> months = new HashMap<>();
    language
        .table("text/months")
        .forEach((name, number) -> months.put(name, Integer.valueOf(number)));
    this.months = Map.copyOf(months);
    Map<String, ZoneId> zones = new HashMap<>();
    language.table("text/zones").forEach((name, zone) -> zones.put(name, ZoneId.of(zone)));
    this.zones = Map.copyOf(zones);
    dateFiller = language.words("text/date-filler");
    ordinalSuffixes = language.words("text/ordinal-suffixes");
    beforeNoon = language.word("text/words", "clock-before-noon");
    afterNoon = language.word("text/words", "clock-after-noon");
    updateMarker = language.word("text/words", "update-marker");
    furnitureLines = language.lowerCaseWords("text/furniture");
    furniturePrefixes = unquoted(language.entries("text/furniture-prefixes"));
    notices = language.entries("text/notices").toArray(new String[0]);
    introducingVerbs = language.words("text/introducing-verbs");
    counterUnits = language.words("text/counter-units");
    counterOf = " " + language.word("text/words", "counter-of") + " ";
    counterPage = language.word("text/words", "counter-page") + " ";
    counterAgo = " " + language.word("text/words", "counter-ago");
    contentsHeadings = language.words("text/contents-headings");
    relatedPrefixes = language.entries("text/related-prefixes");
  }

  /** Each entry with a space before and after it. */
  private static String[] spaced(List<String> entries) {
    return entries.stream().map(word -> " " + word + " ").toArray(String[]::new);
  }

  /**
   * The entries as they are meant: an entry in double quotes ({@code "file - "}) stands for the
   * text between them, spaces included, which a list's lines are otherwise stripped of.
   */
  public static String[] unquoted(List<String> entries) {
    String[] out = new String[entries.size()];
    for (int i = 0; i < out.length; i++) {
      String entry = entries.get(i);
      boolean quoted = entry.length() >= 2 && entry.startsWith("\"") && entry.endsWith("\"");
      out[i] = quoted ? entry.substring(1, entry.length() - 1) : entry;
    }
    return out;
  }
}
