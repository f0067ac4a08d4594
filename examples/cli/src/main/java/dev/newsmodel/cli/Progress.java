package dev.newsmodel.cli;

import java.io.PrintStream;

/**
 * Progress of a batch on standard error: a bar redrawn in place on a terminal, a count line every
 * few seconds otherwise. Silent for batches that finish within the first seconds.
 */
final class Progress {
  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final long BAR_EVERY_NANOS = 200_000_000L;

  private final PrintStream err;
  private final int total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastShown;
  private boolean shown;

  Progress(PrintStream err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
    this.lastShown = started;
  }

  /**
   * Reports that {@code done} documents of the batch are finished, {@code failed} of them badly.
   */
  void update(int done, int failed) {
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS
        || now - lastShown < (terminal ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = (now - started) / 1e9;
    String counts =
        String.format("%d/%d documents, %d failed, %.0f/s", done, total, failed, done / seconds);
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) done * width / total);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + counts);
    } else {
      err.println("newsmodel: " + counts);
    }
  }

  /** Ends the progress display. */
  void finish() {
    if (shown && terminal) {
      err.println();
    }
  }
}
