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

class WhoSaidWhatTest {
  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new WhoSaidWhat());
    command.setOut(new PrintWriter(out));
    assertThat(command.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void groupsQuotesBySpeakerAcrossArticlesMostQuotedFirst() throws IOException {
    String text = run(Fixtures.folder(dir).toString());

    assertThat(text)
        .startsWith("Anna Verbeek (2)\n")
        .contains(
            "  direct “We cannot run modern ports with yesterday's paperwork,” (told reporters)")
        .contains("  direct “Ports that share data move faster,” (said)  [" + dir.resolve("b.html"))
        .contains("Tomasz Nowak (1)\n");
  }

  @Test
  void printsJson() throws IOException {
    JsonNode json = new ObjectMapper().readTree(run("--json", Fixtures.folder(dir).toString()));

    assertThat(json.get(0).get("speaker").asText()).isEqualTo("Anna Verbeek");
    assertThat(json.get(0).get("count").asInt()).isEqualTo(2);
    assertThat(json.get(1).get("quotes").get(0).get("text").asText())
        .isEqualTo("The first data link opens in June,");
  }
}
