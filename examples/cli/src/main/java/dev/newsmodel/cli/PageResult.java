package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmodel.model.Article;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The scores of one page; a null or NaN field means the gold set has nothing to score it on. */
record PageResult(
    String id,
    Article article,
    TextMetrics.@Nullable Counts shingles,
    TextMetrics.@Nullable Counts words,
    int withFound,
    int withTotal,
    int withoutAbsent,
    int withoutTotal,
    double title,
    double authors,
    double date,
    double language) {

  static PageResult of(String id, JsonNode gold, Article article) {
    String body = article.text();
    String goldBody = ContentEvalCommand.text(gold, "body");
    TextMetrics.Counts shingles = goldBody == null ? null : TextMetrics.shingles(goldBody, body, 4);
    TextMetrics.Counts words = goldBody == null ? null : TextMetrics.bagOfWords(goldBody, body);
    String normalisedBody = TextMetrics.normalise(body);
    int withFound = 0;
    int withTotal = 0;
    for (JsonNode snippet : gold.path("with")) {
      withTotal++;
      if (normalisedBody.contains(TextMetrics.normalise(snippet.asText()))) {
        withFound++;
      }
    }
    int withoutAbsent = 0;
    int withoutTotal = 0;
    for (JsonNode snippet : gold.path("without")) {
      withoutTotal++;
      if (!normalisedBody.contains(TextMetrics.normalise(snippet.asText()))) {
        withoutAbsent++;
      }
    }
    return new PageResult(
        id,
        article,
        shingles,
        words,
        withFound,
        withTotal,
        withoutAbsent,
        withoutTotal,
        title(gold, article),
        authors(gold, article),
        date(gold, article),
        language(gold, article));
  }

  private static double title(JsonNode gold, Article article) {
    String expected = ContentEvalCommand.text(gold, "title");
    if (expected == null) {
      return Double.NaN;
    }
    String actual = article.title().orElse("");
    return TextMetrics.normalise(expected).equals(TextMetrics.normalise(actual)) ? 1 : 0;
  }

  private static double authors(JsonNode gold, Article article) {
    Set<String> expected = new HashSet<>();
    gold.path("authors").forEach(a -> expected.add(TextMetrics.normalise(a.asText())));
    expected.remove("");
    if (expected.isEmpty()) {
      return Double.NaN;
    }
    Set<String> actual = new HashSet<>();
    article.authors().forEach(a -> actual.add(TextMetrics.normalise(a)));
    actual.remove("");
    if (actual.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(expected);
    common.retainAll(actual);
    double p = (double) common.size() / actual.size();
    double r = (double) common.size() / expected.size();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double date(JsonNode gold, Article article) {
    String expected = ContentEvalCommand.text(gold, "published");
    if (expected == null || expected.length() < 10) {
      return Double.NaN;
    }
    return article.publishedAt().filter(d -> d.startsWith(expected.substring(0, 10))).isPresent()
        ? 1
        : 0;
  }

  private static double language(JsonNode gold, Article article) {
    String expected = ContentEvalCommand.text(gold, "lang");
    if (expected == null || expected.isBlank()) {
      return Double.NaN;
    }
    String actual = article.language().orElse("");
    return primary(expected).equals(primary(actual)) ? 1 : 0;
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT).strip();
  }
}
