package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.cli.QuoteGold.Unit;
import dev.newsmodel.cli.QuoteScore.Pred;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared scorer's matching: split quotes are one find, duplicates are false positives. */
class QuoteScoreTest {
  private static BitSet chars(int from, int to) {
    BitSet set = new BitSet();
    set.set(from, to);
    return set;
  }

  private static Unit unit(int from, int to) {
    return new Unit(
        chars(from, to),
        "direct",
        "Roe",
        List.of(new int[] {0, 3}),
        "name",
        "said",
        List.of(new int[] {4, 8}),
        to);
  }

  private static Pred pred(String kind, int from, int to, boolean speaker) {
    return new Pred(
        kind,
        chars(from, to),
        to - from,
        speaker ? new int[] {0, 3} : null,
        speaker ? List.of("Roe") : List.of(),
        new int[] {4, 8},
        "said",
        false);
  }

  @Test
  void twoHalvesOfOneUnitAreBothRight() {
    QuoteScore score = new QuoteScore();
    Unit u = unit(10, 50);
    score.add(
        List.of(u),
        List.of(u),
        List.of(pred("DIRECT", 10, 30, true), pred("DIRECT", 30, 50, true)));

    assertThat(score.quoteMarked.tpGold[0]).isEqualTo(1);
    assertThat(score.quoteMarked.tpPred[0]).isEqualTo(2);
    assertThat(score.quoteMarked.prf(0)[0]).isEqualTo(1.0);
    assertThat(score.quoteMarked.speakerOk()).isEqualTo(1);
    assertThat(score.quoteMarked.cue[1]).isEqualTo(1);
  }

  @Test
  void aDuplicateIsAFalsePositive() {
    QuoteScore score = new QuoteScore();
    Unit u = unit(10, 50);
    score.add(
        List.of(u),
        List.of(u),
        List.of(pred("DIRECT", 10, 50, false), pred("PARTIAL", 12, 48, false)));

    assertThat(score.quoteMarked.tpPred[0]).isEqualTo(1);
    assertThat(score.quoteMarked.pred[0]).isEqualTo(2);
    assertThat(score.quoteMarked.speakerOk()).isZero();
  }

  @Test
  void aQuotedFragmentInsideReportedSpeechIsOptionalInTheAllSet() {
    QuoteScore score = new QuoteScore();
    Unit u = unit(10, 50);
    score.add(
        List.of(),
        List.of(u),
        List.of(pred("INDIRECT", 10, 50, true), pred("PARTIAL", 20, 30, true)));

    assertThat(score.all.pred[0]).isEqualTo(1);
    assertThat(score.all.optional).isEqualTo(1);
    assertThat(score.all.prf(0)[2]).isEqualTo(1.0);
  }
}
