package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Person;
import dev.newsmodel.parser.NewsParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmodel eval persons FILE}: person-name mentions against gold mentions. */
@Command(
    name = "persons",
    mixinStandardHelpOptions = true,
    description = {
      "Scores person names on gold documents (persons/m2e2.jsonl format): precision, recall and"
          + " F1 of proper-name mentions, strict (same boundaries) and relaxed (overlapping), and"
          + " the F1 of the distinct names per document.",
      "Each document is parsed as plain text; offsets are mapped back to the gold text."
    })
final class PersonsEvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Gold JSON Lines.")
  Path file;

  @Option(names = "--errors", description = "Print this many missed and spurious mentions.")
  int errors;

  private final ObjectMapper json = new ObjectMapper();

  /** Mentions whose paragraph could not be found in the gold text; reported, never scored. */
  private static final java.util.concurrent.atomic.AtomicInteger UNMAPPED =
      new java.util.concurrent.atomic.AtomicInteger();

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    NewsParser parser = NewsParser.create();
    int gold = 0;
    int predicted = 0;
    int strict = 0;
    int relaxed = 0;
    double distinctF1 = 0;
    int unannotatedRepeats = 0;
    int documents = 0;
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    List<String> boundary = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        String text = doc.get("text").asText();
        List<int[]> goldSpans = new ArrayList<>();
        Set<String> goldNames = new HashSet<>();
        for (JsonNode person : doc.get("persons")) {
          if (person.get("proper").asBoolean()) {
            int start = text.offsetByCodePoints(0, person.get("start").asInt());
            int end = text.offsetByCodePoints(0, person.get("end").asInt());
            goldSpans.add(new int[] {start, end});
            goldNames.add(text.substring(start, end).toLowerCase(Locale.ROOT));
          }
        }
        List<int[]> ours = predict(parser, text);
        Set<String> ourNames = new HashSet<>();
        for (int[] span : ours) {
          ourNames.add(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        }
        gold += goldSpans.size();
        predicted += ours.size();
        boolean[] used = new boolean[ours.size()];
        for (int[] g : goldSpans) {
          int exact = -1;
          int overlap = -1;
          for (int k = 0; k < ours.size(); k++) {
            int[] p = ours.get(k);
            if (used[k]) {
              continue;
            }
            if (p[0] == g[0] && p[1] == g[1]) {
              exact = k;
              break;
            }
            if (overlap < 0 && p[0] < g[1] && g[0] < p[1]) {
              overlap = k;
            }
          }
          int match = exact >= 0 ? exact : overlap;
          if (match >= 0) {
            used[match] = true;
            relaxed++;
            strict += exact >= 0 ? 1 : 0;
            if (exact < 0 && boundary.size() < errors) {
              int[] p = ours.get(overlap);
              boundary.add(context(text, g) + " ours [" + text.substring(p[0], p[1]) + "]");
            }
          } else if (missed.size() < errors) {
            missed.add(context(text, g));
          }
        }
        for (int k = 0; k < ours.size(); k++) {
          if (used[k]) {
            continue;
          }
          int[] p = ours.get(k);
          boolean repeat = goldNames.contains(text.substring(p[0], p[1]).toLowerCase(Locale.ROOT));
          if (repeat) {
            unannotatedRepeats++;
          }
          if (spurious.size() < errors) {
            spurious.add(context(text, p) + (repeat ? " (gold marks it elsewhere)" : ""));
          }
        }
        distinctF1 += f1(goldNames, ourNames);
        documents++;
      }
    }
    out.printf(
        Locale.ROOT,
        "documents %d, gold proper mentions %d, predicted name mentions %d (unmapped %d)%n",
        documents,
        gold,
        predicted,
        UNMAPPED.get());
    out.printf(
        Locale.ROOT,
        "strict   P %.3f R %.3f F1 %.3f (%d matched; F1 %.4f)%n",
        ratio(strict, predicted),
        ratio(strict, gold),
        f1(strict, predicted, gold),
        strict,
        f1(strict, predicted, gold));
    out.printf(
        Locale.ROOT,
        "relaxed  P %.3f R %.3f F1 %.3f (%d matched; F1 %.4f)%n",
        ratio(relaxed, predicted),
        ratio(relaxed, gold),
        f1(relaxed, predicted, gold),
        relaxed,
        f1(relaxed, predicted, gold));
    out.printf(
        Locale.ROOT,
        "distinct-person F1 %.3f (per document, averaged)%n",
        distinctF1 / Math.max(1, documents));
    out.printf(
        Locale.ROOT,
        "unmatched predictions that repeat a name the gold marks elsewhere in the document: %d%n",
        unannotatedRepeats);
    missed.forEach(m -> out.println("  missed   " + m));
    spurious.forEach(m -> out.println("  spurious " + m));
    boundary.forEach(m -> out.println("  boundary " + m));
    return 0;
  }

  /** Our name mentions, as offsets into the gold text. */
  private static List<int[]> predict(NewsParser parser, String text) {
    Article article = parser.parseText(text);
    OffsetMap offsets = new OffsetMap(text, article);
    List<int[]> spans = new ArrayList<>();
    for (Person person : article.persons()) {
      for (Mention mention : person.mentions()) {
        if (mention.kind() != MentionKind.NAME) {
          continue;
        }
        int[] span = offsets.span(mention.start(), mention.end());
        if (span != null) {
          spans.add(span);
        } else {
          UNMAPPED.incrementAndGet();
        }
      }
    }
    return spans;
  }

  private static String context(String text, int[] span) {
    int from = Math.max(0, span[0] - 40);
    int to = Math.min(text.length(), span[1] + 40);
    return "["
        + text.substring(span[0], span[1])
        + "] in ..."
        + text.substring(from, to).replace('\n', ' ')
        + "...";
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(int tp, int predicted, int gold) {
    double p = ratio(tp, predicted);
    double r = ratio(tp, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double f1(Set<String> gold, Set<String> ours) {
    if (gold.isEmpty() && ours.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(gold);
    common.retainAll(ours);
    return f1(common.size(), ours.size(), gold.size());
  }
}
