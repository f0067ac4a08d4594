package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.parser.NewsParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsmodel eval quotes FILE}: quotes and their speakers against PolNeAR attributions. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Scores quotes on PolNeAR-format gold (quotes/polnear-*.jsonl) with the definitions of the"
          + " shared quotes scorer, shared/score/quotes.py (its figures on the same output): (a)"
          + " quote-marked content, one unit per quotation-mark pair and attribution, against our"
          + " DIRECT and PARTIAL quotes; (b) every attribution against all our quotes. A unit is"
          + " found when the quotes assigned to it (each to the unit holding at least half of its"
          + " letters and digits) cover it with overlap at least 0.5 (and 0.9) of the longer side;"
          + " a quote split by its cue is one find, a duplicate a false positive. Speaker and cue"
          + " accuracy on found units, with the unit's best quote. Then other readings: overlap"
          + " over the shorter span, many to one and one to one."
    })
final class QuotesEvalCommand implements Callable<Integer> {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "him", "them");

  @Parameters(paramLabel = "FILE", description = "Gold JSON Lines.")
  Path file;

  private final ObjectMapper json = new ObjectMapper();

  @picocli.CommandLine.Option(
      names = "--errors",
      description = "Print up to this many unmatched quote-marked items per document.")
  int errors;

  @picocli.CommandLine.Option(
      names = "--dump",
      description =
          "Write our quotes, as gold-text offsets, to this JSON Lines file (one line per"
              + " document) for analysis.")
  Path dump;

  private void report(
      PrintStream out, String text, List<Item> gold, List<Item> ours, List<int[]> pairs) {
    boolean[] g = new boolean[gold.size()];
    boolean[] o = new boolean[ours.size()];
    for (int[] pair : pairs) {
      g[pair[0]] = true;
    }
    // A quote of ours is right when it matches any gold attribution, as in the precision.
    for (int k = 0; k < ours.size(); k++) {
      for (Item item : gold) {
        if (overlap(item.start(), item.end(), ours.get(k).start(), ours.get(k).end()) >= 0.5) {
          o[k] = true;
          break;
        }
      }
    }
    int shown = 0;
    for (int k = 0; k < gold.size() && shown < errors; k++) {
      if (!g[k] && gold.get(k).marked()) {
        out.println("  missed   " + snippet(text, gold.get(k)));
        shown++;
      }
    }
    shown = 0;
    for (int k = 0; k < ours.size() && shown < errors; k++) {
      if (!o[k] && ours.get(k).marked()) {
        out.println("  spurious " + snippet(text, ours.get(k)));
        shown++;
      }
    }
  }

  private void reportIndirect(PrintStream out, String text, List<Item> gold, List<int[]> pairs) {
    boolean[] g = new boolean[gold.size()];
    for (int[] pair : pairs) {
      g[pair[0]] = true;
    }
    int shown = 0;
    for (int k = 0; k < gold.size() && shown < errors; k++) {
      Item item = gold.get(k);
      if (!g[k] && !item.marked()) {
        int from =
            Math.max(
                0,
                Math.min(item.start(), item.speaker() == null ? item.start() : item.speaker()[0])
                    - 10);
        int to =
            Math.min(
                text.length(),
                Math.max(item.end(), item.speaker() == null ? item.end() : item.speaker()[1]) + 10);
        out.println(
            "  missed indirect ..."
                + text.substring(from, Math.min(to, from + 220)).replace('\n', ' '));
        shown++;
      }
    }
  }

  private static String snippet(String text, Item item) {
    String s = text.substring(item.start(), Math.min(item.end(), item.start() + 90));
    return s.replace('\n', ' ');
  }

  /** A quote as character offsets into the gold text. */
  private record Item(
      int start, int end, boolean marked, int[] speaker, int[] cue, List<int[]> entity) {
    Item(int start, int end, boolean marked, int[] speaker, int[] cue) {
      this(start, end, marked, speaker, cue, List.of());
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    NewsParser parser = NewsParser.create();
    SharedScore shared = new SharedScore();
    Tally marked = new Tally();
    Tally all = new Tally();
    SpeakerScore markedSpeakers = new SpeakerScore();
    SpeakerScore speakers = new SpeakerScore();
    int documents = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        PrintStream dumped =
            dump == null
                ? null
                : new PrintStream(Files.newOutputStream(dump), false, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        documents++;
        JsonNode doc = json.readTree(line);
        String text = doc.get("text").asText();
        List<Item> gold = new ArrayList<>();
        List<String> goldSpeakers = new ArrayList<>();
        for (JsonNode q : doc.get("quotes")) {
          String kind = q.get("kind").asText();
          gold.add(
              new Item(
                  cp(text, q.get("start").asInt()),
                  cp(text, q.get("end").asInt()),
                  !kind.equals("indirect"),
                  span(text, q, "speaker_start", "speaker_end"),
                  span(text, q, "cue_start", "cue_end")));
          goldSpeakers.add(q.path("speaker").asText(""));
        }
        Article article = parser.parseText(text);
        OffsetMap offsets = new OffsetMap(text, article);
        List<Item> ours = predict(article, offsets);
        shared.add(text, doc.get("quotes"), article, offsets);
        if (dumped != null) {
          dumped.println(json.writeValueAsString(ours));
        }
        List<int[]> markedPairs = marked.add(gold, ours, true);
        if (errors > 0) {
          report(out, text, gold, ours, markedPairs);
        }
        List<int[]> pairs = all.add(gold, ours, false);
        if (errors > 0) {
          reportIndirect(out, text, gold, pairs);
        }
        markedSpeakers.add(gold, goldSpeakers, ours, markedPairs);
        speakers.add(gold, goldSpeakers, ours, pairs);
      }
    }
    out.printf(Locale.ROOT, "documents %d%n", documents);
    out.println("The shared scorer's measures (shared/score/quotes.py):");
    shared.lines().forEach(out::println);
    out.println();
    out.println("Other readings (overlap over the shorter span, many to one):");
    out.println(marked.line("quote-marked (DIRECT+PARTIAL)"));
    out.println(all.line("all attributions"));
    out.println(markedSpeakers.line("speaker accuracy on quote-marked"));
    out.println(speakers.line("speaker accuracy on all matched"));
    out.printf(
        Locale.ROOT,
        "cue accuracy on all matched: %.3f (%d/%d)%n",
        ratio(speakers.cueRight, speakers.cueTotal),
        speakers.cueRight,
        speakers.cueTotal);
    return 0;
  }

  private static List<Item> predict(Article article, OffsetMap offsets) {
    List<Item> items = new ArrayList<>();
    for (Quote quote : article.quotes()) {
      int[] span = offsets.span(quote.start(), quote.end());
      if (span == null) {
        continue;
      }
      int[] speaker = quote.speaker().map(s -> offsets.span(s.start(), s.end())).orElse(null);
      int[] cue = quote.cue().map(c -> offsets.span(c.start(), c.end())).orElse(null);
      List<int[]> entity = new ArrayList<>();
      quote
          .speaker()
          .flatMap(EntityRef::entityId)
          .flatMap(article::entity)
          .ifPresent(
              e -> {
                for (Mention m : e.mentions()) {
                  int[] at = offsets.span(m.start(), m.end());
                  if (at != null) {
                    entity.add(at);
                  }
                }
              });
      items.add(
          new Item(span[0], span[1], quote.kind() != QuoteKind.INDIRECT, speaker, cue, entity));
    }
    return items;
  }

  /** 0 name, 1 pronoun, 2 description. */
  private static int speakerType(String speaker) {
    String s = speaker.strip();
    if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
      return 1;
    }
    String first = s.isEmpty() ? "" : s.split("\\s+")[0].toLowerCase(Locale.ROOT);
    boolean determiner =
        Set.of(
                "the", "a", "an", "his", "her", "their", "some", "many", "one", "two", "several",
                "other", "another", "its")
            .contains(first);
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && !determiner ? 0 : 2;
  }

  private static int[] span(String text, JsonNode q, String startField, String endField) {
    JsonNode start = q.get(startField);
    JsonNode end = q.get(endField);
    if (start == null || start.isNull() || end == null || end.isNull()) {
      return null;
    }
    return new int[] {cp(text, start.asInt()), cp(text, end.asInt())};
  }

  private static int cp(String text, int codePoints) {
    return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
  }

  static boolean overlaps(int[] a, int[] b) {
    return a[0] < b[1] && b[0] < a[1];
  }

  /**
   * The content overlap of two spans: their common characters over the shorter span, so that quoted
   * words match the reported clause around them (PolNeAR's mixed content) and a clause matches its
   * gold with or without a leading "that".
   */
  static double overlap(int gs, int ge, int ps, int pe) {
    int common = Math.max(0, Math.min(ge, pe) - Math.max(gs, ps));
    int shorter = Math.min(ge - gs, pe - ps);
    return shorter <= 0 ? 0 : (double) common / shorter;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /**
   * Scores one set of quotes: many to one (every gold attribution some quote covers, every quote
   * that covers some gold attribution) and one to one (best overlap first).
   */
  private static final class Tally {
    int gold;
    int predicted;
    int goldMatched;
    int oursMatched;
    int pairedOneToOne;

    /**
     * Adds one document; returns, for each matched gold item, {gold, best predicted}. With {@code
     * markedOnly}, gold and ours are the quote-marked ones, but a predicted quote also counts as
     * right when it matches a gold attribution of another kind.
     */
    List<int[]> add(List<Item> goldItems, List<Item> ours, boolean markedOnly) {
      List<int[]> candidates = new ArrayList<>();
      boolean[] oursRight = new boolean[ours.size()];
      int[] best = new int[goldItems.size()];
      int[] bestScore = new int[goldItems.size()];
      java.util.Arrays.fill(best, -1);
      for (int g = 0; g < goldItems.size(); g++) {
        Item gi = goldItems.get(g);
        for (int o = 0; o < ours.size(); o++) {
          Item oi = ours.get(o);
          if (markedOnly && !oi.marked()) {
            continue;
          }
          double d = overlap(gi.start(), gi.end(), oi.start(), oi.end());
          if (d < 0.5) {
            continue;
          }
          oursRight[o] = true;
          if (markedOnly && !gi.marked()) {
            continue;
          }
          int score = (int) (d * 1_000_000);
          candidates.add(new int[] {g, o, score});
          if (best[g] < 0 || score > bestScore[g]) {
            best[g] = o;
            bestScore[g] = score;
          }
        }
      }
      candidates.sort((a, b) -> Integer.compare(b[2], a[2]));
      boolean[] goldUsed = new boolean[goldItems.size()];
      boolean[] oursUsed = new boolean[ours.size()];
      for (int[] c : candidates) {
        if (!goldUsed[c[0]] && !oursUsed[c[1]]) {
          goldUsed[c[0]] = true;
          oursUsed[c[1]] = true;
          pairedOneToOne++;
        }
      }
      List<int[]> pairs = new ArrayList<>();
      for (int g = 0; g < goldItems.size(); g++) {
        if (best[g] >= 0) {
          pairs.add(new int[] {g, best[g]});
        }
      }
      for (int o = 0; o < ours.size(); o++) {
        if (oursRight[o]) {
          oursMatched++;
        }
      }
      gold += (int) goldItems.stream().filter(i -> !markedOnly || i.marked()).count();
      predicted += (int) ours.stream().filter(i -> !markedOnly || i.marked()).count();
      goldMatched += pairs.size();
      return pairs;
    }

    String line(String name) {
      double p = ratio(oursMatched, predicted);
      double r = ratio(goldMatched, gold);
      double p1 = ratio(pairedOneToOne, predicted);
      double r1 = ratio(pairedOneToOne, gold);
      return String.format(
          Locale.ROOT,
          "%-34s P %.3f R %.3f F1 %.3f (gold %d, ours %d); one-to-one P %.3f R %.3f F1 %.3f",
          name,
          p,
          r,
          f1(p, r),
          gold,
          predicted,
          p1,
          r1,
          f1(p1, r1));
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Speaker and cue accuracy over matched gold attributions, by gold speaker type. */
  private static final class SpeakerScore {
    final int[] right = new int[3];
    final int[] total = new int[3];
    int cueRight;
    int cueTotal;

    /**
     * Right when our speaker mention, or another mention of the entity it resolves to, is the gold
     * one.
     */
    int entityRight;

    void add(List<Item> gold, List<String> goldSpeakers, List<Item> ours, List<int[]> pairs) {
      for (int[] pair : pairs) {
        Item g = gold.get(pair[0]);
        Item o = ours.get(pair[1]);
        if (g.speaker() != null) {
          int type = speakerType(goldSpeakers.get(pair[0]));
          total[type]++;
          boolean mention = o.speaker() != null && overlaps(g.speaker(), o.speaker());
          if (mention) {
            right[type]++;
          }
          if (mention || o.entity().stream().anyMatch(m -> overlaps(g.speaker(), m))) {
            entityRight++;
          }
        }
        if (g.cue() != null) {
          cueTotal++;
          if (o.cue() != null && overlaps(g.cue(), o.cue())) {
            cueRight++;
          }
        }
      }
    }

    String line(String name) {
      int r = right[0] + right[1] + right[2];
      int t = total[0] + total[1] + total[2];
      return String.format(
          Locale.ROOT,
          "%s: %.3f (%d/%d); name %.3f (%d), pronoun %.3f (%d), description %.3f (%d);"
              + " by entity %.3f",
          name,
          ratio(r, t),
          r,
          t,
          ratio(right[0], total[0]),
          total[0],
          ratio(right[1], total[1]),
          total[1],
          ratio(right[2], total[2]),
          total[2],
          ratio(entityRight, t));
    }
  }
}
