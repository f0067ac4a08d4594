package dev.newsmodel.parser.meetings;

import dev.newsmodel.model.Span;
import dev.newsmodel.parser.doc.Tokens;
import dev.newsmodel.parser.lexicon.WordList;
import java.util.Optional;

/** The place of a meeting: the first named place after "in" or "at" in its sentence. */
final class Places {
  private final MeetingWords words;

  Places(MeetingWords words) {
    this.words = words;
  }

  Optional<Span> find(String text, Tokens tokens, int first, int end) {
    for (int i = first; i < end - 1; i++) {
      if (!WordList.hasText(words.placePrepositions, tokens, i)) {
        continue;
      }
      int start = i + 1;
      if (tokens.is(start, words.placeArticle) && start + 1 < end) {
        start++;
      }
      int stop = start;
      boolean named = false;
      while (stop < end && stop - start < 5 && tokens.kind(stop) == Tokens.WORD) {
        String lower = tokens.lower(stop);
        if (words.placeStops.contains(lower)) {
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
