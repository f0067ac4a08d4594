package dev.newsmodel.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keyword floor of meeting detection: a sentence is a meeting when it holds one of the words of
 * {@code meeting-keywords.txt} as a whole word, in any case. The margin over it is the measure of
 * what the meetings stage understands beyond its words.
 */
final class KeywordBaseline {
  private final Pattern pattern;

  private KeywordBaseline(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The floor read from the tool's keyword list. */
  static KeywordBaseline load() {
    List<String> words = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                KeywordBaseline.class.getResourceAsStream("meeting-keywords.txt"),
                StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(Pattern.quote(word.toLowerCase(Locale.ROOT)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KeywordBaseline(
        Pattern.compile("\\b(" + String.join("|", words) + ")\\b", Pattern.CASE_INSENSITIVE));
  }

  /** Whether {@code sentence} holds a keyword. */
  boolean matches(String sentence) {
    return pattern.matcher(sentence).find();
  }
}
