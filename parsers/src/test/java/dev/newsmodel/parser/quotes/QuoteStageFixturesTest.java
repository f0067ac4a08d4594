package dev.newsmodel.parser.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.EntityRef;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.QuoteKind;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.NewsParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invented articles that reproduce the error classes read on real news pages (titles of works as
 * quotes, credit lines and hospital stays as speech, sentence-opening words as speakers, pronoun
 * speakers), with their reviewed quotes in marks ({@code fixtures/NAME.expected}).
 */
class QuoteStageFixturesTest {
  private static final NewsParser PARSER = NewsParser.create();

  @ParameterizedTest
  @ValueSource(strings = {"actor-scuffle", "ferry-families", "kitchen-guide", "tenants-dispute"})
  void quotesInMarksAreTheReviewedOnes(String name) throws IOException {
    Article article = PARSER.parseText(resource(name + ".txt"));
    List<String> expected = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (String line : resource(name + ".expected").split("\n")) {
      if (line.startsWith("absent: ")) {
        absent.add(line.substring("absent: ".length()));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        expected.add(line);
      }
    }
    List<String> actual =
        article.quotes().stream()
            .filter(q -> q.kind() != QuoteKind.INDIRECT)
            .map(q -> line(article, q))
            .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    for (String words : absent) {
      assertThat(article.quotes()).noneMatch(q -> q.text().contains(words));
    }
  }

  private static String line(Article article, Quote quote) {
    String speaker =
        quote
            .speaker()
            .flatMap(EntityRef::entityId)
            .flatMap(article::entity)
            .map(Entity::name)
            .orElse(quote.speaker().map(s -> "?" + s.text()).orElse("-"));
    String cue = quote.cue().map(Span::text).orElse("-");
    return quote.kind() + " | " + speaker + " | " + cue + " | " + quote.text();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = QuoteStageFixturesTest.class.getResourceAsStream("fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
