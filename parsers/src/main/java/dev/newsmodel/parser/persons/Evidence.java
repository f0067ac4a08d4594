package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * The evidence that a capitalised name is a person's: a title, a given name, a reporting or meeting
 * verb, an appositive, a relation, a copular sentence with a title. {@link NotPersons} and {@link
 * PlaceContexts} veto first. Made once per stage; holds no state of a document.
 */
final class Evidence {
  private final PersonWords words;
  private final NotPersons notPersons;
  private final PlaceContexts placeContexts;

  Evidence(PersonWords words, NotPersons notPersons, PlaceContexts placeContexts) {
    this.words = words;
    this.notPersons = notPersons;
    this.placeContexts = placeContexts;
  }

  /** Strong evidence that a name is a person's: a title, a given name, a reporting verb. */
  boolean isPerson(ScannedSpan span, Tokens tokens, Sentences sentences) {
    // The vetoes cost more than the evidence and most names have none: the evidence is read first.
    return hasEvidence(span, tokens, sentences) && !isVetoed(span, tokens);
  }

  /** What rules a name out, whatever the evidence: {@link NotPersons}, {@link PlaceContexts}. */
  private boolean isVetoed(ScannedSpan span, Tokens tokens) {
    return notPersons.looksLikeOrganisationOrPlace(span)
        || notPersons.insideOrganisationName(span, tokens)
        || notPersons.beforeNumber(span, tokens)
        || placeContexts.isPlaceOrCompany(span, tokens)
        || notPersons.notAName(span.words());
  }

  private boolean hasEvidence(ScannedSpan span, Tokens tokens, Sentences sentences) {
    String[] name = span.words();
    if (span.title != null
        && (name.length >= 2 || Character.isUpperCase(span.title.text.charAt(0)))) {
      return true;
    }
    if (name.length >= 2
        && name.length <= 5
        && GivenNames.contains(name[0])
        && !(name.length >= 3 && isHeadline(sentences, tokens, span.sentence))) {
      return true;
    }
    if (name.length == 1 && (isPlural(span, tokens) || afterLocative(span, tokens))) {
      return false;
    }
    if (name.length <= 4 && nextToReportingVerb(span, tokens)) {
      return true;
    }
    boolean modifier =
        span.endToken < tokens.size()
            && tokens.kind(span.endToken) == Tokens.WORD
            && Character.isLowerCase(tokens.firstChar(span.endToken))
            && !WordList.has(words.functionWords, tokens, span.endToken);
    if (name.length <= 3
        && ((afterMeetingVerb(span, tokens) && !modifier) || beforeMeetingVerb(span, tokens))) {
      return true; // "met with Besigye", not "met with Nordic trade ministers"
    }
    return name.length <= 4
        && (isAppositive(span, tokens)
            || isFollowedByPersonWord(span, tokens)
            || afterRelation(span, tokens)
            || name.length >= 2 && isCopularWithTitle(span, tokens));
  }

  /** Whom one meets is a person: "will meet Tomasz Nowak", "met with Ana Reyes". */
  private boolean afterMeetingVerb(ScannedSpan span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && tokens.is(before, words.meetingWith)) {
      before--;
    }
    if (before < 0 || tokens.kind(before) != Tokens.WORD) {
      return false;
    }
    return WordList.hasText(words.meetingVerbsBeforeName, tokens, before);
  }

  /** Who meets is a person: "Obama plans to meet …", "Duterte met …", "Kerry will meet". */
  private boolean beforeMeetingVerb(ScannedSpan span, Tokens tokens) {
    for (int i = span.endToken, steps = 0; i < tokens.size() && steps < 4; i++, steps++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (WordList.has(words.meetingVerbsAfterName, tokens, i)) {
        return true;
      }
      if (WordList.has(words.holdVerbs, tokens, i)) {
        // "Modi is due to hold a meeting", "Lind held talks"
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
          if (WordList.hasText(words.meetingNouns, tokens, j)) {
            return true;
          }
        }
        return false;
      }
      if (!WordList.has(words.meetingAuxiliaries, tokens, i)) {
        return false;
      }
    }
    return false;
  }

  private boolean nextToReportingVerb(ScannedSpan span, Tokens tokens) {
    int after = span.endToken;
    if (after < tokens.size() && tokens.kind(after) == Tokens.WORD) {
      if (WordList.hasText(words.reportingVerbs, tokens, after)) {
        return true;
      }
    }
    int before = span.firstToken - 1;
    return before >= 0
        && tokens.kind(before) == Tokens.WORD
        && (WordList.hasText(words.reportingVerbsBeforeName, tokens, before)
            || endsWith(tokens, before, words.accordingTo));
  }

  /** Whether the words of {@code phrase} stand in the tokens that end with token {@code last}. */
  private static boolean endsWith(Tokens tokens, int last, String[] phrase) {
    int first = last - (phrase.length - 1);
    if (first < 0) {
      return false;
    }
    for (int k = phrase.length - 1; k >= 0; k--) {
      if (!tokens.is(first + k, phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether sentence {@code s} is in headline case ("Clinton Expect Big Wins in New York"), where a
   * long run of capitalised words is no evidence of a name. Asked of few sentences, so not kept.
   */
  private boolean isHeadline(Sentences sentences, Tokens tokens, int s) {
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
  private boolean isPlural(ScannedSpan span, Tokens tokens) {
    String word = span.text;
    boolean initial = span.firstToken == 0 || tokens.kind(span.firstToken - 1) != Tokens.WORD;
    return initial
        && word.length() > 3
        && word.endsWith(words.pluralSuffix)
        && !word.endsWith(words.notPluralSuffix)
        && !GivenNames.contains(word);
  }

  /** "in Ferguson", "near Fallujah": a single word after a preposition of place is a place. */
  boolean afterLocative(ScannedSpan span, Tokens tokens) {
    int before = span.firstToken - 1;
    return before >= 0 && WordList.has(words.locatives, tokens, before);
  }

  /** "Dadis Camara himself", "Hilal Khashan, who teaches". */
  boolean isFollowedByPersonWord(ScannedSpan span, Tokens tokens) {
    int next = span.endToken;
    if (next >= tokens.size()) {
      return false;
    }
    if (WordList.hasText(words.reflexivePronouns, tokens, next)) {
      return true;
    }
    if (span.words().length <= 2 && WordList.has(words.eponymousNouns, tokens, next)) {
      return true; // "the Obama administration", "the Clinton era"
    }
    return tokens.is(next, ",")
        && next + 1 < tokens.size()
        && tokens.is(next + 1, words.relativePronoun);
  }

  /** "his wife Karen", "3-year-old Ahmed": a relation or an age before a name. */
  private boolean afterRelation(ScannedSpan span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && tokens.is(before, ",")) {
      before--; // "the leader's brother, Nurettin,"
    }
    if (before < 0 || tokens.kind(before) != Tokens.WORD) {
      return false;
    }
    return WordList.has(words.relations, tokens, before) || isAge(tokens, before);
  }

  /** "21-year-old": a word that long only is lower-cased to find out. */
  private boolean isAge(Tokens tokens, int i) {
    String suffix = words.ageSuffix;
    return tokens.end(i) - tokens.start(i) > suffix.length() && tokens.lower(i).endsWith(suffix);
  }

  /** "Li Qiang is the Chinese Premier": a title within a few words after "is the". */
  private boolean isCopularWithTitle(ScannedSpan span, Tokens tokens) {
    int verb = span.endToken;
    if (verb + 2 >= tokens.size() || !WordList.hasText(words.copulas, tokens, verb)) {
      return false;
    }
    if (!WordList.hasText(words.articles, tokens, verb + 1)) {
      return false;
    }
    for (int i = verb + 2; i < Math.min(tokens.size(), verb + 6); i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (words.isTitle(tokens.text(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Jane Doe, 45," or "Jane Doe, the chief executive" or "Jo Li, a political scientist". */
  private boolean isAppositive(ScannedSpan span, Tokens tokens) {
    int comma = span.endToken;
    if (comma + 1 >= tokens.size() || !tokens.is(comma, ",")) {
      return false;
    }
    int next = comma + 1;
    if (tokens.kind(next) == Tokens.NUMBER) {
      return true;
    }
    int from = WordList.hasText(words.articles, tokens, next) ? next + 1 : next;
    for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
      if (tokens.kind(i) != Tokens.WORD) {
        return false;
      }
      if (words.isTitle(tokens.text(i)) || isAge(tokens, i)) {
        return true; // "the chief executive", "a 21-year-old"
      }
    }
    return false;
  }
}
