package dev.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

  @Test
  void roundTripGivesAnEqualArticle() {
    Article article = Fixtures.article();

    Article read = ArticleJson.fromJson(ArticleJson.toJson(article));

    assertThat(read).isEqualTo(article);
  }

  @Test
  void writesTheDocumentedFieldNamesAndShapes() throws Exception {
    JsonNode json = ArticleJson.newMapper().readTree(ArticleJson.toJson(Fixtures.article()));

    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "title",
            "description",
            "authors",
            "publishedAt",
            "siteName",
            "url",
            "language",
            "languageConfidence",
            "text",
            "sections",
            "persons",
            "organizations",
            "quotes",
            "meetings",
            "relatedLinks",
            "notes");
    assertThat(json.get("description").isNull()).isTrue();
    assertThat(json.get("publishedAt").asText()).isEqualTo("2024-03-04T09:30:00+01:00");
    JsonNode quote = json.get("quotes").get(0);
    assertThat(quote.fieldNames())
        .toIterable()
        .containsExactly("id", "text", "kind", "start", "end", "speaker", "cue", "addressee");
    assertThat(quote.get("speaker").fieldNames())
        .toIterable()
        .containsExactly("entityId", "text", "start", "end");
    assertThat(quote.get("addressee").isNull()).isTrue();
    assertThat(json.get("meetings").get(0).get("date").asText()).isEqualTo("2024-03-04");
    assertThat(json.get("sections").get(0).fieldNames())
        .toIterable()
        .containsExactly("heading", "level", "start", "end", "paragraphs");
    assertThat(json.get("relatedLinks").get(0).get("url").isNull()).isTrue();
  }

  @Test
  void ignoresUnknownFields() {
    String json = ArticleJson.toJson(Fixtures.article());
    String extended = "{\"futureField\":1," + json.substring(1);

    assertThat(ArticleJson.fromJson(extended)).isEqualTo(Fixtures.article());
  }

  @Test
  void readingJsonThatBreaksAnInvariantFailsClearly() {
    String json = ArticleJson.toJson(Fixtures.article()).replace("\"start\":0", "\"start\":1");

    assertThatThrownBy(() -> ArticleJson.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid article");
  }
}
