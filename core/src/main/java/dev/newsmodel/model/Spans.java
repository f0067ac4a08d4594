package dev.newsmodel.model;

/** Checks shared by the located value types. */
final class Spans {
  private Spans() {}

  /** Checks that a located value is well formed on its own: offsets ordered, length consistent. */
  static void checkShape(String what, Located located) {
    int start = located.start();
    int end = located.end();
    if (start < 0 || end < start) {
      throw new InvalidModelException(
          what + " has offsets [" + start + ", " + end + "): start must be >= 0 and <= end");
    }
    if (located.text().length() != end - start) {
      throw new InvalidModelException(
          what
              + " '"
              + abbreviate(located.text())
              + "' has "
              + located.text().length()
              + " characters but offsets ["
              + start
              + ", "
              + end
              + ") span "
              + (end - start));
    }
  }

  /** Checks that a located value stands in {@code body} at its offsets. */
  static void checkIn(String what, Located located, String body) {
    checkIn(what, "", located, body);
  }

  /**
   * As {@link #checkIn(String, Located, String)}, the value named {@code what + id}: joined only
   * when the check fails, as the article checks every mention and quote it holds.
   */
  static void checkIn(String what, String id, Located located, String body) {
    int start = located.start();
    int end = located.end();
    if (end > body.length()) {
      throw new InvalidModelException(
          what
              + id
              + " '"
              + abbreviate(located.text())
              + "' ends at "
              + end
              + ", past the end of the text ("
              + body.length()
              + ")");
    }
    // The same answer as regionMatches (the first place at or after start where the text stands is
    // start itself exactly when it stands there), from String.indexOf's vectorised compare: a byte
    // loop took about 2% of a plain-text parse, as every paragraph is checked.
    if (body.indexOf(located.text(), start) != start) {
      throw new InvalidModelException(
          what
              + id
              + " '"
              + abbreviate(located.text())
              + "' does not match the text at ["
              + start
              + ", "
              + end
              + "): '"
              + abbreviate(body.substring(start, end))
              + "'");
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
