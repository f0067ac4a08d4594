package dev.newsmodel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on standard error: a bar redrawn in place, shown only when standard error is
 * a terminal (or when asked for), never for batches that finish within the first two seconds; and a
 * summary line at the end, always. Messages printed through {@link #println} clear the bar first,
 * so that it never mixes into them.
 */
final class Progress {
  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long BAR_EVERY_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final int total;
  private final boolean bar;
  private final LongSupplier clock;
  private final long started;
  private long lastShown;
  private int shownLength;

  Progress(PrintStream err, int total, boolean bar) {
    this(err, total, bar, System::nanoTime);
  }

  Progress(PrintStream err, int total, boolean bar, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.bar = bar;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastShown = started;
  }

  /**
   * Whether to draw the bar: {@code forced} when given, else when standard error is a terminal and
   * the output does not go to that terminal as well (where the bar would mix into it).
   */
  static boolean wanted(Boolean forced, boolean stderrTerminal, boolean outputToTerminal) {
    if (forced != null) {
      return forced;
    }
    return stderrTerminal && !outputToTerminal;
  }

  /** Whether the file descriptor (1 standard output, 2 standard error) is a terminal. */
  static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null; // no /proc: a console means both ends are terminals
    }
  }

  /**
   * Reports that {@code done} documents of the batch are finished, {@code failed} of them badly.
   */
  void update(int done, int failed) {
    if (!bar) {
      return;
    }
    long now = clock.getAsLong();
    if (now - started < QUIET_NANOS || now - lastShown < BAR_EVERY_NANOS && done < total) {
      return;
    }
    lastShown = now;
    double seconds = (now - started) / 1e9;
    int filled = total == 0 ? WIDTH : (int) ((long) Math.min(done, total) * WIDTH / total);
    String line =
        String.format(
            Locale.ROOT,
            "[%s%s] %d/%d documents, %d failed, %.0f/s",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            done,
            total,
            failed,
            done / seconds);
    clear();
    err.print(line);
    err.flush();
    shownLength = line.length();
  }

  /** Prints a line on standard error, clearing the bar first. */
  void println(String message) {
    clear();
    err.println(message);
  }

  /** Clears the bar and prints the summary line. */
  void finish(int pages, int failed, int skipped) {
    finish(pages, 0, failed, skipped);
  }

  /**
   * Clears the bar and prints the summary line; {@code unread} of the pages are in a language the
   * parser does not read.
   */
  void finish(int pages, int unread, int failed, int skipped) {
    long elapsed = clock.getAsLong() - started;
    println(summary(pages, unread, failed, skipped, elapsed / 1e9));
  }

  static String summary(int pages, int failed, int skipped, double seconds) {
    return summary(pages, 0, failed, skipped, seconds);
  }

  static String summary(int pages, int unread, int failed, int skipped, double seconds) {
    return String.format(
        Locale.ROOT,
        "newsmodel: %d %s%s, %d failed, %d skipped in %.1f s",
        pages,
        pages == 1 ? "page" : "pages",
        unread == 0 ? "" : " (" + unread + " in a language it does not read: content only)",
        failed,
        skipped,
        seconds);
  }

  private void clear() {
    if (shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      shownLength = 0;
    }
  }
}
