package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds titles, name candidates, pronouns and role descriptions in the token layer, sentence by
 * sentence. A name candidate is a run of capitalised words (with initials and particles such as
 * "al-" or "de"); a title is the longest phrase of the title lexicon, with the lower-case nouns
 * that qualify it ("diplomacy chief").
 */
final class Scanner {
  private static final Set<String> PARTICLES =
      WordList.of(
          "al", "bin", "ibn", "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "dos",
          "del", "el", "abu", "ben", "bint");

  private static final Set<String> DETERMINERS =
      WordList.of("the", "a", "an", "his", "her", "their", "its");

  /** Roman numerals and generational suffixes that end a name: "Abdullah II", "Harris Sr.". */
  private static final Set<String> SUFFIXES = WordList.of("II", "III", "IV", "V", "Jr", "Sr");

  private final String text;
  private final Tokens tokens;

  /** Per token: 0 not yet known, 1 a name token, 2 not; the scan asks several times. */
  private final byte[] nameTokens;

  Scanner(String text, Tokens tokens) {
    this.nameTokens = new byte[tokens.size()];
    this.text = text;
    this.tokens = tokens;
  }

  List<Span> scan(Sentences sentences) {
    List<Span> spans = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      scanSentence(s, sentences.firstToken(s), sentences.endToken(s), spans);
    }
    return spans;
  }

  private void scanSentence(int sentence, int first, int end, List<Span> spans) {
    int sentenceSpans = spans.size();
    Span previousTitle = null;
    int i = first;
    while (i < end) {
      if (isPlainToken(i)) {
        i++;
        continue;
      }
      int titleEnd = matchTitle(i, end);
      if (titleEnd > i) {
        Span title = span(Span.Kind.TITLE, i, titleEnd, sentence);
        spans.add(title);
        previousTitle = title;
        i = titleEnd;
        continue;
      }
      if (isNameToken(i)) {
        int j = i + 1;
        while (j < end) {
          if (isNameToken(j) || isInitial(j)) {
            j = isInitial(j) ? j + 2 : j + 1;
          } else if (j == i + 1 && isPlaceAsFamilyName(i, j, end)) {
            j++; // "Mary Jordan", "Paul Chad"
            break;
          } else if (isParticle(j) && j + 1 < end && isNameToken(j + 1)) {
            j += 1;
          } else if (tokens.kind(j) == Tokens.WORD && WordList.hasText(SUFFIXES, tokens, j)) {
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
          spans.add(span(Span.Kind.NAME, i, person, sentence));
          i = person;
        }
        Span name = span(Span.Kind.NAME, i, j, sentence);
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
            tokens.end(i) - tokens.start(i) <= 7 && startsPronoun(Character.toLowerCase(initial));
        char sex = maybePronoun ? pronounSex(i) : 0;
        if (sex != 0) {
          Span pronoun = span(Span.Kind.PRONOUN, i, i + 1, sentence);
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
        && !startsArticledName(initial)
        && !startsPronoun(initial)
        && !WordList.has(Lexicon.TITLE_FIRST_WORDS, tokens, i);
  }

  /** The lower-case first letters of {@link #PRONOUNS}, the words the scan tells a sex from. */
  private static boolean startsPronoun(char lowerInitial) {
    return lowerInitial == 'h' || lowerInitial == 's';
  }

  /** The first letters of the articled names ("al-Assad", "el-Sissi"), as written. */
  private static boolean startsArticledName(char initial) {
    return initial == 'a' || initial == 'e';
  }

  /** "the US Secretary of State", "The Chinese foreign minister": a title after a determiner. */
  private void addDescriptions(List<Span> spans, int from, int sentence, int first) {
    List<Span> found = new ArrayList<>();
    for (int k = from; k < spans.size(); k++) {
      Span title = spans.get(k);
      if (title.kind != Span.Kind.TITLE || title.sentence != sentence) {
        continue;
      }
      boolean followedByName =
          k + 1 < spans.size()
              && spans.get(k + 1).kind == Span.Kind.NAME
              && spans.get(k + 1).title == title;
      if (followedByName) {
        continue;
      }
      int start = modifiersStart(title.firstToken, first);
      if (start > first
          && DETERMINERS.contains(lower(start - 1))
          && !lower(start - 1).equals("his")
          && !lower(start - 1).equals("her")) {
        Span description = span(Span.Kind.DESCRIPTION, start - 1, title.endToken, sentence);
        description.title = title;
        found.add(description);
      }
    }
    spans.addAll(found);
  }

  /** The first token of the words that qualify a title: demonyms, capitalised names, adjectives. */
  int modifiersStart(int titleStart, int sentenceFirst) {
    int i = titleStart;
    int words = 0;
    while (i > sentenceFirst && words < 4) {
      int prev = i - 1;
      if (tokens.kind(prev) != Tokens.WORD) {
        break;
      }
      String word = tokens.text(prev);
      String lower = tokens.lower(prev);
      if (DETERMINERS.contains(lower)
          || Lexicon.NOT_NAMES.contains(lower) && !Character.isUpperCase(word.charAt(0))) {
        break;
      }
      if (Lexicon.REPORTING_VERBS.contains(lower) || lower.equals("and") || lower.equals("with")) {
        break;
      }
      i = prev;
      words++;
    }
    return i;
  }

  /** The end of the longest title phrase at {@code i}, or {@code i}. */
  private int matchTitle(int i, int end) {
    if (tokens.kind(i) != Tokens.WORD || !WordList.has(Lexicon.TITLE_FIRST_WORDS, tokens, i)) {
      return i;
    }
    if (i > 0
        && tokens.kind(i - 1) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(i))
        && GivenNames.containsText(tokens, i - 1)
        && !WordList.hasText(Lexicon.DEMONYMS, tokens, i - 1)
        && !Gazetteer.isPlace(tokens.text(i - 1))) {
      return i; // "Larry King", "Martin Luther King Jr.": a family name, not a title
    }
    int best = i;
    StringBuilder phrase = new StringBuilder();
    int j = i;
    for (int words = 0; words < Lexicon.MAX_TITLE_WORDS + 1 && j < end; words++) {
      if (words > 0) {
        phrase.append(' ');
      }
      phrase.append(tokens.lower(j));
      if (words > 0 && !Lexicon.TITLE_PREFIXES.contains(phrase.toString())) {
        break; // no title begins so
      }
      // "Dr." and "Gen." keep their full stop.
      if (j + 1 < end && tokens.is(j + 1, ".") && Lexicon.isLowerTitle(phrase + ".")) {
        best = j + 2;
        phrase.append('.');
        j += 2;
        continue;
      }
      if (Lexicon.isLowerTitle(phrase.toString())) {
        best = j + 1;
      }
      j++;
      if (j < end && tokens.kind(j) != Tokens.WORD) {
        break;
      }
    }
    return best;
  }

  boolean isNameToken(int i) {
    byte known = nameTokens[i];
    if (known == 0) {
      known = nameTokens[i] = computeIsNameToken(i) ? (byte) 1 : (byte) 2;
    }
    return known == 1;
  }

  private boolean computeIsNameToken(int i) {
    if (tokens.kind(i) != Tokens.WORD) {
      return false;
    }
    char first = tokens.firstChar(i);
    if (startsArticledName(first)) {
      return isArticledName(i); // "al-Assad", "el-Sissi"
    }
    if (!Character.isUpperCase(first)) {
      return false; // most words, decided without making their string
    }
    int flags = NameWords.flags(tokens, i);
    if ((flags & NameWords.NEVER) != 0) {
      return false; // "The", "But", "NATO", "Anti-IS": whatever stands around them
    }
    if (tokens.end(i) - tokens.start(i) == 1 && !isInitial(i)) {
      return false; // the "C" of "D.C,"
    }
    if (!contextAllows(i, flags)) {
      return false;
    }
    if (isKoreanGivenName(i + 1)) {
      return true; // "Park" of "Park Geun-hye", though a park is a place
    }
    if ((flags & NameWords.DEMONYM) != 0) {
      return isMiddleGivenName(i); // "Christian" of "Heinz Christian Strache"
    }
    return (flags & NameWords.NOT_ALONE) == 0;
  }

  /** The checks that read the tokens around a capitalised word. */
  private boolean contextAllows(int i, int flags) {
    boolean afterCapital =
        i > 0
            && tokens.kind(i - 1) == Tokens.WORD
            && Character.isUpperCase(tokens.firstChar(i - 1));
    boolean beforeStop = i + 1 < tokens.size() && tokens.is(i + 1, ".");
    if (afterCapital && WordList.hasText(COMPASS, tokens, i - 1)) {
      return false; // "West Java", "South Darfur"
    }
    if (beforeStop && (flags & (NameWords.ABBREVIATION | NameWords.DOTTED_TITLE)) != 0) {
      return false; // "St. Louis", "Mass.", "Gov." inside "New Jersey Gov. Chris Christie"
    }
    if ((flags & NameWords.GERUND) != 0
        && i + 1 < tokens.size()
        && Character.isUpperCase(tokens.firstChar(i + 1))
        && (i == 0 || tokens.kind(i - 1) != Tokens.WORD)) {
      return false; // "Nominating Donald Trump …", "Invoking Ronald Reagan’s …"
    }
    if (afterCapital && (flags & NameWords.HEADLINE_VERB) != 0) {
      return false; // "Lena Holt Calls …" in a title-case headline
    }
    return !(afterCapital
        && Gazetteer.isPlaceLastWord(tokens, i)
        && Gazetteer.isPlace(tokens.text(i - 1), tokens.text(i))); // "Arabia" of "Saudi Arabia"
  }

  /** Whether token {@code i} is "al-" or "el-" and a capital: "al-Assad", not "all-out". */
  private boolean isArticledName(int i) {
    int start = tokens.start(i);
    return tokens.end(i) - start > 3
        && text.charAt(start + 1) == 'l'
        && text.charAt(start + 2) == '-'
        && Character.isUpperCase(text.charAt(start + 3));
  }

  /**
   * Where a person's name starts inside a run that first names an organisation: after the run's
   * last organisation word, when a given name and at least one more word follow it; else {@code i}.
   */
  private int personAfterOrganisation(int i, int j) {
    for (int k = j - 3; k >= i; k--) {
      if (tokens.kind(k) == Tokens.WORD
          && Gazetteer.isLowerOrganisationWord(tokens.lower(k))
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
        || Gazetteer.isPlace(tokens.text(given))
        || !Gazetteer.isPlace(tokens.text(j))) {
      return false;
    }
    return j + 1 >= end
        || tokens.kind(j + 1) != Tokens.WORD
        || !Character.isUpperCase(tokens.firstChar(j + 1));
  }

  /** A given name between two name words: "Christian" of "Heinz Christian Strache". */
  private boolean isMiddleGivenName(int i) {
    return i > 0
        && i + 1 < tokens.size()
        && GivenNames.containsText(tokens, i)
        && tokens.kind(i + 1) == Tokens.WORD
        && Character.isUpperCase(tokens.firstChar(i + 1))
        && isNameToken(i - 1);
  }

  /** A two-syllable given name joined by a hyphen: "Geun-hye", "Ki-moon", "Ing-wen". */
  private boolean isKoreanGivenName(int i) {
    if (i >= tokens.size() || tokens.kind(i) != Tokens.WORD) {
      return false;
    }
    int start = tokens.start(i);
    int length = tokens.end(i) - start;
    if (length < 5 || length > 9 || !Character.isUpperCase(tokens.firstChar(i))) {
      return false;
    }
    int hyphen = start + 2;
    while (hyphen < start + 5 && text.charAt(hyphen) != '-') {
      hyphen++; // only within the token: the text may run on for megabytes without one
    }
    int after = start + length - hyphen - 1;
    return hyphen - start >= 2
        && hyphen - start <= 4
        && after >= 2
        && after <= 4
        && Character.isLowerCase(text.charAt(hyphen + 1))
        && noHyphen(hyphen + 1, start + length);
  }

  private boolean noHyphen(int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '-') {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> COMPASS =
      WordList.of(
          "North",
          "South",
          "East",
          "West",
          "Central",
          "Northern",
          "Southern",
          "Eastern",
          "Western");

  /** "leader, Dadis Camara" or "(junta leader) Dadis Camara": a title one mark before a name. */
  private boolean isApartPunctuation(int i) {
    return tokens.is(i, ",") || tokens.is(i, ")") || tokens.is(i, ":");
  }

  private boolean isInitial(int i) {
    return i + 1 < tokens.size()
        && tokens.kind(i) == Tokens.WORD
        && tokens.end(i) - tokens.start(i) == 1
        && Character.isUpperCase(tokens.firstChar(i))
        && tokens.is(i + 1, ".")
        && tokens.end(i) == tokens.start(i + 1);
  }

  private boolean isParticle(int i) {
    return tokens.kind(i) == Tokens.WORD && WordList.hasText(PARTICLES, tokens, i);
  }

  /** Whether a word has no lower-case letter: "NATO", "UN". */
  static boolean isAllCaps(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLowerCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** 'M' or 'F' for a personal pronoun at token {@code i}, else 0; makes no string. */
  private char pronounSex(int i) {
    int hash = tokens.lowerHash(i); // compared first: most words are no pronoun
    for (int k = 0; k < PRONOUNS.length; k++) {
      if (PRONOUN_HASHES[k] == hash && tokens.lowerEquals(i, PRONOUNS[k])) {
        return k < 4 ? 'M' : 'F';
      }
    }
    return 0;
  }

  /** Four male pronouns, then four female ones. */
  private static final String[] PRONOUNS = {
    "he", "him", "his", "himself", "she", "her", "hers", "herself"
  };

  private static final int[] PRONOUN_HASHES =
      java.util.Arrays.stream(PRONOUNS).mapToInt(String::hashCode).toArray();

  String lower(int i) {
    return tokens.lower(i);
  }

  Span span(Span.Kind kind, int first, int end, int sentence) {
    int start = tokens.start(first);
    int stop = tokens.end(end - 1);
    return new Span(kind, first, end, sentence, start, stop, text.substring(start, stop));
  }
}
