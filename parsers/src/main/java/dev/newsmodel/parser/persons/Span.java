package dev.newsmodel.parser.persons;

/**
 * A stretch of tokens found by the scanner: a title, a name candidate, a pronoun or a role
 * description, with the sentence it stands in.
 */
final class Span {
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
  Span title;

  /** The person this span refers to, once known. */
  Cluster person;

  /** For a pronoun: the sex it tells, 'M' or 'F'. */
  char sex = '?';

  Span(Kind kind, int firstToken, int endToken, int sentence, int start, int end, String text) {
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
      split = words = text.split(" ");
    }
    return split;
  }

  @Override
  public String toString() {
    return kind + "[" + text + "@" + start + "]";
  }
}
