package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.model.Paragraph;
import dev.newsmodel.model.RelatedLink;
import dev.newsmodel.model.Section;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.lexicon.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small pages written for these tests, each imitating a layout that news sites use. Every page has
 * an {@code .expected.json} with the metadata, where the body starts and ends, its headings, and
 * text that must not be in it.
 */
class HtmlReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream("pages/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jsonld-graph",
        "newsarticle-array",
        "opengraph-related",
        "byline-and-comments",
        "dublin-core",
        "paywall-hidden",
        "split-body",
        "infinite-scroll",
        "lists-tables-figures",
        "title-suffix",
        "rel-author-inline-related",
        "br-paragraphs"
      })
  void readsThePageAsExpected(String page) throws IOException {
    JsonNode expected = JSON.readTree(resource(page + ".expected.json"));
    String baseUri = expected.path("baseUri").asText("https://news.example/story");
    Draft draft =
        new HtmlReader(Language.english()).read(Jsoup.parse(resource(page + ".html"), baseUri));
    Document document = Document.of(draft);
    String body = document.text();

    assertThat(draft.title()).as("title").contains(expected.get("title").asText());
    if (expected.has("authors")) {
      assertThat(draft.authors())
          .as("authors")
          .containsExactlyElementsOf(strings(expected.get("authors")));
    }
    for (String field :
        new String[] {"publishedAt", "language", "url", "siteName", "description"}) {
      if (expected.has(field)) {
        assertThat(value(draft, field)).as(field).isEqualTo(expected.get(field).asText());
      }
    }
    assertThat(body).as("body start").startsWith(expected.get("bodyStartsWith").asText());
    assertThat(body).as("body end").endsWith(expected.get("bodyEndsWith").asText());
    assertThat(document.sections().stream().flatMap(s -> s.heading().stream()))
        .as("headings")
        .containsExactlyElementsOf(strings(expected.get("headings")));
    List<String> paragraphs = new ArrayList<>();
    for (Section section : document.sections()) {
      section.paragraphs().stream().map(Paragraph::text).forEach(paragraphs::add);
    }
    assertThat(paragraphs).as("paragraphs").containsAll(strings(expected.path("paragraphs")));
    for (String absent : strings(expected.get("absent"))) {
      assertThat(body).as("boilerplate").doesNotContain(absent);
    }
    List<List<String>> links = new ArrayList<>();
    for (RelatedLink link : draft.relatedLinks()) {
      links.add(List.of(link.text(), link.url().orElse("")));
    }
    List<List<String>> expectedLinks = new ArrayList<>();
    for (JsonNode link : expected.path("relatedLinks")) {
      expectedLinks.add(List.of(link.get(0).asText(), link.get(1).asText()));
    }
    assertThat(links).as("related links").containsAll(expectedLinks);
  }

  private static String value(Draft draft, String field) {
    return switch (field) {
      case "publishedAt" -> draft.publishedAt().orElse(null);
      case "language" -> draft.language().orElse(null);
      case "url" -> draft.url().orElse(null);
      case "siteName" -> draft.siteName().orElse(null);
      case "description" -> draft.description().orElse(null);
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }
}
