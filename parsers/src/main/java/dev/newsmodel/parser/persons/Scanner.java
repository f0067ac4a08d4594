package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds titles, name candidates, pronouns and role descriptions in the token layer, sentence by
 * sentence. A name candidate is a run of capitalised words (with initials and particles such as
 * "al-" or "de"); a title is the longest phrase of the title lexicon, with the lower-case nouns
 * that qualify it ("diplomacy chief").
 */
final class Scanner {
  private final String text;
  private final Tokens tokens;
  private final PersonWords words;
  private final NameTokens names;

  Scanner(String text, Tokens tokens, PersonWords words, NameWords nameWords) {
    this.text = text;
    this.tokens = tokens;
    this.words = words;
    this.names = new NameTokens(text, tokens, words, nameWords);
  }

  List<ScannedSpan> scan(Sentences sentences) {
    List<ScannedSpan> spans = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      scanSentence(s, sentences.firstToken(s), sentences.endToken(s), spans);
    }
    return spans;
  }

  private void scanSentence(int sentence, int first, int end, List<ScannedSpan> spans) {
    int sentenceSpans = spans.size();
    ScannedSpan previousTitle = null;
    int i = first;
    while (i < end) {
      if (isPlainToken(i)) {
        i++;
        continue;
      }
      int titleEnd = matchTitle(i, end);
      if (titleEnd > i) {
        ScannedSpan title = span(ScannedSpan.Kind.TITLE, i, titleEnd, sentence);
        spans.add(title);
        previousTitle = title;
        i = titleEnd;
        continue;
      }
      if (names.isNameToken(i)) {
        int j = i + 1;
        while (j < end) {
          if (names.isNameToken(j) || names.isInitial(j)) {
            j = names.isInitial(j) ? j + 2 : j + 1;
          } else if (j == i + 1 && isPlaceAsFamilyName(i, j, end)) {
            j++; // "Mary Jordan", "Paul Chad"
            break;
          } else if (isParticle(j) && j + 1 < end && names.isNameToken(j + 1)) {
            j += 1;
          } else if (tokens.kind(j) == Tokens.WORD
              && WordList.hasText(words.nameSuffixes, tokens, j)) {
            j += j + 1 < end && tokens.is(j + 1, ".") ? 2 : 1;
            break;
          } else {
            break;
          }
        }
        j = Math.min(j, end);
        int person = personAfterOrganisation(i, j);
        if (person > i) {
          // "Atomic Energy Organization Ali Akbar Salehi": the organisation, then the person.
          spans.add(span(ScannedSpan.Kind.NAME, i, person, sentence));
          i = person;
        }
        ScannedSpan name = span(ScannedSpan.Kind.NAME, i, j, sentence);
        // After a colon a lone word is no titled name: "FIFA Head: Charges Bring …".
        if (previousTitle != null
            && (previousTitle.endToken == i
                || previousTitle.endToken == i - 1
                    && isApartPunctuation(i - 1)
                    && (j - i > 1 || !tokens.is(i - 1, ":")))) {
          name.title = previousTitle;
        }
        spans.add(name);
        i = j;
        continue;
      }
      if (tokens.kind(i) == Tokens.WORD) {
        char initial = tokens.firstChar(i);
        boolean maybePronoun =
            tokens.end(i) - tokens.start(i) <= words.maxPronounLength
                && startsPronoun(Character.toLowerCase(initial));
        char sex = maybePronoun ? pronounSex(i) : 0;
        if (sex != 0) {
          ScannedSpan pronoun = span(ScannedSpan.Kind.PRONOUN, i, i + 1, sentence);
          pronoun.sex = sex;
          spans.add(pronoun);
        }
      }
      i++;
    }
    addDescriptions(spans, sentenceSpans, sentence, first);
  }

  /**
   * Whether token {@code i} starts nothing the scan looks for, told from its kind and first letter
   * (most tokens): not a word, or a lower-case word that no title begins with and that is neither
   * an articled name ("al-Assad", "el-Sissi") nor a pronoun ("he", "she").
   */
  private boolean isPlainToken(int i) {
    if (tokens.kind(i) != Tokens.WORD) {
      return true;
    }
    char initial = tokens.firstChar(i);
    return initial >= 'a'
        && initial <= 'z'
        && !names.startsArticledName(initial)
        && !startsPronoun(initial)
        && !WordList.has(words.titleFirstWords, tokens, i);
  }

  /** Whether a lower-case letter starts a pronoun that the scan tells a sex from ("he", "she"). */
  private boolean startsPronoun(char lowerInitial) {
    return words.pronounInitials.contains(lowerInitial);
  }

  /** "the US Secretary of State", "The Chinese foreign minister": a title after a determiner. */
  private void addDescriptions(List<ScannedSpan> spans, int from, int sentence, int first) {
    List<ScannedSpan> found = new ArrayList<>();
    for (int k = from; k < spans.size(); k++) {
      ScannedSpan title = spans.get(k);
      if (title.kind != ScannedSpan.Kind.TITLE || title.sentence != sentence) {
        continue;
      }
      boolean followedByName =
          k + 1 < spans.size()
              && spans.get(k + 1).kind == ScannedSpan.Kind.NAME
              && spans.get(k + 1).title == title;
      if (followedByName) {
        continue;
      }
      int start = modifiersStart(title.firstToken, first);
      if (start > first
          && words.determiners.contains(lower(start - 1))
          && !words.notDescriptionDeterminers.contains(lower(start - 1))) {
        ScannedSpan description =
            span(ScannedSpan.Kind.DESCRIPTION, start - 1, title.endToken, sentence);
        description.title = title;
        found.add(description);
      }
    }
    spans.addAll(found);
  }

  /** The first token of the words that qualify a title: demonyms, capitalised names, adjectives. */
  int modifiersStart(int titleStart, int sentenceFirst) {
    int i = titleStart;
    int count = 0;
    while (i > sentenceFirst && count < 4) {
      int prev = i - 1;
      if (tokens.kind(prev) != Tokens.WORD) {
        break;
      }
      String word = tokens.text(prev);
      String lower = tokens.lower(prev);
      if (words.determiners.contains(lower)
          || words.notNames.contains(lower) && !Character.isUpperCase(word.charAt(0))) {
        break;
      }
      if (words.reportingVerbs.contains(lower) || words.titleModifierStops.contains(lower)) {
        break;
      }
      i = prev;
      count++;
    }
    return i;
  }

  /** The end of the longest title phrase at {@code i}, or {@code i}. */
  private int matchTitle(int i, int end) {
    if (tokens.kind(i) != Tokens.WORD || !WordList.has(words.titleFirstWords, tokens, i)) {
      return i;
    }
    if (i > 0
        && tokens.kind(i - 1) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(i))
        && GivenNames.containsText(tokens, i - 1)
        && !WordList.hasText(words.demonyms, tokens, i - 1)
        && !words.gazetteer.hasPlace(tokens.text(i - 1))) {
      return i; // "Larry King", "Martin Luther King Jr.": a family name, not a title
    }
    int best = i;
    StringBuilder phrase = new StringBuilder();
    int j = i;
    for (int count = 0; count < PersonWords.MAX_TITLE_WORDS + 1 && j < end; count++) {
      if (count > 0) {
        phrase.append(' ');
      }
      phrase.append(tokens.lower(j));
      if (count > 0 && !words.titlePrefixes.contains(phrase.toString())) {
        break; // no title begins so
      }
      // "Dr." and "Gen." keep their full stop.
      if (j + 1 < end && tokens.is(j + 1, ".") && words.isLowerTitle(phrase + ".")) {
        best = j + 2;
        phrase.append('.');
        j += 2;
        continue;
      }
      if (words.isLowerTitle(phrase.toString())) {
        best = j + 1;
      }
      j++;
      if (j < end && tokens.kind(j) != Tokens.WORD) {
        break;
      }
    }
    return best;
  }

  /**
   * Where a person's name starts inside a run that first names an organisation: after the run's
   * last organisation word, when a given name and at least one more word follow it; else {@code i}.
   */
  private int personAfterOrganisation(int i, int j) {
    for (int k = j - 3; k >= i; k--) {
      if (tokens.kind(k) == Tokens.WORD
          && words.gazetteer.hasLowerOrganisationWord(tokens.lower(k))
          && GivenNames.containsText(tokens, k + 1)) {
        return k + 1;
      }
    }
    return i;
  }

  /**
   * A place name after a given name and before no other capitalised word is a family name: "Mary
   * Jordan", but not "Ana Georgia University".
   */
  private boolean isPlaceAsFamilyName(int given, int j, int end) {
    if (tokens.kind(j) != Tokens.WORD
        || !Character.isUpperCase(tokens.firstChar(j))
        || !GivenNames.containsText(tokens, given)
        || words.gazetteer.hasPlace(tokens.text(given))
        || !words.gazetteer.hasPlace(tokens.text(j))) {
      return false;
    }
    return j + 1 >= end
        || tokens.kind(j + 1) != Tokens.WORD
        || !Character.isUpperCase(tokens.firstChar(j + 1));
  }

  /** "leader, Dadis Camara" or "(junta leader) Dadis Camara": a title one mark before a name. */
  private boolean isApartPunctuation(int i) {
    return tokens.is(i, ",") || tokens.is(i, ")") || tokens.is(i, ":");
  }

  private boolean isParticle(int i) {
    return tokens.kind(i) == Tokens.WORD && WordList.hasText(words.particles, tokens, i);
  }

  /** 'M' or 'F' for a personal pronoun at token {@code i}, else 0; makes no string. */
  private char pronounSex(int i) {
    int hash = tokens.lowerHash(i); // compared first: most words are no pronoun
    String[] pronouns = words.pronouns;
    int[] hashes = words.pronounHashes;
    for (int k = 0; k < pronouns.length; k++) {
      if (hashes[k] == hash && tokens.lowerEquals(i, pronouns[k])) {
        return words.pronounSexes[k];
      }
    }
    return 0;
  }

  String lower(int i) {
    return tokens.lower(i);
  }

  ScannedSpan span(ScannedSpan.Kind kind, int first, int end, int sentence) {
    int start = tokens.start(first);
    int stop = tokens.end(end - 1);
    return new ScannedSpan(kind, first, end, sentence, start, stop, text.substring(start, stop));
  }
}
