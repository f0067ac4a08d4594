package dev.newsmodel.parser.quotes;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.NewsParser;
import java.util.List;
import java.util.Optional;

/**
 * Invented texts through the whole parser, and the parts of their quotes the tests of this package
 * look at: one place for what each test class had written again.
 */
final class ParsedQuotes {
  static final NewsParser PARSER = NewsParser.create();

  private ParsedQuotes() {}

  /** The first quote of {@code article}, of any kind, holding {@code words}. */
  static Quote holding(Article article, String words) {
    return article.quotes().stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow();
  }

  /** The first quote in marks (not INDIRECT) of {@code article} holding {@code words}. */
  static Quote markedHolding(Article article, String words) {
    return article.quotes().stream()
        .filter(q -> q.kind() != QuoteKind.INDIRECT && q.text().contains(words))
        .findFirst()
        .orElseThrow();
  }

  /** The reported speech without marks that the parser finds in {@code text}. */
  static List<Quote> indirect(String text) {
    return PARSER.parseText(text).quotes().stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT)
        .toList();
  }

  static Optional<String> speakerText(Quote quote) {
    return quote.speaker().map(EntityRef::text);
  }

  /** The name of the entity the quote's speaker resolves to. */
  static Optional<String> speakerName(Article article, Quote quote) {
    return quote.speaker().flatMap(EntityRef::entityId).flatMap(article::entity).map(Entity::name);
  }

  static Optional<String> cue(Quote quote) {
    return quote.cue().map(Span::text);
  }

  /** The speaker's text or null, for AssertJ tuples. */
  static String speakerOrNull(Quote quote) {
    return speakerText(quote).orElse(null);
  }

  /** The cue's text or null, for AssertJ tuples. */
  static String cueOrNull(Quote quote) {
    return cue(quote).orElse(null);
  }
}
