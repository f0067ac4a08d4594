package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong();

  private Progress progress(int total, boolean bar) {
    return new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), total, bar, now::get);
  }

  private String printed() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aShortBatchPrintsOnlyTheSummary() {
    Progress progress = progress(3, true);

    progress.update(1, 0);
    now.set(1_500_000_000L);
    progress.update(3, 1);
    progress.finish(2, 1, 0);

    assertThat(printed()).isEqualTo("newsmodel: 2 pages, 1 failed, 0 skipped in 1.5 s\n");
  }

  @Test
  void aLongBatchOnATerminalDrawsABarThatMessagesAndTheSummaryClear() {
    Progress progress = progress(4, true);

    now.set(3_000_000_000L);
    progress.update(2, 0);
    String bar = "[###############               ] 2/4 documents, 0 failed, 1/s";
    assertThat(printed()).isEqualTo(bar);
    progress.println("newsmodel: x.txt: no such file");
    now.set(4_000_000_000L);
    progress.update(4, 1);
    progress.finish(3, 1, 0);

    String blank = "\r" + " ".repeat(bar.length()) + "\r";
    String full = "[##############################] 4/4 documents, 1 failed, 1/s";
    assertThat(printed())
        .isEqualTo(
            bar
                + blank
                + "newsmodel: x.txt: no such file\n"
                + full
                + "\r"
                + " ".repeat(full.length())
                + "\r"
                + "newsmodel: 3 pages, 1 failed, 0 skipped in 4.0 s\n");
  }

  @Test
  void withoutATerminalOnlyTheSummaryLine() {
    Progress progress = progress(100, false);

    for (int i = 1; i <= 100; i++) {
      now.addAndGet(1_000_000_000L);
      progress.update(i, 0);
    }
    progress.finish(100, 0, 0);

    assertThat(printed()).isEqualTo("newsmodel: 100 pages, 0 failed, 0 skipped in 100.0 s\n");
  }

  @Test
  void theBarShowsWhenStandardErrorIsATerminalAndTheOutputIsNotOrWhenAsked() {
    assertThat(Progress.wanted(null, true, false)).isTrue();
    assertThat(Progress.wanted(null, true, true)).isFalse(); // it would mix into the output
    assertThat(Progress.wanted(null, false, false)).isFalse();
    assertThat(Progress.wanted(true, false, false)).isTrue();
    assertThat(Progress.wanted(false, true, false)).isFalse();
    assertThat(Progress.summary(1, 0, 2, 0.25))
        .isEqualTo("newsmodel: 1 page, 0 failed, 2 skipped in 0.3 s");
    assertThat(Progress.summary(3, 2, 0, 1, 1.0))
        .isEqualTo(
            "newsmodel: 3 pages (2 in a language it does not read: content only), 0 failed,"
                + " 1 skipped in 1.0 s");
  }
}
