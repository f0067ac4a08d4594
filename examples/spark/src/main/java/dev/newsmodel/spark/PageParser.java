package dev.newsmodel.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Quote;
import dev.newsmodel.parser.NewsParser;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns one page into a {@link ParsedPage}. One instance per partition: the parser is thread-safe
 * and costly enough to build that tasks share it rather than make one per page.
 */
final class PageParser {
  private final NewsParser parser = NewsParser.create();
  private final ObjectMapper mapper = ArticleJson.newMapper();

  /**
   * Parses a page; returns empty when the page fails (bad input is counted by the caller, not
   * allowed to fail the job).
   */
  Optional<ParsedPage> parse(
      String source, String url, @Nullable Instant fetchedAt, byte[] html, @Nullable Charset cs) {
    try {
      Article article = parser.parse(html, cs, url);
      ObjectNode json = mapper.createObjectNode();
      json.put("source", source);
      json.put("fetchUrl", url);
      if (fetchedAt != null) {
        json.put("fetchedAt", fetchedAt.toString());
      }
      json.setAll((ObjectNode) mapper.valueToTree(article));
      return Optional.of(new ParsedPage(mapper.writeValueAsString(json), speakers(article)));
    } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The name of each quote's speaker, when the quote is attributed to an entity. */
  static List<String> speakers(Article article) {
    List<String> names = new ArrayList<>();
    for (Quote quote : article.quotes()) {
      quote
          .speaker()
          .flatMap(speaker -> speaker.entityId())
          .flatMap(article::entity)
          .map(Entity::name)
          .ifPresent(names::add);
    }
    return names;
  }
}
