package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.EntityRef;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;

/**
 * Finds who speaks and whom they address, as phrases of tokens resolved to entities by {@link
 * Speakers}: the speaker next to a reporting cue ("Roe said", "said Roe", "according to X"), the
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
  private final RelativeSpeakers relatives;
  private final OpeningPhrases openings;

  SpeakerPhrases(TextLayers layers, Speakers speakers, Phrases nounPhrases, QuoteWords words) {
    this.layers = layers;
    this.text = layers.text();
    this.tokens = layers.tokens();
    this.sentences = layers.sentences();
    this.speakers = speakers;
    this.nounPhrases = nounPhrases;
    this.quoteWords = words;
    this.openings = new OpeningPhrases(layers, speakers, nounPhrases, words);
    this.relatives = new RelativeSpeakers(layers, speakers, nounPhrases, words);
  }

  /**
   * The noun phrase that opens sentence {@code sentence} before token {@code limit}, when a verb
   * follows it ("In July, Gingrich dismissed …"); or null.
   */
  TokenRange openingPhrase(int sentence, int limit) {
    return openings.phrase(sentence, limit);
  }

  /** The verb after an opening phrase ("Roe openly admires"), the cue of the words it reports. */
  CharRange verbAfter(TokenRange phrase, int limit) {
    return openings.verbAfter(phrase, limit);
  }

  /** The speakers that relative pronouns stand for ("the mayor, who in 2019 said …"). */
  RelativeSpeakers relatives() {
    return relatives;
  }

  /**
   * Sets cue, speaker and addressee from a cue at tokens {@code cue}. The speaker stands before a
   * cue that follows a word ("Roe said") and after one that follows punctuation ("said Roe");
   * before a cue that opens the content. {@code [bound, end)} limits the search; {@code cueAfter}
   * says the cue follows the content it reports.
   */
  boolean fillFromCue(QuoteDraft draft, TokenRange cue, int bound, int end, boolean cueAfter) {
    String cueText = layers.lowerCase(cue);
    TokenRange speaker = null;
    if (cueText.equals(quoteWords.accordingTo)) {
      speaker = sourceAfter(cue.end(), end);
    } else {
      // The subject before the cue ("Roe said", "Roe then told"), else after it when nothing
      // stands before it ("…,” said Roe; Thus said X). A participle ("blaming") or a passive
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
      if (speaker == null && inverted && !participle && relatives.before(bound, verb) < 0) {
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
   * The source after "according to" at token {@code from}: a noun phrase, which may open with an
   * adjective in "-ly" ("early returns", "a weekly poll" holds one inside already).
   */
  private TokenRange sourceAfter(int from, int end) {
    TokenRange phrase = nounPhrases.after(tokens, from, end);
    if (phrase == null
        && from + 1 < end
        && tokens.kind(from) == Tokens.WORD
        && Character.isLowerCase(tokens.firstChar(from))
        && tokens.lower(from).endsWith(quoteWords.adverbEnding)) {
      TokenRange rest = nounPhrases.after(tokens, from + 1, end);
      phrase = rest == null ? null : new TokenRange(from, rest.end());
    }
    return phrase;
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
    return subject(openingPhrase(sentence, limit), sentence, limit);
  }

  /** {@link #subject(int, int)} with the sentence's opening phrase already found (or null). */
  EntityRef subject(TokenRange phrase, int sentence, int limit) {
    if (phrase != null) {
      if (quoteWords.pronouns.contains(tokens.lower(phrase.first()))) {
        // "Meanwhile, it attacked Roe": the pronoun, not the person after its verb
        return resolve(new TokenRange(phrase.first(), phrase.first() + 1));
      }
      CharRange chars = phrase.chars(tokens);
      EntityRef person = firstPerson(chars);
      CharRange name = openings.named(phrase).chars(tokens);
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
      return subject(phrase, sentence, cue);
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
    int reach = Math.min(limit, first + 2 * OpeningPhrases.OPENER_REACH);
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
   * Whether the subject phrase {@code phrase} that opens a sentence (null: none) only links to what
   * follows, before token {@code limit} ("SBOMs are “…”", "Users can “…”"): a linking verb,
   * auxiliary or modal with no participle after it. Such a subject says nothing of the words in
   * marks after it.
   */
  boolean linksOnly(TokenRange phrase, int limit) {
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
  /** The holder of a possessive phrase ("the mayor's", "her"), without its possessive ending. */
  EntityRef resolveOwner(TokenRange phrase) {
    CharRange chars = phrase.chars(tokens);
    int ending = quoteWords.possessiveEnding(tokens.lower(phrase.end() - 1));
    return speakers.resolve(chars.start(), chars.end() - ending);
  }

  EntityRef resolve(TokenRange phrase) {
    CharRange chars = phrase.chars(tokens);
    return speakers.resolve(chars.start(), chars.end());
  }
}
