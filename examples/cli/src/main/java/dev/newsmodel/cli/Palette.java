package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Quote;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One colour per speaker, in the order they are first quoted. Colours are light enough for black
 * text on them and far enough apart to tell a dozen speakers apart; after that they repeat.
 */
final class Palette {
  /** For quotes that nobody in the article is said to have spoken. */
  static final String UNATTRIBUTED = "#e0e0e0";

  private static final String[] COLOURS = {
    "#ffd966", "#9fc5e8", "#b6d7a8", "#f4b6c2", "#d5a6e6", "#ffb570",
    "#8fe3d8", "#c9c27a", "#a4b4f5", "#e6a59e", "#c2e66b", "#e8c39e"
  };

  private final Map<String, String> bySpeaker = new LinkedHashMap<>();

  Palette(Article article) {
    for (Quote quote : article.quotes()) {
      speakerId(quote)
          .ifPresent(
              id -> bySpeaker.computeIfAbsent(id, k -> COLOURS[bySpeaker.size() % COLOURS.length]));
    }
  }

  static Optional<String> speakerId(Quote quote) {
    return quote.speaker().flatMap(speaker -> speaker.entityId());
  }

  /** The colour of an entity that speaks, if it does. */
  Optional<String> of(String entityId) {
    return Optional.ofNullable(bySpeaker.get(entityId));
  }

  /** The colour a quote is highlighted in. */
  String of(Quote quote) {
    return speakerId(quote).flatMap(this::of).orElse(UNATTRIBUTED);
  }
}
