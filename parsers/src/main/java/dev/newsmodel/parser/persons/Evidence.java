package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Set;

/**
 * The evidence that a capitalised name is a person's: a title, a given name, a reporting or meeting
 * verb, an appositive, a relation, a copular sentence with a title. {@link NotPersons} and {@link
 * PlaceContexts} veto first. Stateless.
 */
final class Evidence {
  private Evidence() {}

  /** Strong evidence that a name is a person's: a title, a given name, a reporting verb. */
  static boolean isPerson(Span span, Tokens tokens, Sentences sentences) {
    // The vetoes cost more than the evidence and most names have none: the evidence is read first.
    return hasEvidence(span, tokens, sentences) && !isVetoed(span, tokens);
  }

  /** What rules a name out, whatever the evidence: {@link NotPersons}, {@link PlaceContexts}. */
  private static boolean isVetoed(Span span, Tokens tokens) {
    return NotPersons.looksLikeOrganisationOrPlace(span)
        || NotPersons.insideOrganisationName(span, tokens)
        || NotPersons.beforeNumber(span, tokens)
        || PlaceContexts.isPlaceOrCompany(span, tokens)
        || NotPersons.notAName(span.words());
  }

  private static boolean hasEvidence(Span span, Tokens tokens, Sentences sentences) {
    String[] words = span.words();
    if (span.title != null
        && (words.length >= 2 || Character.isUpperCase(span.title.text.charAt(0)))) {
      return true;
    }
    if (words.length >= 2
        && words.length <= 5
        && GivenNames.contains(words[0])
        && !(words.length >= 3 && isHeadline(sentences, tokens, span.sentence))) {
      return true;
    }
    if (words.length == 1 && (isPlural(span, tokens) || afterLocative(span, tokens))) {
      return false;
    }
    if (words.length <= 4 && nextToReportingVerb(span, tokens)) {
      return true;
    }
    boolean modifier =
        span.endToken < tokens.size()
            && tokens.kind(span.endToken) == Tokens.WORD
            && Character.isLowerCase(tokens.firstChar(span.endToken))
            && !WordList.has(FUNCTION_WORDS, tokens, span.endToken);
    if (words.length <= 3
        && ((afterMeetingVerb(span, tokens) && !modifier) || beforeMeetingVerb(span, tokens))) {
      return true; // "met with Besigye", not "met with Nordic trade ministers"
    }
    return words.length <= 4
        && (isAppositive(span, tokens)
            || isFollowedByPersonWord(span, tokens)
            || afterRelation(span, tokens)
            || words.length >= 2 && isCopularWithTitle(span, tokens));
  }

  /** Whom one meets is a person: "will meet Tomasz Nowak", "met with Ana Reyes". */
  private static boolean afterMeetingVerb(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && tokens.is(before, "with")) {
      before--;
    }
    if (before < 0 || tokens.kind(before) != Tokens.WORD) {
      return false;
    }
    return tokens.is(before, "met")
        || tokens.is(before, "meet")
        || tokens.is(before, "meets")
        || tokens.is(before, "meeting");
  }

  private static final java.util.Set<String> FUNCTION_WORDS =
      WordList.of(
          "in",
          "on",
          "at",
          "for",
          "to",
          "and",
          "or",
          "last",
          "this",
          "next",
          "during",
          "after",
          "before",
          "with",
          "who",
          "which",
          "as",
          "since",
          "when",
          "while",
          "about",
          "over",
          "yesterday",
          "today",
          "tomorrow",
          "earlier",
          "later",
          "twice",
          "again",
          "but",
          "of",
          "from",
          "said",
          "says",
          "told",
          "is",
          "was",
          "will",
          "has",
          "had");

  /** Who meets is a person: "Obama plans to meet …", "Duterte met …", "Kerry will meet". */
  private static boolean beforeMeetingVerb(Span span, Tokens tokens) {
    for (int i = span.endToken, steps = 0; i < tokens.size() && steps < 4; i++, steps++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (tokens.lowerEquals(i, "met")
          || tokens.lowerEquals(i, "meet")
          || tokens.lowerEquals(i, "meets")) {
        return true;
      }
      if (WordList.has(HOLD, tokens, i)) {
        // "Modi is due to hold a meeting", "Lind held talks"
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
          if (tokens.is(j, "meeting") || tokens.is(j, "talks") || tokens.is(j, "meetings")) {
            return true;
          }
        }
        return false;
      }
      if (!WordList.has(MEETING_AUXILIARIES, tokens, i)) {
        return false;
      }
    }
    return false;
  }

  private static final java.util.Set<String> HOLD = WordList.of("hold", "held", "holds");

  private static final java.util.Set<String> MEETING_AUXILIARIES =
      WordList.of(
          "will",
          "would",
          "to",
          "plans",
          "planned",
          "is",
          "was",
          "has",
          "had",
          "have",
          "also",
          "then",
          "later",
          "expected",
          "scheduled",
          "due",
          "set",
          "again",
          "first",
          "briefly");

  private static boolean nextToReportingVerb(Span span, Tokens tokens) {
    int after = span.endToken;
    if (after < tokens.size() && tokens.kind(after) == Tokens.WORD) {
      if (WordList.hasText(Lexicon.REPORTING_VERBS, tokens, after)) {
        return true;
      }
    }
    int before = span.firstToken - 1;
    return before >= 0
        && tokens.kind(before) == Tokens.WORD
        && (tokens.is(before, "said")
            || tokens.is(before, "says")
            || tokens.is(before, "to") && before > 0 && tokens.is(before - 1, "according"));
  }

  /**
   * Whether sentence {@code s} is in headline case ("Clinton Expect Big Wins in New York"), where a
   * long run of capitalised words is no evidence of a name. Asked of few sentences, so not kept.
   */
  private static boolean isHeadline(Sentences sentences, Tokens tokens, int s) {
    int words = 0;
    int capitalised = 0;
    for (int i = sentences.firstToken(s); i < sentences.endToken(s); i++) {
      if (tokens.kind(i) == Tokens.WORD && tokens.end(i) - tokens.start(i) > 3) {
        words++;
        if (Character.isUpperCase(tokens.firstChar(i))) {
          capitalised++;
        }
      }
    }
    return words >= 4 && capitalised * 10 >= words * 7;
  }

  /** "Analysts said": a sentence-initial plural, not a name. */
  private static boolean isPlural(Span span, Tokens tokens) {
    String word = span.text;
    boolean initial = span.firstToken == 0 || tokens.kind(span.firstToken - 1) != Tokens.WORD;
    return initial
        && word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !GivenNames.contains(word);
  }

  private static final Set<String> LOCATIVES =
      WordList.of(
          "in",
          "at",
          "near",
          "from",
          "across",
          "outside",
          "inside",
          "around",
          "into",
          "throughout");

  /** "in Ferguson", "near Fallujah": a single word after a preposition of place is a place. */
  static boolean afterLocative(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    return before >= 0 && WordList.has(LOCATIVES, tokens, before);
  }

  /** "Dadis Camara himself", "Hilal Khashan, who teaches". */
  static boolean isFollowedByPersonWord(Span span, Tokens tokens) {
    int next = span.endToken;
    if (next >= tokens.size()) {
      return false;
    }
    if (tokens.is(next, "himself") || tokens.is(next, "herself")) {
      return true;
    }
    if (span.words().length <= 2 && WordList.has(EPONYMOUS, tokens, next)) {
      return true; // "the Obama administration", "the Clinton era"
    }
    return tokens.is(next, ",") && next + 1 < tokens.size() && tokens.is(next + 1, "who");
  }

  /** Lower-case nouns that take a person's name before them. */
  private static final java.util.Set<String> EPONYMOUS =
      WordList.of("administration", "era", "presidency", "campaign", "aides", "contributed");

  /** "his wife Karen", "3-year-old Ahmed": a relation or an age before a name. */
  private static boolean afterRelation(Span span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && tokens.is(before, ",")) {
      before--; // "the leader's brother, Nurettin,"
    }
    if (before < 0 || tokens.kind(before) != Tokens.WORD) {
      return false;
    }
    return WordList.has(RELATIONS, tokens, before) || isAge(tokens, before);
  }

  private static final java.util.Set<String> RELATIONS =
      WordList.of(
          "wife",
          "husband",
          "son",
          "daughter",
          "brother",
          "sister",
          "mother",
          "father",
          "uncle",
          "aunt",
          "cousin",
          "nephew",
          "niece",
          "grandson",
          "granddaughter",
          "grandmother",
          "grandfather",
          "widow",
          "widower",
          "fiancé",
          "fiancée",
          "girlfriend",
          "boyfriend",
          "stepson",
          "stepdaughter",
          "sons",
          "daughters",
          "sibling",
          "twin",
          "stepfather",
          "stepmother");

  /** "21-year-old": a word that long only is lower-cased to find out. */
  private static boolean isAge(Tokens tokens, int i) {
    return tokens.end(i) - tokens.start(i) > "-year-old".length()
        && tokens.lower(i).endsWith("-year-old");
  }

  /** "Li Qiang is the Chinese Premier": a title within a few words after "is the". */
  private static boolean isCopularWithTitle(Span span, Tokens tokens) {
    int verb = span.endToken;
    if (verb + 2 >= tokens.size() || !(tokens.is(verb, "is") || tokens.is(verb, "was"))) {
      return false;
    }
    if (!(tokens.is(verb + 1, "the") || tokens.is(verb + 1, "a") || tokens.is(verb + 1, "an"))) {
      return false;
    }
    for (int i = verb + 2; i < Math.min(tokens.size(), verb + 6); i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (Lexicon.isTitle(tokens.text(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Jane Doe, 45," or "Jane Doe, the chief executive" or "Jo Li, a political scientist". */
  private static boolean isAppositive(Span span, Tokens tokens) {
    int comma = span.endToken;
    if (comma + 1 >= tokens.size() || !tokens.is(comma, ",")) {
      return false;
    }
    int next = comma + 1;
    if (tokens.kind(next) == Tokens.NUMBER) {
      return true;
    }
    int from =
        tokens.is(next, "the") || tokens.is(next, "a") || tokens.is(next, "an") ? next + 1 : next;
    for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (Lexicon.isTitle(tokens.text(i)) || isAge(tokens, i)) {
        return true; // "the chief executive", "a 21-year-old"
      }
    }
    return false;
  }
}
