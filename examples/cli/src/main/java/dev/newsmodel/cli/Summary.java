package dev.newsmodel.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Averages of page results, as the content evaluation prints them. */
record Summary(
    int pages,
    double precision,
    double recall,
    double wordF1,
    double with,
    double without,
    double title,
    double authors,
    double date,
    double language) {

  static Summary of(List<PageResult> results) {
    int withFound = 0;
    int withTotal = 0;
    int withoutAbsent = 0;
    int withoutTotal = 0;
    for (PageResult r : results) {
      withFound += r.withFound();
      withTotal += r.withTotal();
      withoutAbsent += r.withoutAbsent();
      withoutTotal += r.withoutTotal();
    }
    return new Summary(
        results.size(),
        mean(
            results,
            r ->
                r.shingles() == null || r.shingles().tp() + r.shingles().fp() == 0
                    ? Double.NaN
                    : r.shingles().precision()),
        mean(
            results,
            r ->
                r.shingles() == null || r.shingles().tp() + r.shingles().fn() == 0
                    ? Double.NaN
                    : r.shingles().recall()),
        mean(results, r -> r.words() == null ? Double.NaN : r.words().f1()),
        withTotal == 0 ? Double.NaN : (double) withFound / withTotal,
        withoutTotal == 0 ? Double.NaN : (double) withoutAbsent / withoutTotal,
        mean(results, PageResult::title),
        mean(results, PageResult::authors),
        mean(results, PageResult::date),
        mean(results, PageResult::language));
  }

  /** F1 of the mean precision and mean recall, as the article extraction benchmark reports it. */
  double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  String line(String set, String system) {
    return String.format(
        Locale.ROOT,
        "%-14s %6s %-13s %6s %6s %6s %7s %6s %7s %6s %7s %6s %6s",
        set,
        set.isEmpty() ? "" : Integer.toString(pages),
        system,
        format(precision),
        format(recall),
        format(f1()),
        format(wordF1),
        format(with),
        format(without),
        format(title),
        format(authors),
        format(date),
        format(language));
  }

  private static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static double mean(List<PageResult> results, ToDoubleFunction<PageResult> field) {
    double sum = 0;
    int count = 0;
    for (PageResult r : results) {
      double value = field.applyAsDouble(r);
      if (!Double.isNaN(value)) {
        sum += value;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }
}
