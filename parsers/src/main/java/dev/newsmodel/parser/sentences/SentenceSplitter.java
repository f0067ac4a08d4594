package dev.newsmodel.parser.sentences;

import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Sentences;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Arrays;
import java.util.Set;

/**
 * Splits the token layer into sentences. A sentence ends at a block boundary, or after terminal
 * punctuation (with the closing quotes and brackets that follow it) when the next word starts a
 * sentence: it is capitalised and the full stop does not belong to a title ("Gen."), an initial
 * ("John F."), a month before a number ("Jan. 6") or, unless the next word usually opens a
 * sentence, an abbreviation that may end one ("U.S.", "Inc."). Stateless and thread-safe.
 */
public final class SentenceSplitter implements Stage {
  private final Abbreviations abbreviations;

  /** A splitter that knows the abbreviations of {@code language}. */
  public SentenceSplitter(Language language) {
    this.abbreviations = new Abbreviations(language);
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public void apply(Document document) {
    document.put(Layer.SENTENCES, split(document.text(), document.tokens()));
  }

  /** Splits {@code text}, already tokenized as {@code tokens}. */
  public Sentences split(String text, Tokens tokens) {
    Out out = new Out(Math.max(4, tokens.size() / 16));
    int n = tokens.size();
    int first = 0;
    for (int i = 0; i < n; i++) {
      if (i > first && newlineBetween(text, tokens.end(i - 1), tokens.start(i))) {
        out.add(tokens, first, i);
        first = i;
      }
      if (!mayEnd(text, tokens, i)) {
        continue;
      }
      int next = i + 1;
      while (next < n && isClosing(text, tokens, next)) {
        next++;
      }
      if (next < n
          && !newlineBetween(text, tokens.end(next - 1), tokens.start(next))
          && endsBefore(text, tokens, i, next)) {
        out.add(tokens, first, next);
        first = next;
      }
      i = next - 1;
    }
    if (first < n) {
      out.add(tokens, first, n);
    }
    return out.build();
  }

  private static boolean mayEnd(String text, Tokens tokens, int i) {
    return tokens.kind(i) == Tokens.TERMINAL
        || (tokens.kind(i) == Tokens.WORD && text.charAt(tokens.end(i) - 1) == '.');
  }

  /** A quote mark or bracket glued to the token before it closes the sentence with it. */
  private static boolean isClosing(String text, Tokens tokens, int i) {
    if (tokens.start(i) != tokens.end(i - 1)) {
      return false;
    }
    char c = tokens.firstChar(i);
    return tokens.kind(i) == Tokens.QUOTE || c == ')' || c == ']';
  }

  /** Whether the sentence ends at token {@code end} (the terminal) before token {@code next}. */
  private boolean endsBefore(String text, Tokens tokens, int end, int next) {
    int word = next;
    while (word < tokens.size()
        && (tokens.kind(word) == Tokens.QUOTE || "([".indexOf(tokens.firstChar(word)) >= 0)) {
      word++;
    }
    if (word == tokens.size()) {
      return true;
    }
    char c = tokens.firstChar(word);
    if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
      return false;
    }
    boolean fullStop =
        text.charAt(tokens.end(end) - 1) == '.' && tokens.end(end) - tokens.start(end) == 1;
    if (tokens.kind(end) == Tokens.WORD) {
      // A dotted abbreviation such as "U.S." that may also end the sentence.
      return isStarter(tokens, word);
    }
    if (!fullStop || end == 0 || tokens.end(end - 1) != tokens.start(end)) {
      return true;
    }
    int before = end - 1;
    if (WordList.hasText(abbreviations.titles, tokens, before)) {
      return false;
    }
    if (tokens.end(before) - tokens.start(before) == 1
        && Character.isUpperCase(tokens.firstChar(before))) {
      return false;
    }
    if (word == next && tokens.start(next) == tokens.end(end) && initial(text, tokens, next)) {
      return false; // "(R-S.C.)": the stop is glued to the next initial of one abbreviation
    }
    boolean number = tokens.kind(word) == Tokens.NUMBER;
    if (number
        && (WordList.hasText(abbreviations.months, tokens, before)
            || WordList.hasText(abbreviations.beforeNumber, tokens, before))) {
      return false;
    }
    if (WordList.hasText(abbreviations.ambiguous, tokens, before)) {
      return isStarter(tokens, word);
    }
    return true;
  }

  /** Whether token {@code i} is one capital letter and a full stop glued: the "C." of "S.C.". */
  private static boolean initial(String text, Tokens tokens, int i) {
    return tokens.end(i) - tokens.start(i) == 1
        && Character.isUpperCase(tokens.firstChar(i))
        && tokens.end(i) < text.length()
        && text.charAt(tokens.end(i)) == '.';
  }

  private boolean isStarter(Tokens tokens, int word) {
    return WordList.hasText(abbreviations.sentenceStarters, tokens, word);
  }

  private static boolean newlineBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static final class Out {
    private int[] starts;
    private int[] ends;
    private int[] firstTokens;
    private int[] endTokens;
    private int size;

    Out(int capacity) {
      starts = new int[capacity];
      ends = new int[capacity];
      firstTokens = new int[capacity];
      endTokens = new int[capacity];
    }

    void add(Tokens tokens, int first, int end) {
      if (size == starts.length) {
        int capacity = size * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        firstTokens = Arrays.copyOf(firstTokens, capacity);
        endTokens = Arrays.copyOf(endTokens, capacity);
      }
      starts[size] = tokens.start(first);
      ends[size] = tokens.end(end - 1);
      firstTokens[size] = first;
      endTokens[size] = end;
      size++;
    }

    Sentences build() {
      return new Sentences(starts, ends, firstTokens, endTokens, size);
    }
  }
}
