package dev.newsmodel.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * Reads and writes the model as JSON with Jackson.
 *
 * <p>The JSON holds every attribute under its accessor's name; absent values are {@code null},
 * empty lists {@code []}, dates ISO-8601. Reading ignores unknown fields, so newer JSON can be read
 * by an older library, and runs every model check. Writing then reading gives an equal article.
 * Thread-safe.
 */
public final class ArticleJson {

  private static final ObjectMapper MAPPER = newMapper();

  private ArticleJson() {}

  /**
   * A new Jackson mapper set up for the model (Optional and java.time support, ISO dates, unknown
   * fields ignored), for callers that embed articles in their own JSON.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The article as one line of JSON. */
  public static String toJson(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an article from JSON.
   *
   * @throws IllegalArgumentException if the JSON is malformed or breaks a model invariant
   */
  public static Article fromJson(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid article: " + e.getOriginalMessage(), e);
    }
  }
}
