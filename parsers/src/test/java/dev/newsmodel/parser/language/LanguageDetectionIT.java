package dev.newsmodel.parser.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Detection accuracy on the page bodies of the gold content sets ({@code ../shared/data/content},
 * beside the repository), whole and cut to their first 1,000, 200 and 50 characters, against each
 * page's known language ({@code content-languages.tsv}). Skips, saying so, without the data.
 */
class LanguageDetectionIT {
  private static final Path CONTENT = Path.of("../../shared/data/content");
  private static final int[] CUTS = {-1, 1000, 200, 50};

  @Test
  void detectsTheLanguageOfWholeBodiesAndOfTheirFirst200Characters() throws IOException {
    assumeTrue(
        Files.isDirectory(CONTENT),
        "no gold content at " + CONTENT.toAbsolutePath().normalize() + ": test skipped");
    Map<String, String> labels = labels();
    Map<Integer, int[]> scores = new LinkedHashMap<>(); // cut -> {right, total}
    Map<Integer, int[]> detectorAlone = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    LanguageDetector detector = LanguageDetector.get();
    CommonWords english =
        new CommonWords(
            dev.newsmodel.parser.lexicon.Language.english()
                .lowerCaseWords("language/function-words"));
    for (String set : new String[] {"readability", "naeb", "wcxb-dev"}) {
      for (String line : Files.readAllLines(CONTENT.resolve(set).resolve("gold.jsonl"))) {
        JsonNode page = json.readTree(line);
        String label = labels.get(set + "/" + page.get("id").asText());
        JsonNode body = page.get("body");
        if (label == null || label.equals("und") || body == null || body.isNull()) {
          continue;
        }
        for (int cut : CUTS) {
          String text = cut(body.asText(), cut);
          String detected = detector.detect(text).code();
          // As the parser decides for a page that declares nothing: its bundle's common words
          // first, the detector when they do not show English.
          String chosen = english.confirm(text) ? "en" : detected;
          int[] score = scores.computeIfAbsent(cut, k -> new int[2]);
          score[0] += chosen.equals(label) ? 1 : 0;
          score[1]++;
          int[] alone = detectorAlone.computeIfAbsent(cut, k -> new int[2]);
          alone[0] += detected.equals(label) ? 1 : 0;
          alone[1]++;
        }
      }
    }
    detectorAlone.forEach(
        (cut, a) ->
            System.out.printf(
                Locale.ROOT,
                "language detection, n-gram detector alone, %s: %d of %d right%n",
                cut < 0 ? "whole bodies" : "first " + cut + " characters",
                a[0],
                a[1]));
    Map<Integer, Double> accuracy = new HashMap<>();
    scores.forEach((cut, s) -> accuracy.put(cut, s[0] / (double) s[1]));
    scores.forEach(
        (cut, s) ->
            System.out.printf(
                Locale.ROOT,
                "language detection, %s: %d of %d right, accuracy %.4f%n",
                cut < 0 ? "whole bodies" : "first " + cut + " characters",
                s[0],
                s[1],
                accuracy.get(cut)));
    assertThat(scores.get(-1)[1]).as("pages scored").isGreaterThan(1000);
    assertThat(accuracy.get(-1)).as("whole bodies").isGreaterThanOrEqualTo(0.99);
    assertThat(accuracy.get(200)).as("first 200 characters").isGreaterThanOrEqualTo(0.95);
  }

  /** The first {@code n} characters cut back to a word boundary; all of it when {@code n < 0}. */
  static String cut(String text, int n) {
    if (n < 0 || text.length() <= n) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(n - 1)) ? n - 1 : n;
    for (int i = end; i > n / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return text.substring(0, i).strip();
      }
    }
    return text.substring(0, end).strip();
  }

  private static Map<String, String> labels() throws IOException {
    Map<String, String> labels = new HashMap<>();
    try (InputStream in = LanguageDetectionIT.class.getResourceAsStream("content-languages.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t");
        if (!line.startsWith("#") && fields.length >= 3 && !fields[0].equals("id")) {
          labels.put(fields[1] + "/" + fields[0], fields[2]);
        }
      }
    }
    return labels;
  }
}
