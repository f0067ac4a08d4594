package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  private static List<JsonNode> articles(String html) {
    Document page = Jsoup.parse(html);
    return JsonLd.articles(page.select("script[type=application/ld+json]"));
  }

  private static String script(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void findsArticlesInGraphsAndArraysNewsBeforePages() {
    List<JsonNode> found =
        articles(
            script("{\"@type\":\"WebPage\",\"headline\":\"Page\"}")
                + script(
                    "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Organization\"},"
                        + "{\"@type\":\"NewsArticle\",\"headline\":\"Talks end\"}]}")
                + script("[{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Report\"}]"));

    assertThat(found)
        .extracting(node -> node.path("headline").asText())
        .containsExactly("Talks end", "Report", "Page");
  }

  @Test
  void passesOverScriptsThatAreNoJson() {
    List<JsonNode> found =
        articles(
            script("{not json")
                + script("")
                + script("{\"@type\":\"NewsArticle\",\"headline\":\"Kept\"}"));

    assertThat(found).extracting(node -> node.path("headline").asText()).containsExactly("Kept");
  }

  @Test
  void readsTheScriptTextWithItsMarkupCharactersAsWritten() {
    List<JsonNode> found =
        articles(script("{\"@type\":\"NewsArticle\",\"headline\":\"A < B & C's \\\"view\\\"\"}"));

    assertThat(found.get(0).path("headline").asText()).isEqualTo("A < B & C's \"view\"");
  }
}
