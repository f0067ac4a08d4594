package dev.newsmodel.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text-overlap measures of the content evaluation. Shingles follow the article extraction
 * benchmark: word tokens ({@code \w+}, case kept), overlapping 4-grams counted as a multiset, and
 * per page true/false positives and negatives normalised to sum to one.
 */
final class TextMetrics {
  private TextMetrics() {}

  /** Normalised true positives, false positives and false negatives of one page. */
  record Counts(double tp, double fp, double fn) {
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Shingle overlap of a predicted body against the gold body. */
  static Counts shingles(String gold, String predicted, int n) {
    return compare(ngrams(words(gold, false), n), ngrams(words(predicted, false), n));
  }

  /** Bag-of-words overlap, lower-cased. */
  static Counts bagOfWords(String gold, String predicted) {
    return compare(count(words(gold, true)), count(words(predicted, true)));
  }

  private static Counts compare(Map<String, Integer> gold, Map<String, Integer> predicted) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> entry : gold.entrySet()) {
      int p = predicted.getOrDefault(entry.getKey(), 0);
      tp += Math.min(entry.getValue(), p);
      fn += Math.max(0, entry.getValue() - p);
    }
    for (Map.Entry<String, Integer> entry : predicted.entrySet()) {
      fp += Math.max(0, entry.getValue() - gold.getOrDefault(entry.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new Counts(0, 0, 0) : new Counts(tp / sum, fp / sum, fn / sum);
  }

  /** Word tokens: runs of letters, digits, marks and underscores. */
  static List<String> words(String text, boolean lowerCase) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int start = i;
      while (i < n && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start) {
        String word = text.substring(start, i);
        words.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
      }
    }
    return words;
  }

  private static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || c == '_'
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static Map<String, Integer> ngrams(List<String> words, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, words.size() - n + 1); i++) {
      if (words.isEmpty()) {
        break;
      }
      String shingle = String.join("\u0001", words.subList(i, Math.min(words.size(), i + n)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }

  private static Map<String, Integer> count(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      counts.merge(word, 1, Integer::sum);
    }
    return counts;
  }

  /** Text normalised for snippet and title matching: lower case, words joined by one space. */
  static String normalise(String text) {
    return String.join(" ", words(text, true));
  }
}
