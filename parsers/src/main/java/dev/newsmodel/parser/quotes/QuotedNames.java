package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Tells quoted names from quoted speech, and reads the line a quote stands in: titles ("on CBS's
 * “Face the Nation”"), coinages after "so-called", subheadings in marks, headlines in title case,
 * and lines that open with a speaker's name and a colon.
 */
final class QuotedNames {
  private final String text;
  private final Tokens tokens;
  private final QuoteWords quoteWords;

  QuotedNames(String text, Tokens tokens, QuoteWords quoteWords) {
    this.text = text;
    this.tokens = tokens;
    this.quoteWords = quoteWords;
  }

  /** Whether every word of {@code [start, end)} is capitalised, bar short function words. */
  boolean isTitle(int start, int end) {
    int from = tokens.firstAtOrAfter(start);
    boolean capital = false;
    for (int i = from; i < tokens.size() && tokens.start(i) < end; i++) {
      if (tokens.kind(i) == Tokens.NUMBER || Character.isDigit(tokens.firstChar(i))) {
        capital = true; // "13th", "2016"
        continue;
      }
      if (tokens.kind(i) != Tokens.WORD) {
        continue;
      }
      if (Character.isUpperCase(tokens.firstChar(i))) {
        capital = true;
      } else if (!WordList.has(quoteWords.titleSmallWords, tokens, i)) {
        return false;
      }
    }
    return capital;
  }

  /** A name or a coinage in marks: after "so-called", or a title after "on", "'s", "film"… */
  boolean named(QuoteMarks.Quoted quoted) {
    int previous = tokens.firstAtOrAfter(quoted.open()) - 1;
    if (previous < 0) {
      return false;
    }
    String word = tokens.lower(previous);
    if (quoteWords.namingWords.contains(word)) {
      return true;
    }
    boolean possessive = quoteWords.isPossessiveEnding(word);
    if (quoteWords.contractions.contains(word)
        || (possessive
            && previous > 0
            && WordList.has(quoteWords.contracted, tokens, previous - 1))) {
      return false; // "It’s ‘in Their Heads’"
    }
    return (possessive || quoteWords.endsPossessive(word) || quoteWords.titleContext.contains(word))
        && isTitle(quoted.contentStart(), quoted.contentEnd());
  }

  /**
   * Whether a quote in title case follows a title in marks that closed at {@code titleEnd} with
   * only commas and small words ("and", "or") between: the next title of a list.
   */
  boolean listedAfter(int titleEnd, QuoteMarks.Quoted quoted, int start, int end) {
    if (titleEnd < 0 || titleEnd > quoted.open() || quoted.open() - titleEnd > 12) {
      return false;
    }
    for (int i = tokens.firstAtOrAfter(titleEnd);
        i < tokens.size() && tokens.start(i) < quoted.open();
        i++) {
      boolean joiner =
          tokens.is(i, ",")
              || (tokens.kind(i) == Tokens.WORD
                  && WordList.has(quoteWords.titleSmallWords, tokens, i));
      if (!joiner) {
        return false;
      }
    }
    return isTitle(start, end);
  }

  /** Whether the quote content ending at {@code end} ends in a question or an exclamation. */
  boolean asks(int end) {
    char last = text.charAt(end - 1);
    return last == '?' || last == '!';
  }

  /**
   * Where the colon stands when the line of a quote opens with a name and a colon before it ("Rush
   * Limbaugh: Hillary … ‘Reeks of Fear’"), or -1.
   */
  int nameColon(int open) {
    int lineStart = text.lastIndexOf('\n', open) + 1;
    int colon = -1;
    for (int i = lineStart, last = Math.min(open, lineStart + 41); i < last; i++) {
      if (text.charAt(i) == ':' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return -1; // only the first ": " of the line counts, and only within its 40 first characters
    }
    int words = 0;
    for (String word : text.substring(lineStart, colon).split(" ")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || ++words > 4) {
        return -1;
      }
    }
    return words > 0 ? colon : -1;
  }

  /** The longest line that can be a headline, in characters. */
  private static final int MAX_HEADLINE = 200;

  /**
   * Whether the quote stands in a headline: a line of at least four other words, nearly all of them
   * capitalised ("Retired General Reveals ‘Demoralizing’ Experience Of Serving").
   */
  boolean headline(QuoteMarks.Quoted quoted) {
    // Only a line of at most 200 characters is looked at, so the search for its ends stops there
    // (a paragraph's line may run for thousands).
    int open = quoted.open();
    int lineStart = open;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      if (open - --lineStart > MAX_HEADLINE) {
        return false;
      }
    }
    int lineEnd = open;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
      if (++lineEnd - lineStart > MAX_HEADLINE) {
        return false;
      }
    }
    int words = 0;
    int capitalised = 0;
    for (int i = tokens.firstAtOrAfter(lineStart);
        i < tokens.size() && tokens.start(i) < lineEnd;
        i++) {
      boolean inside = tokens.start(i) > quoted.open() && tokens.start(i) < quoted.end();
      if (tokens.kind(i) == Tokens.WORD && !inside) {
        words++;
        if (Character.isUpperCase(tokens.firstChar(i))) {
          capitalised++;
        }
      }
    }
    return words >= 4 && capitalised * 10 >= words * 8;
  }

  /** A line that is nothing but a short quote in title case: a subheading in marks. */
  boolean subhead(QuoteMarks.Quoted quoted, int start, int end) {
    boolean lineStart = quoted.open() == 0 || text.charAt(quoted.open() - 1) == '\n';
    boolean lineEnd = quoted.end() >= text.length() || text.charAt(quoted.end()) == '\n';
    return lineStart && lineEnd && isTitle(start, end);
  }

  /** A value in markup kept as text: {@code id="…"}. */
  boolean inMarkup(QuoteMarks.Quoted quoted) {
    return quoted.open() > 0 && text.charAt(quoted.open() - 1) == '=';
  }
}
