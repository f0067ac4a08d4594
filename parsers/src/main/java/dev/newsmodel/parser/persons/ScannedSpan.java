package dev.newsmodel.parser.persons;

/**
 * A stretch of tokens found by the {@link Scanner}: a title, a name candidate, a pronoun or a role
 * description, with the sentence it stands in and, once known, the person it refers to. Internal to
 * the stage; the model's {@code dev.newsmodel.model.Span} is a stretch of text in the output.
 */
final class ScannedSpan {
  enum Kind {
    TITLE,
    NAME,
    PRONOUN,
    DESCRIPTION
  }

  final Kind kind;
  final int firstToken;
  final int endToken;
  final int sentence;
  final int start;
  final int end;
  final String text;

  /** For a name: the title right before it; for a description: its own title. */
  ScannedSpan title;

  /** The person this span refers to, once known. */
  Cluster person;

  /** For a pronoun: the sex it tells, 'M' or 'F'. */
  char sex = '?';

  ScannedSpan(
      Kind kind, int firstToken, int endToken, int sentence, int start, int end, String text) {
    this.kind = kind;
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.text = text;
  }

  private String[] words;

  /** The words of the span's text (split once; callers must not change the array). */
  String[] words() {
    String[] split = words;
    if (split == null) {
      split = words = split(text);
    }
    return split;
  }

  /** {@code text.split(" ")}, without the list and the checks that split makes on the way. */
  static String[] split(String text) {
    int spaces = 0;
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      spaces++;
    }
    if (spaces == 0) {
      return new String[] {text};
    }
    String[] parts = new String[spaces + 1];
    int from = 0;
    for (int k = 0; k < spaces; k++) {
      int space = text.indexOf(' ', from);
      parts[k] = text.substring(from, space);
      from = space + 1;
    }
    parts[spaces] = text.substring(from);
    int kept = parts.length;
    while (kept > 0 && parts[kept - 1].isEmpty()) {
      kept--; // as split does, trailing empty strings are dropped
    }
    return kept == parts.length ? parts : java.util.Arrays.copyOf(parts, kept);
  }

  @Override
  public String toString() {
    return kind + "[" + text + "@" + start + "]";
  }
}
