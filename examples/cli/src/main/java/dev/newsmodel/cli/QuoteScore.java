package dev.newsmodel.cli;

import dev.newsmodel.cli.QuoteGold.Unit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The matching and figures of the shared quotes scorer ({@code ../shared/score/quotes.py}), in
 * Java, over units of {@link QuoteGold}: each predicted quote goes to the gold unit holding at
 * least half of its characters with the best overlap; the quotes of one unit are united (one adding
 * nothing new is a duplicate); the unit is found when the union overlaps it by 0.5 (and 0.9) of the
 * longer side. Speaker and cue are judged on the unit's best quote.
 */
final class QuoteScore {
  static final double[] THRESHOLDS = {0.5, 0.9};

  /** A predicted quote as gold-text characters; spans null when they could not be placed. */
  record Pred(
      String kind,
      BitSet chars,
      int n,
      int[] speaker,
      List<String> speakerNames,
      int[] cue,
      String cueText,
      boolean optional) {
    Pred asOptional(boolean value) {
      return new Pred(kind, chars, n, speaker, speakerNames, cue, cueText, value);
    }
  }

  /** One set's counts, as the scorer's Tally. */
  static final class Tally {
    int gold;
    int optional;
    final int[] pred = new int[2];
    final int[] predOneToOne = new int[2];
    final int[] tpGold = new int[2];
    final int[] tpPred = new int[2];
    final int[] oneToOne = new int[2];
    final Map<String, int[]> speaker = new TreeMap<>();
    final int[] cue = new int[2];
    int withSpeakerGold;
    int withSpeakerPred;
    final int[] kind = new int[2];

    double[] prf(int t) {
      return QuoteScore.prf(tpPred[t], pred[t], tpGold[t], gold);
    }

    int speakerN() {
      return speaker.values().stream().mapToInt(v -> v[0]).sum();
    }

    int speakerOk() {
      return speaker.values().stream().mapToInt(v -> v[1]).sum();
    }
  }

  final Tally quoteMarked = new Tally();
  final Tally all = new Tally();

  /** Scores one document: its gold units (a) and (b) and its predicted quotes. */
  void add(List<Unit> unitsA, List<Unit> unitsB, List<Pred> preds) {
    List<Pred> a = new ArrayList<>();
    for (Pred p : preds) {
      if (p.kind().equals("DIRECT") || p.kind().equals("PARTIAL")) {
        a.add(p);
      }
    }
    // (b): a quoted fragment inside another predicted quote is optional
    List<Pred> b = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      Pred x = preds.get(i);
      boolean inside = false;
      if ((x.kind().equals("PARTIAL") || x.kind().equals("DIRECT")) && !x.chars().isEmpty()) {
        Set<String> outer =
            x.kind().equals("DIRECT") ? Set.of("INDIRECT") : Set.of("INDIRECT", "DIRECT");
        for (int j = 0; j < preds.size() && !inside; j++) {
          Pred y = preds.get(j);
          inside =
              j != i
                  && outer.contains(y.kind())
                  && common(x.chars(), y.chars()) >= 0.9 * x.chars().cardinality();
        }
      }
      b.add(x.asOptional(inside));
    }
    score(unitsA, a, quoteMarked, true);
    score(unitsB, b, all, false);
  }

  private static void score(List<Unit> units, List<Pred> preds, Tally tally, boolean setA) {
    tally.gold += units.size();
    int optional = (int) preds.stream().filter(Pred::optional).count();
    tally.optional += optional;
    Map<Integer, Object[]> res = assign(units, preds);
    for (int t = 0; t < THRESHOLDS.length; t++) {
      tally.pred[t] += preds.size() - optional;
      for (Object[] r : res.values()) {
        if ((double) r[0] >= THRESHOLDS[t]) {
          @SuppressWarnings("unchecked")
          List<Integer> accepted = (List<Integer>) r[1];
          tally.tpGold[t]++;
          tally.tpPred[t] += accepted.size();
          tally.pred[t] += (int) accepted.stream().filter(pi -> preds.get(pi).optional()).count();
        }
      }
      int[] m = oneToOne(units, preds, THRESHOLDS[t]);
      tally.oneToOne[t] += m[0];
      tally.predOneToOne[t] += preds.size() - optional + m[1];
    }
    for (int ui = 0; ui < units.size(); ui++) {
      Unit u = units.get(ui);
      Object[] r = res.get(ui);
      if (r == null || (double) r[0] < 0.5) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Integer> accepted = (List<Integer>) r[1];
      Pred p = accepted.isEmpty() ? null : preds.get(accepted.get(0));
      boolean speakerOk = speakerOk(u, p);
      if (u.speaker() != null) {
        int[] st = tally.speaker.computeIfAbsent(u.speakerType(), k -> new int[2]);
        st[0]++;
        st[1] += speakerOk ? 1 : 0;
      }
      tally.withSpeakerGold += sameSource(u, p) ? 1 : 0;
      for (int pi : accepted) {
        tally.withSpeakerPred += sameSource(u, preds.get(pi)) ? 1 : 0;
      }
      if (u.cue() != null) {
        tally.cue[0]++;
        tally.cue[1] += cueOk(u, p) ? 1 : 0;
      }
      if (setA && p != null) {
        String want = u.kind().equals("direct") ? "DIRECT" : "PARTIAL";
        tally.kind[0]++;
        tally.kind[1] += p.kind().equals(want) ? 1 : 0;
      }
    }
  }

  /** Unit index to {overlap, accepted prediction indexes best first}, as the scorer's assign. */
  private static Map<Integer, Object[]> assign(List<Unit> units, List<Pred> preds) {
    Map<Integer, List<int[]>> members = new LinkedHashMap<>();
    for (int pi = 0; pi < preds.size(); pi++) {
      Pred p = preds.get(pi);
      if (p.chars().isEmpty() || p.n() == 0) {
        continue;
      }
      double[] bestKey = null;
      int bestUnit = -1;
      int bestInter = 0;
      for (int ui = 0; ui < units.size(); ui++) {
        int inter = common(p.chars(), units.get(ui).chars());
        if (inter == 0 || inter < 0.5 * p.n()) {
          continue;
        }
        double ratio = (double) inter / Math.max(p.n(), units.get(ui).chars().cardinality());
        double[] key = {ratio, inter, -members.getOrDefault(ui, List.of()).size(), -ui};
        if (bestKey == null || compare(key, bestKey) > 0) {
          bestKey = key;
          bestUnit = ui;
          bestInter = inter;
        }
      }
      if (bestKey != null) {
        members.computeIfAbsent(bestUnit, k -> new ArrayList<>()).add(new int[] {bestInter, pi});
      }
    }
    Map<Integer, Object[]> result = new HashMap<>();
    for (Map.Entry<Integer, List<int[]>> entry : members.entrySet()) {
      BitSet g = units.get(entry.getKey()).chars();
      List<int[]> mem = entry.getValue();
      mem.sort(
          Comparator.<int[]>comparingInt(x -> -x[0])
              .thenComparing(x -> preds.get(x[1]).optional())
              .thenComparingInt(x -> x[1]));
      BitSet covered = new BitSet();
      BitSet union = new BitSet();
      int unmapped = 0;
      List<Integer> accepted = new ArrayList<>();
      for (int[] x : mem) {
        Pred p = preds.get(x[1]);
        BitSet in = (BitSet) p.chars().clone();
        in.and(g);
        BitSet fresh = (BitSet) in.clone();
        fresh.andNot(covered);
        if (fresh.cardinality() < 0.5 * in.cardinality()) {
          continue; // a duplicate
        }
        accepted.add(x[1]);
        covered.or(in);
        union.or(p.chars());
        unmapped += Math.max(0, p.n() - p.chars().cardinality());
      }
      double overlap =
          (double) common(union, g) / Math.max(union.cardinality() + unmapped, g.cardinality());
      result.put(entry.getKey(), new Object[] {overlap, accepted});
    }
    return result;
  }

  /** {matched units, optional predictions matched} of a greedy one-to-one matching. */
  private static int[] oneToOne(List<Unit> units, List<Pred> preds, double threshold) {
    List<double[]> pairs = new ArrayList<>();
    for (int pi = 0; pi < preds.size(); pi++) {
      Pred p = preds.get(pi);
      if (p.chars().isEmpty()) {
        continue;
      }
      for (int ui = 0; ui < units.size(); ui++) {
        int inter = common(p.chars(), units.get(ui).chars());
        if (inter > 0) {
          double r = (double) inter / Math.max(p.n(), units.get(ui).chars().cardinality());
          if (r >= threshold) {
            pairs.add(new double[] {r, ui, pi});
          }
        }
      }
    }
    pairs.sort(
        Comparator.<double[]>comparingDouble(x -> -x[0])
            .thenComparingDouble(x -> x[1])
            .thenComparingDouble(x -> x[2]));
    BitSet usedUnits = new BitSet();
    BitSet usedPreds = new BitSet();
    int optional = 0;
    for (double[] x : pairs) {
      int ui = (int) x[1];
      int pi = (int) x[2];
      if (!usedUnits.get(ui) && !usedPreds.get(pi)) {
        usedUnits.set(ui);
        usedPreds.set(pi);
        optional += preds.get(pi).optional() ? 1 : 0;
      }
    }
    return new int[] {usedUnits.cardinality(), optional};
  }

  private static boolean speakerOk(Unit u, Pred p) {
    if (p == null || p.speakerNames().isEmpty()) {
      return false;
    }
    if (overlaps(p.speaker(), u.speakerSpans())) {
      return true;
    }
    Set<String> gold = QuoteGold.capTokens(u.speaker());
    if (gold.isEmpty()) {
      return false;
    }
    for (String name : p.speakerNames()) {
      for (String cap : QuoteGold.capTokens(name)) {
        if (gold.contains(cap)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameSource(Unit u, Pred p) {
    return u.speaker() != null ? speakerOk(u, p) : p == null || p.speakerNames().isEmpty();
  }

  private static boolean cueOk(Unit u, Pred p) {
    if (p == null || p.cueText() == null) {
      return false;
    }
    if (p.cue() != null) {
      return overlaps(p.cue(), u.cueSpans());
    }
    Set<String> stop = QuoteGold.WORDS.get("cue-stop");
    List<String> ours = QuoteGold.tokens(p.cueText()).stream().map(QuoteGold::fold).toList();
    return QuoteGold.tokens(u.cue()).stream()
        .map(QuoteGold::fold)
        .anyMatch(w -> !stop.contains(w) && ours.contains(w));
  }

  private static boolean overlaps(int[] span, List<int[]> spans) {
    if (span == null) {
      return false;
    }
    return spans.stream().anyMatch(s -> span[0] < s[1] && s[0] < span[1]);
  }

  private static int compare(double[] x, double[] y) {
    for (int k = 0; k < x.length; k++) {
      int c = Double.compare(x[k], y[k]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static int common(BitSet x, BitSet y) {
    BitSet both = (BitSet) x.clone();
    both.and(y);
    return both.cardinality();
  }

  /** {P, R, F1}; precision and recall may count different true positives. */
  static double[] prf(int tpPred, int pred, int tpGold, int gold) {
    double p = pred == 0 ? 0 : (double) tpPred / pred;
    double r = gold == 0 ? 0 : (double) tpGold / gold;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** The scorer's two tables and kind line. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "%-36s %6s %6s %6s %6s %6s %6s %6s %6s",
            "set",
            "gold",
            "pred",
            "P.5",
            "R.5",
            "F1.5",
            "P.9",
            "R.9",
            "F1.9"));
    out.add(row("(a) quote-marked vs DIRECT+PARTIAL", quoteMarked));
    out.add(row("(b) all attributions vs all", all));
    out.add("");
    out.add(
        String.format(
            Locale.ROOT,
            "%-14s %5s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s",
            "speaker/cue",
            "n",
            "spkAcc",
            "nName",
            "name",
            "nPron",
            "pron",
            "nNom",
            "nomin",
            "nCue",
            "cueAcc",
            "F1+spk"));
    out.add(speakerRow("(a) found@.5", quoteMarked));
    out.add(speakerRow("(b) found@.5", all));
    out.add(
        String.format(
            Locale.ROOT,
            "(a) kind agreement (gold direct->DIRECT, mixed->PARTIAL): n=%d acc=%.3f",
            quoteMarked.kind[0],
            ratio(quoteMarked.kind[1], quoteMarked.kind[0])));
    return out;
  }

  private static String row(String label, Tally t) {
    double[] half = t.prf(0);
    double[] most = t.prf(1);
    return String.format(
        Locale.ROOT,
        "%-36s %6d %6d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f",
        label,
        t.gold,
        t.pred[0],
        half[0],
        half[1],
        half[2],
        most[0],
        most[1],
        most[2]);
  }

  private static String speakerRow(String label, Tally t) {
    double[] withSpeaker = prf(t.withSpeakerPred, t.pred[0], t.withSpeakerGold, t.gold);
    return String.format(
        Locale.ROOT,
        "%-14s %5d %6.3f %6d %6.3f %6d %6.3f %6d %6.3f %6d %6.3f %6.3f",
        label,
        t.speakerN(),
        ratio(t.speakerOk(), t.speakerN()),
        typeN(t, "name"),
        typeAcc(t, "name"),
        typeN(t, "pronoun"),
        typeAcc(t, "pronoun"),
        typeN(t, "nominal"),
        typeAcc(t, "nominal"),
        t.cue[0],
        ratio(t.cue[1], t.cue[0]),
        withSpeaker[2]);
  }

  private static int typeN(Tally t, String type) {
    return t.speaker.getOrDefault(type, new int[2])[0];
  }

  private static double typeAcc(Tally t, String type) {
    int[] v = t.speaker.getOrDefault(type, new int[2]);
    return ratio(v[1], v[0]);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
