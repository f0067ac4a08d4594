package dev.newsmodel.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ToJsonLdTest {
  @TempDir Path dir;

  @Test
  void convertsEachArticleToANewsArticleWithMentionsQuotationsAndEvents() throws IOException {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new ToJsonLd());
    command.setOut(new PrintWriter(out));
    assertThat(command.execute(Fixtures.folder(dir).toString())).isZero();

    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(first.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(first.get("source").asText()).isEqualTo(dir.resolve("a.txt").toString());
    assertThat(first.get("headline").asText()).isEqualTo("Port ministers meet in Rotterdam");
    assertThat(first.get("articleBody").asText()).contains("yesterday's paperwork");
    JsonNode verbeek = first.get("mentions").get(0);
    assertThat(verbeek.get("@type").asText()).isEqualTo("Person");
    assertThat(verbeek.get("name").asText()).isEqualTo("Anna Verbeek");
    assertThat(verbeek.get("jobTitle").get(0).asText()).isEqualTo("Minister");
    JsonNode quotation = first.get("hasPart").get(0);
    assertThat(quotation.get("@type").asText()).isEqualTo("Quotation");
    assertThat(quotation.get("spokenByCharacter").get("@id").asText())
        .isEqualTo(verbeek.get("@id").asText());
    JsonNode event = first.get("about").get(0);
    assertThat(event.get("@type").asText()).isEqualTo("Event");
    assertThat(event.get("eventStatus").asText()).isEqualTo("https://schema.org/EventCompleted");
    assertThat(event.get("attendee")).hasSize(2);

    JsonNode second = new ObjectMapper().readTree(lines[1]);
    assertThat(second.get("about").get(0).get("eventStatus").asText())
        .isEqualTo("https://schema.org/EventScheduled");
  }
}
