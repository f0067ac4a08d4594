package dev.newsmodel.parser.lexicon;

import dev.newsmodel.parser.doc.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Given names with the share of female births, from the US Social Security Administration's
 * baby-name data (public domain; built by {@code tools/build-given-names.sh}). US-centric: it knows
 * few Chinese, Arabic or Slavic names, so absence is weak evidence.
 */
public final class GivenNames {
  private static final Map<String, Float> FEMALE_SHARE = load();

  /** The names again, for the look-ups the stages make of many words: a quarter full. */
  private static final WordSet NAMES = new WordSet(FEMALE_SHARE.keySet(), -1, 4);

  private GivenNames() {}

  /** Whether {@code word} is a known given name (case-sensitive, as written: "Linda"). */
  public static boolean contains(String word) {
    return NAMES.contains(word);
  }

  /** Whether token {@code i}, as written, is a known given name; never makes its string. */
  public static boolean containsText(Tokens tokens, int i) {
    return NAMES.containsText(tokens, i);
  }

  /** The share of female births for the name, 0 to 1, when the name is known. */
  public static OptionalDouble femaleShare(String word) {
    Float share = FEMALE_SHARE.get(word);
    return share == null ? OptionalDouble.empty() : OptionalDouble.of(share);
  }

  private static Map<String, Float> load() {
    Map<String, Float> names = new HashMap<>(32_768);
    try (InputStream in = GivenNames.class.getResourceAsStream("given-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource given-names.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#")) {
          names.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names; // a HashMap: never changed, never handed out; faster than Map.copyOf
  }
}
