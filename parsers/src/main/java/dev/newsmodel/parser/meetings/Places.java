package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.Span;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.CalendarWords;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Optional;
import java.util.Set;

/** The place of a meeting: the first named place after "in" or "at" in its sentence. */
final class Places {
  private Places() {}

  private static final Set<String> STOPS =
      WordList.of(
          new String[] {
            "in",
            "on",
            "at",
            "of",
            "for",
            "with",
            "to",
            "during",
            "yesterday",
            "today",
            "tomorrow",
            "tonight",
            "and",
            "after",
            "before",
            "last",
            "next",
            "this",
            "that",
            "where",
            "which",
            "behind",
            "when",
            "while",
            "who",
            "since",
            "from"
          },
          CalendarWords.WEEKDAYS,
          CalendarWords.MONTHS);

  static Optional<Span> find(String text, Tokens tokens, int first, int end) {
    for (int i = first; i < end - 1; i++) {
      if (!(tokens.is(i, "in") || tokens.is(i, "at"))) {
        continue;
      }
      int start = i + 1;
      if (tokens.is(start, "the") && start + 1 < end) {
        start++;
      }
      int stop = start;
      boolean named = false;
      while (stop < end && stop - start < 5 && tokens.kind(stop) == Tokens.WORD) {
        String lower = tokens.lower(stop);
        if (STOPS.contains(lower)) {
          break;
        }
        named |= Character.isUpperCase(tokens.firstChar(stop));
        stop++;
      }
      if (named && stop > start) {
        int from = tokens.start(start);
        return Optional.of(Span.of(text.substring(from, tokens.end(stop - 1)), from));
      }
    }
    return Optional.empty();
  }
}
