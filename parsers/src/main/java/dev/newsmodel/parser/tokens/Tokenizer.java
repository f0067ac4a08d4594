package dev.newsmodel.parser.tokens;

import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.doc.ThreadChars;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordTags;
import java.util.Arrays;
import java.util.Set;

/**
 * Splits text into word, number, quote and punctuation tokens in one pass, without regular
 * expressions. A possessive "’s" is its own token ("Blinken" "’s"), so names stay clean; other
 * inner apostrophes ("don’t", "O’Brien") and hyphens ("Sino-US") stay inside the word, and dotted
 * abbreviations keep their dots ("U.S."). Stateless and thread-safe.
 */
public final class Tokenizer implements Stage {
  private static final ThreadChars CHARS = new ThreadChars();

  private final Language language;

  /** Lower-case words that join a capitalised word with a hyphen: "anti-", "al-", "mid-". */
  private final Set<String> hyphenPrefixes;

  /** A tokenizer that tags words with the lists {@code language} tags. */
  public Tokenizer(Language language) {
    this.language = language;
    this.hyphenPrefixes = language.words("tokens/hyphen-prefixes");
  }

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SKELETON);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public void apply(Document document) {
    document.put(Layer.TOKENS, tokenize(document.text()));
  }

  /** Tokenizes the whole text. */
  public Tokens tokenize(String input) {
    char[] text = CHARS.copyOf(input); // scanned many times per character: an array is fastest
    int n = input.length(); // the array may be longer: it is reused from text to text
    Builder out = new Builder(n / 5 + 16, text, language.wordTags());
    int i = 0;
    while (i < n) {
      char ascii = text[i];
      if (ascii == ' ') {
        i++;
        continue;
      }
      int c = ascii < 0x80 ? ascii : Character.codePointAt(text, i, n);
      if (Chars.isSpace(c)) {
        i += Character.charCount(c);
      } else if (Chars.isLetterOrDigit(c)) {
        i = word(text, n, i, out);
      } else if (Chars.isQuote(c)) {
        if (Chars.isApostrophe(c) && isPossessiveS(text, n, i)) {
          out.add(i, i + 2, Tokens.WORD);
          i += 2;
        } else {
          out.add(i, i + 1, Tokens.QUOTE);
          i++;
        }
      } else if (Chars.isTerminal(c)) {
        int end = i + 1;
        while (end < n && Chars.isTerminal(text[end])) {
          end++;
        }
        out.add(i, end, Tokens.TERMINAL);
        i = end;
      } else {
        int end = i + Character.charCount(c);
        out.add(i, end, Tokens.PUNCT);
        i = end;
      }
    }
    return out.build(input);
  }

  /** Scans a word or number starting at {@code start}; returns the offset after it. */
  private int word(char[] text, int n, int start, Builder out) {
    int i = start;
    int part = start;
    boolean digitsOnly = true;
    // The lower-case hash that every stage's word-list look-ups use, made on the way while the
    // word is all ASCII letters and digits (most words).
    int hash = 0;
    boolean hashed = true;
    while (i < n) {
      char ascii = text[i];
      if (ascii < 0x80) {
        if (ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z') {
          digitsOnly = false;
          hash = 31 * hash + (ascii | 0x20);
          i++;
          continue;
        }
        if (ascii >= '0' && ascii <= '9') {
          hash = 31 * hash + ascii;
          i++;
          continue;
        }
      }
      int c = ascii < 0x80 ? ascii : Character.codePointAt(text, i, n);
      if (c >= 0x80 && (Chars.isLetterOrDigit(c) || Chars.isMark(c))) {
        hashed = false;
        digitsOnly &= Character.isDigit(c);
        i += Character.charCount(c);
        continue;
      }
      if (i + 1 >= n) {
        break;
      }
      char next = text[i + 1];
      if (Chars.isHyphen(c) && Chars.isLetterOrDigit(next)) {
        if (isRunOn(text, n, part, i, next)) {
          break;
        }
        digitsOnly = false;
        hashed = false;
        i++;
        part = i;
      } else if (Chars.isApostrophe(c) && Character.isLetter(next) && !isPossessiveS(text, n, i)) {
        digitsOnly = false;
        hashed = false;
        i++;
      } else if ((c == '.' || c == ',') && digitsOnly && Character.isDigit(next)) {
        hashed = false;
        i++;
      } else if (c == '.' && isDottedAbbreviation(text, n, start, i)) {
        hashed = false;
        i = dottedEnd(text, n, i);
        break;
      } else {
        break;
      }
    }
    out.add(
        start,
        i,
        digitsOnly ? Tokens.NUMBER : Tokens.WORD,
        hashed ? hash : 0); // 0: Tokens makes it when asked
    return i;
  }

  /**
   * Whether the hyphen at {@code hyphen} joins two runs of text rather than two parts of a word: a
   * lower-case word that is no prefix, then a capital ("help-Spindler said", a heading run into the
   * next line); or a word, then a dateline in capitals ("Trump-LONDON"). "anti-American" and
   * "al-Assad" stay one word; "then-President" parts into a word and a title, as it should.
   */
  private boolean isRunOn(char[] text, int n, int part, int hyphen, char next) {
    if (!Character.isUpperCase(next) || hyphen - part < 2) {
      return false;
    }
    if (Character.isUpperCase(text[part])) {
      return Character.isLowerCase(text[hyphen - 1]) && isCapitalsWord(text, n, hyphen + 1);
    }
    if (hyphen - part > 12) {
      return false;
    }
    for (int k = part; k < hyphen; k++) {
      char c = text[k];
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !hyphenPrefixes.contains(new String(text, part, hyphen - part));
  }

  /** Whether a word of four or more capitals and nothing else starts at {@code from}. */
  private static boolean isCapitalsWord(char[] text, int n, int from) {
    int k = from;
    while (k < n && text[k] >= 'A' && text[k] <= 'Z') {
      k++;
    }
    return k - from >= 4 && (k == n || !Character.isLetterOrDigit(text[k]));
  }

  static boolean isPossessiveS(char[] text, int n, int i) {
    if (i == 0 || i + 1 >= n || !Chars.isLetterOrDigit(text[i - 1])) {
      return false;
    }
    char s = text[i + 1];
    return (s == 's' || s == 'S') && (i + 2 >= n || !Chars.isLetterOrDigit(text[i + 2]));
  }

  /** A single letter followed by ".X." as in "U.S." or "e.g.". */
  private static boolean isDottedAbbreviation(char[] text, int n, int start, int dot) {
    return dot - start == 1
        && dot + 2 < n
        && Character.isLetter(text[dot + 1])
        && text[dot + 2] == '.';
  }

  private static int dottedEnd(char[] text, int n, int dot) {
    int i = dot;
    // Consume (".X")* and a final dot: "U.S." "U.S.A." "e.g."
    while (i + 2 < n && text[i] == '.' && Character.isLetter(text[i + 1]) && text[i + 2] == '.') {
      i += 2;
    }
    return i + 1;
  }

  private static final class Builder {
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int[] lowerHashes;
    private int[] tags;
    private char[] firstChars;
    private final char[] chars;
    private final WordTags wordTags;
    private int size;

    Builder(int capacity, char[] chars, WordTags wordTags) {
      this.wordTags = wordTags;
      tags = new int[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      kinds = new byte[capacity];
      lowerHashes = new int[capacity];
      firstChars = new char[capacity];
      this.chars = chars;
    }

    void add(int start, int end, byte kind) {
      add(start, end, kind, 0);
    }

    void add(int start, int end, byte kind, int lowerHash) {
      if (size == starts.length) {
        int capacity = size * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        lowerHashes = Arrays.copyOf(lowerHashes, capacity);
        tags = Arrays.copyOf(tags, capacity);
        firstChars = Arrays.copyOf(firstChars, capacity);
      }
      firstChars[size] = chars[start];
      starts[size] = start;
      ends[size] = end;
      kinds[size] = kind;
      lowerHashes[size] = lowerHash;
      // Words of ASCII letters and digits, whose hash is made: their tags, with the text at hand.
      tags[size] = lowerHash != 0 ? wordTags.tagsOfAscii(chars, start, end, lowerHash) : 0;
      size++;
    }

    Tokens build(String text) {
      return new Tokens(text, starts, ends, kinds, firstChars, lowerHashes, tags, wordTags, size);
    }
  }
}
