package dev.newsmodel.parser.quotes;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;

/**
 * The noun phrase that opens a sentence as its subject and the verb after it: "In July, Gingrich
 * dismissed …", "Speaking in Salem, Roe went …", "The former treasurer mocked …". A capitalised
 * first word that is only positional ("Meanwhile") names nobody; a phrase followed by a function
 * word ("Lots of …") is no subject.
 */
final class OpeningPhrases {
  private final TextLayers layers;
  private final String text;
  private final Tokens tokens;
  private final Sentences sentences;
  private final Speakers speakers;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;
  private final LowerCaseWords lowerCaseWords;

  OpeningPhrases(TextLayers layers, Speakers speakers, Phrases nounPhrases, QuoteWords words) {
    this.layers = layers;
    this.text = layers.text();
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.speakers = speakers;
    this.nounPhrases = nounPhrases;
    this.quoteWords = words;
    this.lowerCaseWords = new LowerCaseWords(tokens, sentences);
  }

  /** Most tokens of an opening adverbial or clause before the comma that ends it. */
  static final int OPENER_REACH = 16;

  /**
   * The noun phrase that opens a sentence, after an opening adverbial ending in a comma ("In July,
   * Gingrich dismissed …"), when a lower-case word (its verb) follows it; or null.
   */
  TokenRange phrase(int sentence, int limit) {
    int i = sentences.firstToken(sentence);
    while (i < limit && tokens.kind(i) == Tokens.PUNCT) {
      i++; // a dash or a bullet before the first word
    }
    int sentenceFirst = i;
    // "In July, …", "On Friday, …", "Although the board did not name him, it …"
    int comma = layers.next(",", i, Math.min(limit, i + OPENER_REACH));
    if (comma > i && i < limit && nounPhrases.isStop(tokens.lower(i))) {
      i = comma + 1;
    } else if (comma > i && i < limit && modifierOpens(i)) {
      // "Speaking in Salem, Ohio, Roe went …": the subject is the phrase a verb follows
      i = comma + 1;
      int next = layers.next(",", i, Math.min(limit, i + OPENER_REACH));
      TokenRange place = nounPhrases.after(tokens, i, limit);
      if (next > i && place != null && place.end() == next) {
        i = next + 1;
      }
    }
    if (i >= limit || nounPhrases.isStop(tokens.lower(i))) {
      return null;
    }
    TokenRange phrase = nounPhrases.after(tokens, i, limit);
    TokenRange description = phrase == null ? null : description(phrase);
    if (description != null) {
      phrase = description;
    }
    if (phrase == null || phrase.end() >= limit) {
      return null;
    }
    int verb = verbToken(phrase, limit);
    boolean verbNext =
        tokens.kind(verb) == Tokens.WORD && Character.isLowerCase(tokens.firstChar(verb));
    boolean named = false;
    for (int k = phrase.first(); k < phrase.end(); k++) {
      boolean determiner = k == phrase.first() && nounPhrases.isDeterminer(tokens.lower(k));
      // The sentence's first word is capitalised anyway: "Meanwhile", "Following" name nobody;
      // a pronoun or a plural ("Protesters", "Officials": a group of persons) may still speak.
      boolean positional =
          k == sentenceFirst
              && lowerCaseWords.isCommon(k)
              && !quoteWords.pronouns.contains(tokens.lower(k))
              && !tokens.lower(k).endsWith(quoteWords.pluralEnding)
              && speakers.firstPersonMention(tokens.start(k), tokens.end(k)) == null;
      named |= !determiner && !positional && Character.isUpperCase(tokens.firstChar(k));
    }
    // A pronoun opening the clause is its subject too ("Although …, it referenced …").
    // (The phrase may run on into the verb: "it referenced".)
    boolean pronoun = quoteWords.pronouns.contains(tokens.lower(phrase.first()));
    return verbNext
            && (named || pronoun || description != null)
            && !functionWordAfter(phrase, limit)
        ? phrase
        : null;
  }

  /**
   * A description in lower case that opens a phrase ("the former treasurer", "the ad"): a
   * determiner and the words after it, up to a past-tense verb the phrase ran on into ("the actor
   * mocked"); null when the phrase is no such description or names someone.
   */
  private TokenRange description(TokenRange phrase) {
    int first = phrase.first();
    if (!nounPhrases.isDeterminer(tokens.lower(first))
        || quoteWords.pronouns.contains(tokens.lower(first))) {
      return null;
    }
    int end = first + 1;
    while (end < phrase.end()
        && tokens.kind(end) == Tokens.WORD
        && Character.isLowerCase(tokens.firstChar(end))
        && !(end > first + 1 && tokens.lower(end).endsWith(quoteWords.pastEnding))) {
      end++;
    }
    if (end == phrase.end()
        && end - first > 2
        && tokens.lower(end - 1).endsWith(quoteWords.pluralEnding)
        && !(end < tokens.size() && tokens.kind(end) == Tokens.WORD)) {
      end--; // "The letter continues: …", "The ad claims “…”": the phrase ran on into its verb
    }
    // a verb follows, not an adverb of time closing an opener ("A month later, he …")
    boolean verbNext =
        end + 1 < tokens.size()
            && tokens.kind(end) == Tokens.WORD
            && Character.isLowerCase(tokens.firstChar(end))
            && !quoteWords.adverbs.contains(tokens.lower(end))
            && !tokens.is(end + 1, ",");
    return end > first + 1 && verbNext ? new TokenRange(first, end) : null;
  }

  /**
   * Whether the sentence's first word {@code i} opens a modifier before its subject: a participle
   * ("Reprising …, the mayor", "Asked …, he"), an adverb ("Hastily, …") or a number ("12 years
   * later, …"), not a name.
   */
  private boolean modifierOpens(int i) {
    if (tokens.kind(i) == Tokens.NUMBER) {
      return true;
    }
    String word = tokens.lower(i);
    boolean modifier =
        word.endsWith(quoteWords.participleEnding)
            || word.endsWith(quoteWords.pastEnding)
            || word.endsWith(quoteWords.adverbEnding);
    // "Powered by a small motor, the mixer …": a passive with its agent describes a thing
    boolean passive =
        i + 1 < tokens.size() && tokens.lowerEquals(i + 1, quoteWords.agentPreposition);
    return modifier
        && !passive
        && tokens.kind(i) == Tokens.WORD
        && speakers.firstPersonMention(tokens.start(i), tokens.end(i)) == null;
  }

  /**
   * The capitalised words that open an opening phrase: the phrase may run on into the verb ("Roe
   * dismissed"), which names nobody.
   */
  TokenRange named(TokenRange phrase) {
    // the first run of capitalised words, joined by "of" ("Secretary of State Jane Roe"), not the
    // names in the object after the verb ("Japan branded North Korea")
    if (nounPhrases.isDeterminer(tokens.lower(phrase.first()))) {
      // "A number of members of Congress echo …": up to the last capitalised word; a description
      // in lower case ("the former treasurer") is all of it
      int last = phrase.first();
      for (int j = phrase.first() + 1; j < phrase.end(); j++) {
        last = Character.isUpperCase(tokens.firstChar(j)) ? j : last;
      }
      boolean possessive = quoteWords.possessivePronouns.contains(tokens.lower(phrase.first()));
      return last == phrase.first() && !possessive
          ? phrase
          : new TokenRange(phrase.first(), last + 1);
    }
    int k = phrase.first() + 1;
    while (k < phrase.end()
        && (Character.isUpperCase(tokens.firstChar(k))
            || tokens.is(k, ".")
            || (tokens.is(k, quoteWords.nameJoiner)
                && k + 1 < phrase.end()
                && Character.isUpperCase(tokens.firstChar(k + 1))))) {
      k++;
    }
    return new TokenRange(phrase.first(), k);
  }

  /** The token after a subject phrase where its verb stands, past an insertion in commas. */
  private int verbToken(TokenRange phrase, int limit) {
    int verb = phrase.end();
    if (tokens.is(verb, ",")) {
      // "Dean, a former party chairman, poked at …": skip the insertion
      int close = layers.next(",", verb + 1, Math.min(limit, verb + 25));
      verb = close > verb + 1 && close + 1 < limit ? close + 1 : verb;
    }
    return verb;
  }

  /**
   * The characters of the word after a subject phrase from {@link #phrase}, its verb or an adverb
   * or auxiliary before it ("Roe openly admires", "Roe has called"): the cue of the quoted words
   * its sentence gives that subject.
   */
  CharRange verbAfter(TokenRange phrase, int limit) {
    // The phrase may run on into the verb ("Roe dismissed"): the verb is the first lower-case
    // word after its last capitalised one, past an insertion in commas ("Roe, a lawyer, said").
    int verb = verbToken(named(phrase), limit);
    while (verb < limit
        && !(tokens.kind(verb) == Tokens.WORD && Character.isLowerCase(tokens.firstChar(verb)))) {
      verb++;
    }
    return verb < limit ? new CharRange(tokens.start(verb), tokens.end(verb)) : null;
  }

  /**
   * Whether the word after the named part of an opening phrase is a function word ("Prioritize your
   * …", "Lots of …", "Powered by …"): the phrase is then no subject with its verb.
   */
  private boolean functionWordAfter(TokenRange phrase, int limit) {
    CharRange verb = verbAfter(phrase, limit);
    if (verb == null) {
      return false;
    }
    String word = text.substring(verb.start(), verb.end()).toLowerCase(java.util.Locale.ROOT);
    return quoteWords.nounMarkers.contains(word)
        || quoteWords.titleSmallWords.contains(word)
        || quoteWords.clauseWords.contains(word)
        || quoteWords.notVerbs.contains(word);
  }
}
