package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Tokens;
import java.util.Locale;
import java.util.Set;

/** Finds the noun phrase next to a cue: the speaker before "said", or after "said", "told". */
final class Phrases {
  private static final int MAX_WORDS = 8;

  private final Cues cues;
  private final QuoteWords quoteWords;

  /** Words that never belong to a speaker's noun phrase. */
  private final Set<String> stops;

  /** Determiners, which open a noun phrase. */
  private final Set<String> determiners;

  /** Adverbs and auxiliaries that may stand between a subject and its verb. */
  private final Set<String> adverbs;

  /** The word that joins the parts of a name: "Secretary of State". */
  private final String nameJoiner;

  /** Phrases next to the cues of {@code cues}, read with {@code words}; made once per stage. */
  Phrases(QuoteWords words, Cues cues) {
    this.cues = cues;
    this.quoteWords = words;
    this.stops = words.phraseStops;
    this.determiners = words.determiners;
    this.adverbs = words.adverbs;
    this.nameJoiner = words.nameJoiner;
  }

  /** Moves back over adverbs and auxiliaries before a verb: "Roe [then] told". */
  int skipAdverbs(Tokens tokens, int bound, int verb) {
    int i = verb;
    while (i > bound
        && tokens.kind(i - 1) == Tokens.WORD
        && (adverbs.contains(lower(tokens, i - 1)) || mannerAdverb(tokens, i - 1))) {
      i--;
    }
    return i;
  }

  /** A lower-case word in "-ly" that is no cue: "Roe [forcefully] told". */
  private boolean mannerAdverb(Tokens tokens, int i) {
    return Character.isLowerCase(tokens.firstChar(i))
        && lower(tokens, i).endsWith(quoteWords.adverbEnding)
        && cues.match(tokens, i, i + 1) == 0;
  }

  /** Whether a word is a determiner ("the", "his", "several"). */
  boolean isDeterminer(String lower) {
    return determiners.contains(lower);
  }

  /** Whether a word never belongs to a speaker's noun phrase ("in", "that", "said"). */
  boolean isStop(String lower) {
    return stops.contains(lower);
  }

  /** Words after which a cue comes before its subject: "Thus said the diplomat". */
  boolean isInversion(String word) {
    return quoteWords.inversionWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Most tokens an appositive or relative clause between a name and its verb may take. */
  private static final int MAX_APPOSITIVE = 30;

  /**
   * The phrase that ends just before token {@code end}, or the name before an appositive, an age or
   * a party label that ends there ("Jane Roe, a writer for the Post, said"; "Ann Lee, 25, said";
   * "Rep. John Mica (R-Fla.) said"): its tokens, or null.
   */
  TokenRange before(Tokens tokens, int sentenceFirst, int end) {
    TokenRange phrase = plainBefore(tokens, sentenceFirst, end);
    if (phrase != null || end <= sentenceFirst) {
      return phrase;
    }
    return beforeInsertion(tokens, sentenceFirst, end);
  }

  /** The name before an insertion that ends just before token {@code end}, or null. */
  TokenRange beforeInsertion(Tokens tokens, int sentenceFirst, int end) {
    if (end <= sentenceFirst) {
      return null;
    }
    int head = appositiveStart(tokens, sentenceFirst, end);
    if (head <= sentenceFirst) {
      return null;
    }
    if (tokens.is(head - 1, ")")) {
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
      int inner = appositiveStart(tokens, sentenceFirst, head);
      head = inner > sentenceFirst ? inner : head;
    }
    TokenRange name = plainBefore(tokens, sentenceFirst, head);
    if (name == null) {
      return null;
    }
    boolean named =
        Character.isUpperCase(tokens.firstChar(name.end() - 1))
            || determiners.contains(lower(tokens, name.first()));
    return named ? name : null;
  }

  /** Where the parenthesis or comma-delimited insertion ending before {@code end} opens, or -1. */
  private int appositiveStart(Tokens tokens, int sentenceFirst, int end) {
    String last = tokens.text(end - 1);
    String open = last.equals(")") ? "(" : last.equals(",") ? "," : null;
    if (open == null) {
      return -1;
    }
    for (int i = end - 2; i >= sentenceFirst && i >= end - MAX_APPOSITIVE; i--) {
      byte kind = tokens.kind(i);
      if ((kind == Tokens.QUOTE && !pluralPossessive(tokens, i))
          || (kind == Tokens.TERMINAL && open.equals(",") && !abbrev(tokens, i))) {
        return -1;
      }
      if (tokens.is(i, open)) {
        return i < end - 2 ? i : -1;
      }
    }
    return -1;
  }

  /** A mark with no space on either side: the "/" of "9/11". */
  private boolean joined(Tokens tokens, int i) {
    return tokens.kind(i) == Tokens.PUNCT
        && i > 0
        && i + 1 < tokens.size()
        && tokens.end(i - 1) == tokens.start(i)
        && tokens.end(i) == tokens.start(i + 1);
  }

  /** An apostrophe closing a plural possessive: "veterans' families". */
  private boolean pluralPossessive(Tokens tokens, int i) {
    return i > 0
        && tokens.end(i - 1) == tokens.start(i)
        && tokens.kind(i - 1) == Tokens.WORD
        && tokens.lower(i - 1).endsWith(quoteWords.pluralEnding)
        && tokens.firstChar(i) != '"'
        && tokens.firstChar(i) != '\u201d';
  }

  /** A full stop after a short capitalised word or before a comma: "Jr.", "R-Ky.,". */
  private boolean abbrev(Tokens tokens, int i) {
    if (i + 1 < tokens.size() && tokens.is(i + 1, ",")) {
      return true;
    }
    return i > 0
        && tokens.end(i - 1) == tokens.start(i)
        && tokens.kind(i - 1) == Tokens.WORD
        && tokens.end(i - 1) - tokens.start(i - 1) <= 3
        && Character.isUpperCase(tokens.firstChar(i - 1));
  }

  /** The phrase that ends just before token {@code end}, with no insertion: its tokens, or null. */
  TokenRange plainBefore(Tokens tokens, int sentenceFirst, int end) {
    int i = end;
    int words = 0;
    while (i > sentenceFirst && words < MAX_WORDS) {
      int prev = i - 1;
      if (i < end && prev > sentenceFirst && tokens.is(prev, ".") && abbrev(tokens, prev)) {
        prev--; // "Vann R. Newkirk", "Rep. John Mica": the stop belongs to the name
      }
      // "the 34-year-old mother of three": a number after "of" or before a hyphen, and a hyphen
      // inside a word, belong to the phrase
      boolean number =
          tokens.kind(prev) == Tokens.NUMBER
              && prev > sentenceFirst
              && (lower(tokens, prev - 1).equals(nameJoiner) || (i < end && joined(tokens, i)));
      boolean hyphen = i < end && joined(tokens, prev) && tokens.is(prev, "-");
      if (!isPhraseToken(tokens, prev) && !number && !hyphen) {
        break;
      }
      i = prev;
      words += hyphen ? 0 : 1;
      boolean ofCount =
          prev == end - 1 && prev > sentenceFirst && lower(tokens, prev - 1).equals(nameJoiner);
      if (determiners.contains(lower(tokens, prev)) && !ofCount) {
        break; // a determiner opens the phrase ("mother of three" ends in a count, not opens)
      }
    }
    return i < end && hasContent(tokens, i, end) ? new TokenRange(i, end) : null;
  }

  /** The phrase that starts at token {@code start}: its tokens, or null. */
  TokenRange after(Tokens tokens, int start, int sentenceEnd) {
    int i = start;
    int words = 0;
    while (i < sentenceEnd
        && words < MAX_WORDS
        && (isPhraseToken(tokens, i)
            || (tokens.kind(i) == Tokens.NUMBER && i + 1 < sentenceEnd)
            || (words > 0 && joined(tokens, i) && i + 1 < sentenceEnd))) {
      if (words > 0 && determiners.contains(lower(tokens, i))) {
        break;
      }
      i++;
      words++;
      if (i + 1 < sentenceEnd && tokens.is(i, ".") && abbrev(tokens, i)) {
        i++; // "Mr. Barrett", "Vann R. Newkirk"
      }
    }
    if (i - 1 > start && lower(tokens, i - 1).equals(nameJoiner)) {
      i--; // "said Jane Roe of the city council": the name, not a phrase ending in "of"
    }
    return i > start && hasContent(tokens, start, i) ? new TokenRange(start, i) : null;
  }

  private boolean isPhraseToken(Tokens tokens, int i) {
    if (tokens.kind(i) != Tokens.WORD) {
      return false;
    }
    String lower = lower(tokens, i);
    if (lower.equals(nameJoiner)) {
      return true; // "Secretary of State"
    }
    boolean adverb =
        lower.endsWith(quoteWords.adverbEnding) && !Character.isUpperCase(tokens.firstChar(i));
    return !stops.contains(lower) && !adverb && cues.match(tokens, i, i + 1) == 0;
  }

  private boolean hasContent(Tokens tokens, int from, int to) {
    if (to - from == 1 && quoteWords.standaloneDeterminers.contains(lower(tokens, from))) {
      return true; // "Another said", "wrote one": the determiner stands for a person
    }
    for (int i = from; i < to; i++) {
      String lower = lower(tokens, i);
      if (!determiners.contains(lower) && !lower.equals(nameJoiner)) {
        return !lower(tokens, to - 1).equals(nameJoiner);
      }
    }
    return false;
  }

  private String lower(Tokens tokens, int i) {
    return tokens.lower(i);
  }
}
