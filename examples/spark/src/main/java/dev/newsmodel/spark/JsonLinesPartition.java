package dev.newsmodel.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.jspecify.annotations.Nullable;

/**
 * Parses a partition of JSON Lines, one page per line: {@code {"url": …, "html": …}} with an
 * optional {@code "fetchedAt"} (ISO-8601 instant). Lines that are not such objects are counted as
 * skipped.
 */
final class JsonLinesPartition implements FlatMapFunction<Iterator<String>, ParsedPage> {
  private static final long serialVersionUID = 1L;

  private final WarcPartition.Counters counters;
  private final String source;

  JsonLinesPartition(WarcPartition.Counters counters, String source) {
    this.counters = counters;
    this.source = source;
  }

  @Override
  public Iterator<ParsedPage> call(Iterator<String> lines) {
    PageParser parser = new PageParser();
    ObjectMapper mapper = new ObjectMapper();
    return new Iterator<>() {
      private @Nullable ParsedPage next;

      @Override
      public boolean hasNext() {
        while (next == null && lines.hasNext()) {
          next = parse(lines.next(), parser, mapper);
        }
        return next != null;
      }

      @Override
      public ParsedPage next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        ParsedPage page = next;
        next = null;
        return page;
      }
    };
  }

  private @Nullable ParsedPage parse(String line, PageParser parser, ObjectMapper mapper) {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (java.io.IOException e) {
      node = null;
    }
    if (node == null || !node.path("html").isTextual()) {
      counters.skipped().add(1);
      return null;
    }
    counters.pages().add(1);
    Optional<ParsedPage> page =
        parser.parse(
            source,
            node.path("url").asText(""),
            instant(node.path("fetchedAt").asText("")),
            node.get("html").asText().getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
    if (page.isEmpty()) {
      counters.failed().add(1);
    }
    return page.orElse(null);
  }

  private static @Nullable Instant instant(String text) {
    try {
      return text.isEmpty() ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
