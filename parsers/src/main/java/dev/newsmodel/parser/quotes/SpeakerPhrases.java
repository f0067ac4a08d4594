package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Finds who speaks and whom they address, as phrases of tokens resolved to entities by {@link
 * Speakers}: the speaker next to a reporting cue ("Wang said", "said Wang", "according to X"), the
 * addressee after a cue such as "told", and the subject that opens a sentence ("In July, Gingrich
 * dismissed …"). Shared by quotes in marks, reported speech and carried-over speakers.
 */
final class SpeakerPhrases {
  private final TextLayers layers;
  private final String text;
  private final Tokens tokens;
  private final Sentences sentences;
  private final Speakers speakers;
  private final Phrases nounPhrases;
  private final QuoteWords quoteWords;
  private final LowerCaseWords lowerCaseWords;

  SpeakerPhrases(TextLayers layers, Speakers speakers, Phrases nounPhrases, QuoteWords words) {
    this.layers = layers;
    this.text = layers.text();
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.speakers = speakers;
    this.nounPhrases = nounPhrases;
    this.quoteWords = words;
    this.lowerCaseWords = new LowerCaseWords(tokens, sentences);
  }

  /**
   * Sets cue, speaker and addressee from a cue at tokens {@code cue}. The speaker stands before a
   * cue that follows a word ("Wang said") and after one that follows punctuation ("said Wang");
   * before a cue that opens the content. {@code [bound, end)} limits the search; {@code cueAfter}
   * says the cue follows the content it reports.
   */
  boolean fillFromCue(QuoteDraft draft, TokenRange cue, int bound, int end, boolean cueAfter) {
    String cueText = layers.lowerCase(cue);
    TokenRange speaker = null;
    if (cueText.equals(quoteWords.accordingTo)) {
      speaker = nounPhrases.after(tokens, cue.end(), end);
    } else {
      // The subject before the cue ("Wang said", "Wang then told"), else after it when nothing
      // stands before it ("…,” said Wang; Thus said X). A participle ("blaming") or a passive
      // ("quoted in") never takes the phrase after it.
      int verb = nounPhrases.skipAdverbs(tokens, bound, cue.first());
      boolean wordBefore = verb > bound && tokens.kind(verb - 1) == Tokens.WORD;
      // "Jane Roe, a writer for the Post, said"; "Rep. John Mica (R-Fla.) said"
      boolean insertionBefore =
          verb > bound
              && (tokens.is(verb - 1, ",") || tokens.is(verb - 1, ")"))
              && !cueText.endsWith(quoteWords.participleEnding);
      // A bare participle qualifies the noun before it ("tweets targeting …"): no subject.
      boolean bareParticiple = cueText.endsWith(quoteWords.participleEnding) && verb == cue.first();
      if ((wordBefore || !cueAfter) && !bareParticiple) {
        speaker = nounPhrases.plainBefore(tokens, bound, verb);
      }
      if (speaker == null && insertionBefore) {
        speaker = nounPhrases.beforeInsertion(tokens, bound, verb);
      }
      if (speaker == null
          && verb - 2 > bound
          && tokens.lowerEquals(verb - 1, quoteWords.coordinator)
          && tokens.kind(verb - 2) == Tokens.WORD
          && Character.isLowerCase(tokens.firstChar(verb - 2))
          && tokens.lower(verb - 2).endsWith(quoteWords.pastEnding)
          && !nounPhrases.isStop(tokens.lower(verb - 2))) {
        // "Roe laughed and said": the subject of the verb before "and" (not "his plan and vowed")
        speaker = nounPhrases.plainBefore(tokens, bound, verb - 2);
      }
      boolean inverted =
          verb == bound
              || tokens.kind(verb - 1) != Tokens.WORD
              || nounPhrases.isInversion(tokens.text(verb - 1));
      boolean participle =
          cueText.endsWith(quoteWords.participleEnding)
              || cueText.startsWith(quoteWords.passiveCueStart);
      // "who in 2010 said the goal was …": no inversion, the relative pronoun is the subject
      if (speaker == null && inverted && !participle && relativeBefore(bound, verb) < 0) {
        speaker = nounPhrases.after(tokens, cue.end(), Math.min(end, tokens.size()));
      }
    }
    if (speaker == null) {
      return false;
    }
    draft.cue = cue.chars(tokens);
    draft.speaker = resolve(speaker);
    if (speaker.first() < cue.first()) {
      draft.addressee = addressee(cue);
    }
    return true;
  }

  /**
   * Sets cue and speaker from a cue whose subject is a relative pronoun ("the mayor, who in 2019
   * said …"): the pronoun, standing for the person named before it. {@code bound} is where the
   * cue's sentence starts.
   */
  boolean fillFromRelative(QuoteDraft draft, TokenRange cue, int bound) {
    int verb = nounPhrases.skipAdverbs(tokens, bound, cue.first());
    int relative = relativeBefore(bound, verb);
    if (relative < 0) {
      return false;
    }
    draft.cue = cue.chars(tokens);
    draft.speaker = speakers.relative(tokens.start(relative), tokens.end(relative));
    return true;
  }

  /**
   * Whether the cue at tokens {@code cue} follows a relative pronoun after a comma ("Roe, who has
   * long said …", "said Lee, who added that …"): a clause of its own about the person named before
   * it, whose cue outweighs an earlier one of the sentence. {@code bound} is where the sentence
   * starts.
   */
  boolean afterCommaRelative(TokenRange cue, int bound) {
    int relative = relativeBefore(bound, nounPhrases.skipAdverbs(tokens, bound, cue.first()));
    return relative > bound && tokens.is(relative - 1, ",") && !objectRelative(relative);
  }

  /**
   * Whether a subject of its own follows the relative pronoun at token {@code relative} ("which he
   * called …", "who the police say …"): the pronoun is then the object, not the speaker.
   */
  private boolean objectRelative(int relative) {
    int next = relative + 1;
    if (next >= tokens.size() || tokens.kind(next) != Tokens.WORD) {
      return false;
    }
    String word = tokens.lower(next);
    return quoteWords.pronouns.contains(word)
        || nounPhrases.isDeterminer(word)
        || Character.isUpperCase(tokens.firstChar(next));
  }

  /**
   * The relative pronoun after a comma whose clause holds the quote that starts at token {@code
   * limit} of sentence {@code sentence} ("Roe, who has styled herself the “…”"), as a speaker
   * standing for the person before it; null when the quote stands in no such clause or its verb
   * only links ("who is “…”").
   */
  EntityRef clauseRelative(int sentence, int limit) {
    int first = sentences.firstToken(sentence);
    for (int k = limit - 1; k > first; k--) {
      if (tokens.kind(k) == Tokens.QUOTE || tokens.kind(k) == Tokens.TERMINAL) {
        return null; // another quote, or a clause closed, between
      }
      if (WordList.has(quoteWords.relativePronouns, tokens, k) && tokens.is(k - 1, ",")) {
        boolean verb =
            k + 1 < limit
                && tokens.kind(k + 1) == Tokens.WORD
                && Character.isLowerCase(tokens.firstChar(k + 1))
                && !quoteWords.beForms.contains(tokens.lower(k + 1));
        return verb && !objectRelative(k)
            ? speakers.relative(tokens.start(k), tokens.end(k))
            : null;
      }
    }
    return null;
  }

  /** Most words between a relative pronoun and its verb ("who has in the past said"). */
  private static final int RELATIVE_REACH = 6;

  /** Most tokens of an insertion in commas after a relative pronoun ("who, on Friday, said"). */
  private static final int INSERTION_REACH = 12;

  /**
   * The relative pronoun ("who", "which") before token {@code verb} with only words, or an
   * insertion in commas right after the pronoun, between; or -1.
   */
  private int relativeBefore(int bound, int verb) {
    for (int k = verb - 1; k >= Math.max(bound, verb - RELATIVE_REACH); k--) {
      if (tokens.is(k, ",") && k == verb - 1) {
        // "who, on a call Friday, criticized": the pronoun stands before the insertion
        int open = layers.previous(",", Math.max(bound, k - INSERTION_REACH), k);
        return open > bound && WordList.has(quoteWords.relativePronouns, tokens, open - 1)
            ? open - 1
            : -1;
      }
      if (tokens.kind(k) != Tokens.WORD && tokens.kind(k) != Tokens.NUMBER) {
        return -1;
      }
      if (WordList.has(quoteWords.relativePronouns, tokens, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whom a cue such as "told" or "called on" addresses: the phrase right after it, or null. */
  EntityRef addressee(TokenRange cue) {
    if (!WordList.has(quoteWords.addressingCues, tokens, cue.end() - 1)
        || cue.end() >= tokens.size()) {
      return null;
    }
    TokenRange phrase =
        nounPhrases.after(tokens, cue.end(), Math.min(tokens.size(), cue.end() + 8));
    return phrase == null ? null : resolve(phrase);
  }

  /**
   * The subject of a sentence, before token {@code limit}: its first person mention that is not a
   * possessive, else the capitalised words that open it before a lower-case word ("Japan branded
   * …"); null when neither.
   */
  EntityRef subject(int sentence, int limit) {
    TokenRange phrase = openingPhrase(sentence, limit);
    if (phrase != null) {
      if (quoteWords.pronouns.contains(tokens.lower(phrase.first()))) {
        // "Meanwhile, it attacked Roe": the pronoun, not the person after its verb
        return resolve(new TokenRange(phrase.first(), phrase.first() + 1));
      }
      CharRange chars = phrase.chars(tokens);
      EntityRef person = firstPerson(chars);
      CharRange name = named(phrase).chars(tokens);
      return person != null ? person : speakers.resolve(name.start(), name.end());
    }
    int from = tokens.start(sentences.firstToken(sentence));
    int to = limit < tokens.size() ? tokens.start(limit) : text.length();
    return firstPerson(new CharRange(from, to));
  }

  /**
   * Whose words a participle cue at token {@code cue} of sentence {@code sentence} reports: the
   * person named right before it ("footage of Roe saying"), else the subject of its clause ("In
   * May, several groups sued the city, saying …"); null when neither is found.
   */
  EntityRef participleSubject(int sentence, int cue) {
    int first = sentences.firstToken(sentence);
    if (cue > first && tokens.kind(cue - 1) == Tokens.WORD) {
      int[] mention = speakers.mentionEndingAt(tokens.end(cue - 1));
      if (mention != null) {
        return speakers.resolve(mention[0], mention[1]);
      }
    }
    TokenRange phrase = openingPhrase(sentence, cue);
    if (phrase != null) {
      return subject(sentence, cue);
    }
    TokenRange common = commonSubject(first, cue);
    return common == null ? null : resolve(common);
  }

  /**
   * A subject in lower case that opens the sentence from token {@code first}, or the clause after
   * one of its first commas ("In May, several local groups sued …"): a personal pronoun, or a
   * determiner and the words after it up to a past-tense verb ("sued"); or null.
   */
  private TokenRange commonSubject(int first, int limit) {
    int reach = Math.min(limit, first + 2 * OPENER_REACH);
    for (int i = first; i < reach; ) {
      String word = tokens.lower(i);
      if (quoteWords.pronouns.contains(word) && !quoteWords.possessivePronouns.contains(word)) {
        return new TokenRange(i, i + 1); // "Meanwhile, it attacked Roe, saying …"
      }
      if (nounPhrases.isDeterminer(word)) {
        for (int k = i + 2; k < Math.min(limit, i + 6) && tokens.kind(k) == Tokens.WORD; k++) {
          if (Character.isLowerCase(tokens.firstChar(k))
              && tokens.lower(k).endsWith(quoteWords.pastEnding)) {
            return new TokenRange(i, k);
          }
        }
      }
      int comma = layers.next(",", i, reach);
      if (comma < 0) {
        break;
      }
      i = comma + 1;
    }
    return null;
  }

  /**
   * The verb after the noun phrase that opens sentence {@code sentence} before token {@code limit}
   * ({@link #verbAfter}), or null when no such phrase opens it.
   */
  CharRange subjectVerb(int sentence, int limit) {
    TokenRange phrase = openingPhrase(sentence, limit);
    return phrase == null ? null : verbAfter(phrase, limit);
  }

  /**
   * Whether the subject that opens sentence {@code sentence} before token {@code limit} only links
   * to what follows ("SBOMs are “…”", "Users can “…”"): a linking verb, auxiliary or modal with no
   * participle after it. Such a subject says nothing of the words in marks after it.
   */
  boolean linksOnly(int sentence, int limit) {
    TokenRange phrase = openingPhrase(sentence, limit);
    CharRange verb = phrase == null ? null : verbAfter(phrase, limit);
    if (verb == null) {
      return false;
    }
    int i = skipModifiers(tokens.firstAtOrAfter(verb.start()), limit);
    if (i >= limit || !WordList.has(quoteWords.linkingVerbs, tokens, i)) {
      return false;
    }
    int next = skipModifiers(i + 1, limit);
    while (next < limit && WordList.has(quoteWords.linkingVerbs, tokens, next)) {
      next = skipModifiers(next + 1, limit); // "has been", "will be"
    }
    // "Roe has gone after …", "Roe is describing …": a verb follows; "SBOMs are a …", "Users can
    // “…”": a noun phrase or the quote itself does
    boolean verbAfter =
        next < limit
            && tokens.kind(next) == Tokens.WORD
            && Character.isLowerCase(tokens.firstChar(next))
            && !quoteWords.nounMarkers.contains(tokens.lower(next))
            && !nounPhrases.isDeterminer(tokens.lower(next))
            && !nounPhrases.isStop(tokens.lower(next));
    return !verbAfter;
  }

  /** The first token from {@code i} that is no adverb ("also", "openly"). */
  private int skipModifiers(int i, int limit) {
    while (i < limit
        && tokens.kind(i) == Tokens.WORD
        && Character.isLowerCase(tokens.firstChar(i))
        && (quoteWords.adverbs.contains(tokens.lower(i))
                && !WordList.has(quoteWords.linkingVerbs, tokens, i)
            || tokens.lower(i).endsWith(quoteWords.adverbEnding))) {
      i++;
    }
    return i;
  }

  /** Most tokens of an opening adverbial or clause before the comma that ends it. */
  private static final int OPENER_REACH = 16;

  /**
   * The noun phrase that opens a sentence, after an opening adverbial ending in a comma ("In July,
   * Gingrich dismissed …"), when a lower-case word (its verb) follows it; or null.
   */
  TokenRange openingPhrase(int sentence, int limit) {
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
  private TokenRange named(TokenRange phrase) {
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
   * The characters of the word after a subject phrase from {@link #openingPhrase}, its verb or an
   * adverb or auxiliary before it ("Roe openly admires", "Roe has called"): the cue of the quoted
   * words its sentence gives that subject.
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

  /** The person mention that ends at character {@code end} and is no possessive, or null. */
  int[] mentionEndingAt(int end) {
    return speakers.mentionEndingAt(end);
  }

  /** The first person mention in {@code chars} that is not a possessive, resolved; or null. */
  EntityRef firstPerson(CharRange chars) {
    int[] mention = speakers.firstPersonMention(chars.start(), chars.end());
    return mention == null ? null : speakers.resolve(mention[0], mention[1]);
  }

  /** The entity a phrase of tokens names. */
  EntityRef resolve(TokenRange phrase) {
    CharRange chars = phrase.chars(tokens);
    return speakers.resolve(chars.start(), chars.end());
  }
}
