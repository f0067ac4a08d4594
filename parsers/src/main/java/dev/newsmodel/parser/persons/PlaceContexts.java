package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * The words around a capitalised name that make it a place, a company or a ship rather than a
 * person: "the village of Teldau", "the Oko-Oba abattoir", "Coral Gables, Fla.", "operator
 * Grameenphone", "USS Carl Vinson". Made once per stage; holds no state of a document.
 */
final class PlaceContexts {
  private final PersonWords words;

  PlaceContexts(PersonWords words) {
    this.words = words;
  }

  /**
   * Whether the words around the span make it a place ("the village of Teldau", "the Oko-Oba
   * abattoir", "Coral Gables, Fla."), a company ("operator Grameenphone") or a ship.
   */
  boolean isPlaceOrCompany(ScannedSpan span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before >= 0 && WordList.hasText(words.shipPrefixes, tokens, before)) {
      return true; // a ship: "USS Carl Vinson"
    }
    int next = span.endToken;
    if (next < tokens.size()
        && tokens.kind(next) == Tokens.WORD
        && WordList.hasText(words.followingPlaceNouns, tokens, next)) {
      return true;
    }
    int of = span.firstToken - 1;
    if (of >= 1
        && tokens.is(of, words.placeOf)
        && tokens.kind(of - 1) == Tokens.WORD
        && WordList.has(words.placeNouns, tokens, of - 1)) {
      return true;
    }
    return span.title == null && (beforeState(span, tokens) || afterCompanyNoun(span, tokens));
  }

  /** "Coral Gables, Fla.", "Ferguson, Missouri", "Charlotte, NC": a town and its state. */
  private boolean beforeState(ScannedSpan span, Tokens tokens) {
    int comma = span.endToken;
    if (comma + 1 >= tokens.size() || !tokens.is(comma, ",")) {
      return false;
    }
    int next = comma + 1;
    if (tokens.kind(next) != Tokens.WORD
        || next + 1 < tokens.size()
            && tokens.lower(next + 1).endsWith(words.possessiveSuffix)
            && tokens.kind(next + 1) == Tokens.WORD
            && tokens.end(next) == tokens.start(next + 1)) {
      return false; // "Peter Newsham, Washington’s police chief"
    }
    String word = tokens.text(next);
    if (next + 1 < tokens.size()
        && tokens.is(next + 1, ".")
        && words.stateAbbreviations.contains(word)) {
      return true;
    }
    if (words.usStates.contains(word)) {
      return true;
    }
    int hyphen = word.indexOf('-');
    String head = hyphen > 0 ? word.substring(0, hyphen) : word;
    return head.length() == 2 && words.stateCodes.contains(head);
  }

  /** "mobile phone operator Grameenphone", "broadcaster Fox": a company noun before a name. */
  private boolean afterCompanyNoun(ScannedSpan span, Tokens tokens) {
    int before = span.firstToken - 1;
    if (before > 0 && WordList.hasText(words.companyNameArticles, tokens, before)) {
      before--; // "newspaper The Nation"
    }
    return before >= 0
        && tokens.kind(before) == Tokens.WORD
        && Character.isLowerCase(tokens.firstChar(before))
        && WordList.has(words.companyNouns, tokens, before);
  }
}
