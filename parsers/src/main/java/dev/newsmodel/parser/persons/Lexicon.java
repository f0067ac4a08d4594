package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.lexicon.CalendarWords;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists of the persons stage, loaded once. */
final class Lexicon {
  private Lexicon() {}

  /** Title phrases, lower case, with the sex they tell ('M', 'F') or '?'. */
  static final Map<String, Character> TITLES = titles();

  /** The first word of every title, lower case, without a full stop: a quick test per token. */
  static final Set<String> TITLE_FIRST_WORDS = WordList.tagged(firstWords(TITLES.keySet()));

  /** Longest title phrase, in words. */
  static final int MAX_TITLE_WORDS = 4;

  /**
   * Every title's phrases of its first words, with and without a full stop after the last of them
   * ("secretary", "secretary of", "secretary of state"): a title match stops as soon as the phrase
   * read so far begins no title.
   */
  static final Set<String> TITLE_PREFIXES = prefixes(TITLES.keySet());

  /** The one-word titles written with a full stop, without it: "gov", "sen", "dr". */
  static final Set<String> DOTTED_TITLES =
      WordList.copyOf(
          TITLES.keySet().stream()
              .filter(title -> title.endsWith(".") && title.indexOf(' ') < 0)
              .map(title -> title.substring(0, title.length() - 1))
              .toList());

  static final Set<String> DEMONYMS = WordList.load(Lexicon.class, "demonyms.txt");
  static final Set<String> REPORTING_VERBS = WordList.load(Lexicon.class, "reporting-verbs.txt");
  static final Set<String> FAMILY_FIRST = WordList.load(Lexicon.class, "family-first.txt");

  /** Capitalised words that start sentences or name times, never persons. */
  static final Set<String> NOT_NAMES =
      WordList.of(
          new String[] {
            "the",
            "new",
            "north",
            "south",
            "east",
            "west",
            "central",
            "united",
            "great",
            "a",
            "an",
            "in",
            "on",
            "at",
            "for",
            "to",
            "of",
            "and",
            "but",
            "or",
            "so",
            "if",
            "when",
            "while",
            "after",
            "before",
            "since",
            "as",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "then",
            "however",
            "meanwhile",
            "still",
            "also",
            "now",
            "some",
            "many",
            "most",
            "other",
            "others",
            "one",
            "two",
            "no",
            "not",
            "what",
            "why",
            "how",
            "who",
            "where",
            "although",
            "though",
            "despite",
            "according",
            "last",
            "next",
            "earlier",
            "later",
            "today",
            "yesterday",
            "tomorrow",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "thus",
            "while",
            "with",
            "from",
            "by",
            "under",
            "over",
            "during",
            "between",
            "among",
            "about",
            "against",
            "without",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "mr",
            "mrs",
            "ms",
            "dr",
            "read",
            "table",
            "contents",
            "both",
            "each",
            "every",
            "all",
            "any",
            "such",
            "only",
            "even",
            "just",
            "yes",
            "well",
            "old",
            "state",
            "states",
            "federal",
            "national",
            "international",
            "government",
            "party",
            "army",
            "police",
            "court",
            "ministry",
            "department",
            "house",
            "senate",
            "congress",
            "parliament",
            "council",
            "committee",
            "agency",
            "office",
            "union",
            "republic",
            "kingdom",
            "empire",
            "church",
            "god",
            "christmas",
            "easter",
            "ramadan",
            "islam",
            "muslim",
            "muslims",
            "christians",
            "jewish",
            "jews",
            "catholic",
            // number words open sentences ("Five states voted"); "top" opens headlines
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "top",
            "meantime",
            // capitalised verbs and adjectives of headlines and slogans ("We Will Be Heard")
            "be",
            "is",
            "are",
            "was",
            "were",
            "gay",
            "lesbian",
            "bisexual",
            "transgender",
            "protestant",
            "sunni",
            "shiite",
            "shia"
          },
          CalendarWords.WEEKDAYS,
          CalendarWords.MONTHS);

  private static Map<String, Character> titles() {
    Map<String, Character> titles = new HashMap<>();
    for (String line : WordList.load(Lexicon.class, "titles.txt")) {
      int bar = line.indexOf('|');
      String phrase = (bar < 0 ? line : line.substring(0, bar)).toLowerCase(Locale.ROOT);
      char sex = bar < 0 ? '?' : line.charAt(bar + 1);
      titles.put(phrase, sex);
    }
    return titles; // a HashMap: never changed, never handed out; faster than Map.copyOf
  }

  private static Set<String> prefixes(Set<String> phrases) {
    Set<String> prefixes = new java.util.HashSet<>();
    for (String phrase : phrases) {
      for (int space = phrase.indexOf(' '); space > 0; space = phrase.indexOf(' ', space + 1)) {
        String prefix = phrase.substring(0, space);
        prefixes.add(prefix);
        prefixes.add(prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix);
      }
      prefixes.add(phrase);
      prefixes.add(phrase.endsWith(".") ? phrase.substring(0, phrase.length() - 1) : phrase);
    }
    return WordList.copyOf(prefixes);
  }

  private static Set<String> firstWords(Set<String> phrases) {
    Set<String> first = new java.util.HashSet<>();
    for (String phrase : phrases) {
      int space = phrase.indexOf(' ');
      String word = space < 0 ? phrase : phrase.substring(0, space);
      first.add(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }
    return WordList.copyOf(first);
  }

  /** Whether a phrase already in lower case is a title. */
  static boolean isLowerTitle(String lowerPhrase) {
    return TITLES.containsKey(lowerPhrase);
  }

  static boolean isTitle(String phrase) {
    return TITLES.containsKey(phrase.toLowerCase(Locale.ROOT));
  }

  static char titleSex(String phrase) {
    return TITLES.getOrDefault(phrase.toLowerCase(Locale.ROOT), '?');
  }
}
