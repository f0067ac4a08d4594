package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.lexicon.CalendarWords;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the persons stage, read from a language bundle ({@code persons/...}) once, when
 * the stage is made, with the sets derived from them. Immutable: shared by every document.
 */
final class PersonWords {
  /** Longest title phrase, in words. */
  static final int MAX_TITLE_WORDS = 4;

  private static final String DIR = "persons/";

  /** Places and the words that mark organizations, of this bundle. */
  final Gazetteer gazetteer;

  /** Title phrases, lower case, with the sex they tell ('M', 'F') or '?'. */
  private final Map<String, Character> titles;

  /**
   * The first word of every title, lower case, without a full stop: a quick test per token, tagged
   * in the bundle so that the tokenizer answers it.
   */
  final Set<String> titleFirstWords;

  /**
   * Every title's phrases of its first words, with and without a full stop after the last of them
   * ("secretary", "secretary of", "secretary of state"): a title match stops as soon as the phrase
   * read so far begins no title.
   */
  final Set<String> titlePrefixes;

  /** The one-word titles written with a full stop, without it: "gov", "sen", "dr". */
  final Set<String> dottedTitles;

  final Set<String> demonyms;
  final Set<String> reportingVerbs;
  final Set<String> familyFirst;

  /** Capitalised words that start sentences or name times, never persons; with the calendar's. */
  final Set<String> notNames;

  // What NameWords reads of a capitalised word.
  final Set<String> placeAbbreviations;
  final Set<String> wordPrefixes;
  final Set<String> leadingAdverbs;
  final Set<String> headlineVerbs;

  // What the scanner reads.
  final Set<String> particles;
  final Set<String> determiners;
  final Set<String> notDescriptionDeterminers;
  final Set<String> titleModifierStops;
  final Set<String> nameSuffixes;
  final Set<String> compass;

  /** Articles of family names, as written ("al-", "Al-"): a later mention may drop them. */
  final List<String> nameArticles;

  /**
   * The articles written in lower case, which start a name though their word is not capitalised.
   */
  final List<String> lowerCaseNameArticles;

  /** The first letters of {@link #lowerCaseNameArticles}. */
  final Initials articleInitials;

  /** The pronouns that tell a sex, lower case, in the order of the table. */
  final String[] pronouns;

  /** The sex each of {@link #pronouns} tells, 'M' or 'F'. */
  final char[] pronounSexes;

  /** The hash codes of {@link #pronouns}. */
  final int[] pronounHashes;

  /** The lower-case first letters of {@link #pronouns}. */
  final Initials pronounInitials;

  /** The length of the longest of {@link #pronouns}. */
  final int maxPronounLength;

  // What the evidence reads.
  final Set<String> functionWords;
  final Set<String> meetingVerbsBeforeName;
  final Set<String> meetingVerbsAfterName;
  final Set<String> holdVerbs;
  final Set<String> meetingNouns;
  final Set<String> meetingAuxiliaries;
  final Set<String> reportingVerbsBeforeName;
  final Set<String> locatives;
  final Set<String> reflexivePronouns;
  final Set<String> eponymousNouns;
  final Set<String> relations;
  final Set<String> copulas;
  final Set<String> articles;

  /** The words of "according to", which before a name make it a source. */
  final String[] accordingTo;

  // What NotPersons and PlaceContexts read.
  final Set<String> organisationLinks;
  final Set<String> organisationLinkAfter;
  final Set<String> countedNouns;
  final List<String> compoundSuffixes;
  final Set<String> runOnWords;
  final Set<String> geographicEnds;
  final Set<String> placePrefixes;
  final Set<String> sentenceAdverbs;
  final Set<String> shipPrefixes;
  final Set<String> followingPlaceNouns;
  final Set<String> placeNouns;
  final Set<String> companyNameArticles;
  final Set<String> companyNouns;
  final Set<String> stateAbbreviations;
  final Set<String> stateCodes;
  final Set<String> usStates;

  // What the roles, the coreference and the stage read.
  final Set<String> roleStoppers;
  final Set<String> roleOrdinals;
  final Set<String> roleLinks;
  final Set<String> roleCopulas;
  final Set<String> honorifics;
  final Set<String> descriptionStopWords;
  final Set<String> organisationHeads;

  // Single words and endings (words.tsv).
  final String pluralSuffix;
  final String notPluralSuffix;
  final String possessiveSuffix;
  final String gerundSuffix;
  final String ageSuffix;
  final String meetingWith;
  final String relativePronoun;
  final String placeOf;
  final String definiteArticle;
  final String coordinator;

  /** The lists of {@code language}; tags the title first words in it (before it is frozen). */
  PersonWords(Language language) {
    gazetteer = Gazetteer.of(language);
    CalendarWords calendar = CalendarWords.of(language);
    titles = titles(language.entries(DIR + "titles"));
    titleFirstWords = language.tagged(DIR + "title-first-words", firstWords(titles.keySet()));
    titlePrefixes = prefixes(titles.keySet());
    dottedTitles =
        WordList.copyOf(
            titles.keySet().stream()
                .filter(title -> title.endsWith(".") && title.indexOf(' ') < 0)
                .map(title -> title.substring(0, title.length() - 1))
                .toList());
    demonyms = language.words(DIR + "demonyms");
    reportingVerbs = language.words(DIR + "reporting-verbs");
    familyFirst = language.words(DIR + "family-first");
    Set<String> not = new HashSet<>(language.entries(DIR + "not-names"));
    not.addAll(calendar.weekdays());
    not.addAll(calendar.months());
    notNames = WordList.copyOf(not);

    placeAbbreviations = language.words(DIR + "place-abbreviations");
    wordPrefixes = language.words(DIR + "word-prefixes");
    leadingAdverbs = language.words(DIR + "leading-adverbs");
    headlineVerbs = language.lowerCaseWords(DIR + "headline-verbs");

    particles = language.words(DIR + "particles");
    determiners = language.words(DIR + "determiners");
    notDescriptionDeterminers = language.words(DIR + "not-description-determiners");
    titleModifierStops = language.words(DIR + "title-modifier-stops");
    nameSuffixes = language.words(DIR + "name-suffixes");
    compass = language.words(DIR + "compass");
    nameArticles = language.entries(DIR + "name-articles");
    lowerCaseNameArticles =
        nameArticles.stream().filter(a -> Character.isLowerCase(a.charAt(0))).toList();
    articleInitials = Initials.of(lowerCaseNameArticles);

    Map<String, String> pronounTable = language.table(DIR + "pronouns");
    pronouns = new String[pronounTable.size()];
    pronounSexes = new char[pronouns.length];
    int k = 0;
    for (Map.Entry<String, String> pronoun : pronounTable.entrySet()) {
      String sex = pronoun.getValue();
      if (!sex.equals("M") && !sex.equals("F")) {
        throw new IllegalStateException("pronoun " + pronoun.getKey() + ": sex " + sex);
      }
      pronouns[k] = pronoun.getKey().toLowerCase(Locale.ROOT);
      pronounSexes[k++] = sex.charAt(0);
    }
    pronounHashes = java.util.Arrays.stream(pronouns).mapToInt(String::hashCode).toArray();
    pronounInitials = Initials.of(List.of(pronouns));
    maxPronounLength = java.util.Arrays.stream(pronouns).mapToInt(String::length).max().orElse(0);

    functionWords = language.words(DIR + "function-words");
    meetingVerbsBeforeName = language.words(DIR + "meeting-verbs-before-name");
    meetingVerbsAfterName = language.lowerCaseWords(DIR + "meeting-verbs-after-name");
    holdVerbs = language.words(DIR + "hold-verbs");
    meetingNouns = language.words(DIR + "meeting-nouns");
    Set<String> auxiliaries = new HashSet<>(language.entries("meetings/planned-auxiliaries"));
    auxiliaries.addAll(language.entries(DIR + "meeting-auxiliaries"));
    meetingAuxiliaries = WordList.copyOf(auxiliaries);
    reportingVerbsBeforeName = language.words(DIR + "reporting-verbs-before-name");
    locatives = language.words(DIR + "locatives");
    reflexivePronouns = language.words(DIR + "reflexive-pronouns");
    eponymousNouns = language.words(DIR + "eponymous-nouns");
    relations = language.words(DIR + "relations");
    copulas = language.words(DIR + "copulas");
    articles = language.words(DIR + "articles");

    organisationLinks = language.words(DIR + "organisation-links");
    organisationLinkAfter = language.words(DIR + "organisation-link-after");
    countedNouns = language.words(DIR + "counted-nouns");
    compoundSuffixes = language.entries(DIR + "compound-suffixes");
    runOnWords = language.words(DIR + "run-on-words");
    geographicEnds = language.words(DIR + "geographic-ends");
    placePrefixes = language.words(DIR + "place-prefixes");
    sentenceAdverbs = language.words(DIR + "sentence-adverbs");
    shipPrefixes = language.words(DIR + "ship-prefixes");
    followingPlaceNouns = language.words(DIR + "following-place-nouns");
    placeNouns = language.words(DIR + "place-nouns");
    companyNameArticles = language.words(DIR + "company-name-articles");
    companyNouns = language.words(DIR + "company-nouns");
    stateAbbreviations = language.words(DIR + "state-abbreviations");
    stateCodes = language.words(DIR + "state-codes");
    usStates = language.words(DIR + "us-states");

    roleStoppers = language.words(DIR + "role-stoppers");
    roleOrdinals = language.words(DIR + "role-ordinals");
    roleLinks = language.words(DIR + "role-links");
    roleCopulas = language.words(DIR + "role-copulas");
    honorifics = language.words(DIR + "honorifics");
    descriptionStopWords = language.words(DIR + "description-stop-words");
    organisationHeads = language.words(DIR + "organisation-heads");

    pluralSuffix = language.word(DIR + "words", "plural-suffix");
    notPluralSuffix = language.word(DIR + "words", "not-plural-suffix");
    possessiveSuffix = language.word(DIR + "words", "possessive-suffix");
    gerundSuffix = language.word(DIR + "words", "gerund-suffix");
    ageSuffix = language.word(DIR + "words", "age-suffix");
    meetingWith = language.word(DIR + "words", "meeting-with");
    relativePronoun = language.word(DIR + "words", "relative-pronoun");
    accordingTo = language.word(DIR + "words", "according-to").split(" ");
    placeOf = language.word(DIR + "words", "place-of");
    definiteArticle = language.word(DIR + "words", "definite-article");
    coordinator = language.word(DIR + "words", "coordinator");
  }

  private static Map<String, Character> titles(List<String> lines) {
    Map<String, Character> titles = new HashMap<>();
    for (String line : lines) {
      int bar = line.indexOf('|');
      String phrase = (bar < 0 ? line : line.substring(0, bar)).toLowerCase(Locale.ROOT);
      char sex = bar < 0 ? '?' : line.charAt(bar + 1);
      titles.put(phrase, sex);
    }
    return titles; // a HashMap: never changed, never handed out; faster than Map.copyOf
  }

  private static Set<String> prefixes(Set<String> phrases) {
    Set<String> prefixes = new HashSet<>();
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
    Set<String> first = new HashSet<>();
    for (String phrase : phrases) {
      int space = phrase.indexOf(' ');
      String word = space < 0 ? phrase : phrase.substring(0, space);
      first.add(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }
    return WordList.copyOf(first);
  }

  /** Whether a phrase already in lower case is a title. */
  boolean isLowerTitle(String lowerPhrase) {
    return titles.containsKey(lowerPhrase);
  }

  boolean isTitle(String phrase) {
    return titles.containsKey(phrase.toLowerCase(Locale.ROOT));
  }

  char titleSex(String phrase) {
    return titles.getOrDefault(phrase.toLowerCase(Locale.ROOT), '?');
  }

  /** A family name without its article: "al-Assad" is "Assad". */
  String bare(String word) {
    for (int k = 0; k < nameArticles.size(); k++) {
      String article = nameArticles.get(k);
      if (word.length() > article.length() && word.startsWith(article)) {
        return word.substring(article.length());
      }
    }
    return word;
  }

  /** The first letters of some words: a test of one character, without a look-up for ASCII. */
  static final class Initials {
    private final long low;
    private final long high;
    private final String others;

    private Initials(long low, long high, String others) {
      this.low = low;
      this.high = high;
      this.others = others;
    }

    static Initials of(Collection<String> words) {
      long low = 0;
      long high = 0;
      StringBuilder others = new StringBuilder();
      for (String word : words) {
        char c = word.charAt(0);
        if (c < 64) {
          low |= 1L << c;
        } else if (c < 128) {
          high |= 1L << (c - 64);
        } else if (others.indexOf(String.valueOf(c)) < 0) {
          others.append(c);
        }
      }
      return new Initials(low, high, others.toString());
    }

    boolean contains(char c) {
      if (c < 64) {
        return (low >>> c & 1) != 0;
      }
      if (c < 128) {
        return (high >>> (c - 64) & 1) != 0;
      }
      return others.indexOf(c) >= 0;
    }

    /** The letters, for tests and messages. */
    List<Character> letters() {
      List<Character> letters = new ArrayList<>();
      for (char c = 0; c < 128; c++) {
        if (contains(c)) {
          letters.add(c);
        }
      }
      for (int k = 0; k < others.length(); k++) {
        letters.add(others.charAt(k));
      }
      return letters;
    }
  }
}
