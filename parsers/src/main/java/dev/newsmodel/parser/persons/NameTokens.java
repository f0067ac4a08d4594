package dev.newsmodel.parser.persons;

import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.GivenNames;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.List;

/**
 * Tells which tokens of a document can be words of a person's name: a capitalised word that the
 * name lexicons do not rule out and its neighbours allow ("Arabia" of "Saudi Arabia" is not one),
 * an articled name ("al-Assad"), a given name between two names, the family name before a Korean
 * given name. Each token is decided once and remembered.
 */
final class NameTokens {
  private final String text;
  private final Tokens tokens;
  private final PersonWords words;
  private final NameWords nameWords;

  /** Per token: 0 not yet known, 1 a name token, 2 not; the scan asks several times. */
  private final byte[] known;

  NameTokens(String text, Tokens tokens, PersonWords words, NameWords nameWords) {
    this.text = text;
    this.tokens = tokens;
    this.words = words;
    this.nameWords = nameWords;
    this.known = new byte[tokens.size()];
  }

  /** Whether token {@code i} can be a word of a person's name; asked once per token. */
  boolean isNameToken(int i) {
    byte decided = known[i];
    if (decided == 0) {
      decided = known[i] = computeIsNameToken(i) ? (byte) 1 : (byte) 2;
    }
    return decided == 1;
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
    int flags = nameWords.flags(tokens, i);
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
    if (afterCapital && WordList.hasText(words.compass, tokens, i - 1)) {
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
        && words.gazetteer.hasPlaceLastWord(tokens, i)
        && words.gazetteer.hasPlace(
            tokens.text(i - 1), tokens.text(i))); // "Arabia" of "Saudi Arabia"
  }

  /**
   * Whether token {@code i} is a lower-case article ("al-", "el-") and a capital: "al-Assad", not
   * "all-out".
   */
  private boolean isArticledName(int i) {
    int start = tokens.start(i);
    int length = tokens.end(i) - start;
    List<String> articles = words.lowerCaseNameArticles;
    for (int k = 0; k < articles.size(); k++) {
      String article = articles.get(k);
      if (length > article.length()
          && text.startsWith(article, start)
          && Character.isUpperCase(text.charAt(start + article.length()))) {
        return true;
      }
    }
    return false;
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

  /** Whether a letter, as written, starts an articled name ("al-Assad", "el-Sissi"). */
  boolean startsArticledName(char initial) {
    return words.articleInitials.contains(initial);
  }

  /** A capital letter and a full stop glued to it: the "H." of "Laurence H. Tribe". */
  boolean isInitial(int i) {
    return i + 1 < tokens.size()
        && tokens.kind(i) == Tokens.WORD
        && tokens.end(i) - tokens.start(i) == 1
        && Character.isUpperCase(tokens.firstChar(i))
        && tokens.is(i + 1, ".")
        && tokens.end(i) == tokens.start(i + 1);
  }
}
