package dev.newsmodel.parser.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A language bundle: every word list and word table the stages read for one language, loaded from
 * the class-path folder {@code dev/newsmodel/parser/lang/CODE/} ({@code en/} for English). Stages
 * receive a {@code Language} when they are made and read their lists from it, so that their Java
 * holds rules and the words live in resource files; a second language is a second folder.
 *
 * <p>A list is named by its path below the folder without {@code .txt} ({@code "quotes/cues"}): one
 * entry a line, blank lines and lines starting with {@code #} skipped, surrounding white space
 * stripped. A table ({@code .tsv}) maps the text before a line's first tab to the text after it.
 *
 * <p>Lists that stages ask about nearly every token are {@linkplain #tagged tagged}: the tokenizer
 * looks each word up in this bundle's {@link WordTags} once, for all of them. Tagging happens while
 * the stages are built; the pipeline then {@linkplain #freeze freezes} the bundle, after which it
 * is immutable and may be shared by any number of threads. Each parser loads its own bundle, so
 * nothing here is shared across the JVM.
 */
public final class Language {
  /** The code of the English bundle, the default. */
  public static final String ENGLISH = "en";

  private static final String ROOT = "/dev/newsmodel/parser/lang/";

  private final String code;
  private final Map<String, Set<String>> lists = new HashMap<>();
  private final Map<String, Set<String>> lowerCaseLists = new HashMap<>();
  private final Map<String, List<String>> entries = new HashMap<>();
  private final Map<String, Map<String, String>> tables = new HashMap<>();
  private final Map<String, Set<String>> taggedLists = new HashMap<>();
  private final Object tagOwner = new Object();
  private volatile WordTags wordTags = WordTags.empty(tagOwner);
  private volatile boolean frozen;

  private Language(String code) {
    this.code = code;
  }

  /**
   * Loads the bundle of {@code code} (an ISO 639-1 code such as {@code "en"}).
   *
   * @throws IllegalArgumentException when the class path holds no bundle for it
   */
  public static Language load(String code) {
    Objects.requireNonNull(code, "code");
    if (!hasBundle(code)) {
      throw new IllegalArgumentException("no language bundle for '" + code + "'");
    }
    return new Language(code);
  }

  /** Loads the English bundle. */
  public static Language english() {
    return load(ENGLISH);
  }

  /** Whether the class path holds a bundle for {@code code}. */
  public static boolean hasBundle(String code) {
    return code.matches("[a-z]{2,3}")
        && Language.class.getResource(ROOT + code + "/language.txt") != null;
  }

  /** The bundle's ISO 639 code. */
  public String code() {
    return code;
  }

  /** The entries of list {@code name}, as written. */
  public synchronized Set<String> words(String name) {
    return lists.computeIfAbsent(name, n -> new WordSet(entries(n)));
  }

  /** The entries of list {@code name} in lower case (root locale), for case-blind look-ups. */
  public synchronized Set<String> lowerCaseWords(String name) {
    return lowerCaseLists.computeIfAbsent(
        name, n -> new WordSet(entries(n).stream().map(Language::lower).toList()));
  }

  /** The entries of list {@code name} in the order of the file (for lists whose order counts). */
  public synchronized List<String> entries(String name) {
    return entries.computeIfAbsent(name, n -> List.copyOf(read(n + ".txt")));
  }

  /** Table {@code name} ({@code name.tsv}): each line's text before its first tab to the rest. */
  public synchronized Map<String, String> table(String name) {
    return tables.computeIfAbsent(
        name,
        n -> {
          Map<String, String> table = new LinkedHashMap<>();
          for (String line : read(n + ".tsv")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
              throw new IllegalStateException(
                  "line without a tab in " + path(n + ".tsv") + ": " + line);
            }
            table.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
          }
          return java.util.Collections.unmodifiableMap(table);
        });
  }

  /**
   * The entry {@code key} of table {@code name}: a single word or phrase that a rule reads by its
   * role ("according-to" of "quotes/words").
   *
   * @throws IllegalStateException when the table has no such entry, or an empty one
   */
  public String word(String name, String key) {
    String word = table(name).get(key);
    if (word == null || word.isEmpty()) {
      throw new IllegalStateException("no entry '" + key + "' in " + path(name + ".tsv"));
    }
    return word;
  }

  /**
   * {@code words} as a set that stages ask about nearly every token, entered in this bundle's
   * {@link WordTags} under {@code key}; asked again for the same key, the set made first. Only
   * while the stages are built.
   *
   * @throws IllegalStateException after {@link #freeze}
   */
  public synchronized Set<String> tagged(String key, Set<String> words) {
    Set<String> known = taggedLists.get(key);
    if (known != null) {
      return known;
    }
    if (frozen) {
      throw new IllegalStateException("language bundle is frozen: cannot tag list " + key);
    }
    WordTags next = wordTags.with(words);
    Set<String> set =
        next == wordTags ? new WordSet(words) : new WordSet(words, next.count() - 1, tagOwner);
    wordTags = next;
    taggedLists.put(key, set);
    return set;
  }

  /** The table of tagged lists that the tokenizer reads for every word. */
  public WordTags wordTags() {
    return wordTags;
  }

  /** Ends tagging: from now on the bundle does not change. Called when a pipeline is built. */
  public void freeze() {
    frozen = true;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private String path(String file) {
    return ROOT + code + "/" + file;
  }

  private List<String> read(String file) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Language.class.getResourceAsStream(path(file))) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path(file));
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
