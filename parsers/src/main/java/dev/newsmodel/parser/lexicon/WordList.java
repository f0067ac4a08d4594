package dev.newsmodel.parser.lexicon;

import dev.newsmodel.parser.doc.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Loads a word list from a UTF-8 class-path resource: one entry a line, blank lines and lines
 * starting with {@code #} skipped. Lists are read once, when a stage class is loaded. Every list is
 * an immutable {@link WordSet}, fast for the per-token look-ups of the stages.
 */
public final class WordList {
  private WordList() {}

  /** A set of words written in code; unlike {@code Set.of}, repeated words are harmless. */
  public static Set<String> of(String... words) {
    return new WordSet(java.util.Arrays.asList(words));
  }

  /** The words of {@code sets} and {@code words} together, as one set. */
  @SafeVarargs
  public static Set<String> of(String[] words, Set<String>... sets) {
    Set<String> all = new HashSet<>(java.util.Arrays.asList(words));
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return new WordSet(all);
  }

  /**
   * Whether token {@code i}, in lower case, is in {@code words}: for a list made here, without
   * making the token's string when it is not.
   */
  public static boolean has(Set<String> words, Tokens tokens, int i) {
    return words instanceof WordSet set
        ? set.containsLower(tokens, i)
        : words.contains(tokens.lower(i));
  }

  /**
   * The bit that tagged list {@code words} sets in {@link Tokens#tags} of {@code tokens}, or 0 when
   * they do not carry it: a caller that scans for several tagged lists may test one mask a token.
   */
  public static int tagBit(Set<String> words, Tokens tokens) {
    return words instanceof WordSet set ? set.tagBit(tokens) : 0;
  }

  /**
   * Whether {@code word} in lower case (root locale) is in {@code words}: for a list made here and
   * a word in ASCII, without making the lower-case string.
   */
  public static boolean hasLowerCaseOf(Set<String> words, String word) {
    return words instanceof WordSet set
        ? set.containsLowerCaseOf(word)
        : words.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether token {@code i}, as written, is in {@code words}: for a list made here, without making
   * the token's string.
   */
  public static boolean hasText(Set<String> words, Tokens tokens, int i) {
    return words instanceof WordSet set
        ? set.containsText(tokens, i)
        : words.contains(tokens.text(i));
  }

  /** The words of {@code words}, as a set built for fast look-ups. */
  public static Set<String> copyOf(java.util.Collection<String> words) {
    return new WordSet(words);
  }

  /** The entries of the resource {@code name} next to {@code owner}, as written. */
  public static Set<String> load(Class<?> owner, String name) {
    return read(owner, name, false);
  }

  /** The entries lower-cased (root locale), for case-insensitive look-ups. */
  public static Set<String> loadLowerCase(Class<?> owner, String name) {
    return read(owner, name, true);
  }

  private static Set<String> read(Class<?> owner, String name, boolean lowerCase) {
    Set<String> words = new HashSet<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + owner);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WordSet(words);
  }
}
