package dev.newsmodel.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The recipes as {@code java -jar recipes.jar RECIPE ...} runs them, on input as parse reads it.
 */
class RecipesTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = Recipes.commandLine(new Recipes());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void dispatchesToEachRecipeByName() throws IOException {
    Fixtures.folder(dir);

    assertThat(run("who-said-what", dir.toString())).isZero();
    assertThat(out.toString()).startsWith("Anna Verbeek (2)\n");
    assertThat(run("who-met-whom", "--format", "csv", dir.toString())).isZero();
    assertThat(out.toString()).contains("Anna Verbeek,Tomasz Nowak,2,1,1,0,2,");
    assertThat(run("to-json-ld", dir.toString())).isZero();
    assertThat(out.toString()).contains("\"@type\":\"NewsArticle\"");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutARecipeItSaysWhichThereAre() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).startsWith("newsmodel: Missing recipe\n");
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("who-said-what")
        .contains("who-met-whom")
        .contains("to-json-ld");
  }

  @Test
  void readsCompressedFilesAndWindows1252TextAndRefusesBinaryFiles() throws IOException {
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.html.gz")))) {
      gz.write(Fixtures.SECOND.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(
        dir.resolve("b.txt"),
        Fixtures.FIRST
            .replace("Verbeek", "Verbe\u00e9k")
            .getBytes(Charset.forName("windows-1252")));
    Files.write(dir.resolve("c.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0});

    int status = run("who-said-what", dir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString())
        .contains("[" + dir.resolve("a.html.gz") + "]")
        .contains("Anna Verbe\u00e9k (1)")
        .doesNotContain("\ufffd");
    assertThat(err.toString())
        .isEqualTo("newsmodel: " + dir.resolve("c.bin") + ": not text (binary data)\n");
  }

  @Test
  void aMissingFileIsOneErrorLineAndExitsNonZero() {
    Path missing = dir.resolve("missing.html");

    for (String recipe : new String[] {"who-said-what", "who-met-whom", "to-json-ld"}) {
      err.getBuffer().setLength(0);
      assertThat(run(recipe, missing.toString())).as(recipe).isEqualTo(1);
      assertThat(err.toString()).as(recipe).isEqualTo("newsmodel: " + missing + ": no such file\n");
    }
  }

  @Test
  void parseOutputKeepsEachArticleSource() throws IOException {
    Fixtures.folder(dir);
    StringWriter jsonLd = new StringWriter();
    CommandLine toJsonLd = Recipes.commandLine(new ToJsonLd());
    toJsonLd.setOut(new PrintWriter(jsonLd, true));
    assertThat(toJsonLd.execute(dir.resolve("a.txt").toString())).isZero();
    // a line as newsmodel parse prints it: its source first, then the article
    String article =
        dev.newsmodel.model.ArticleJson.newMapper()
            .writeValueAsString(dev.newsmodel.parser.NewsParser.create().parseText(Fixtures.FIRST));
    Path parsed = Files.createDirectories(dir.resolve("out")).resolve("parsed.jsonl");
    Files.writeString(parsed, "{\"source\":\"news/a.txt\"," + article.substring(1) + "\n");

    assertThat(run("to-json-ld", parsed.toString())).isZero();

    JsonNode node = new ObjectMapper().readTree(out.toString());
    assertThat(node.get("source").asText()).isEqualTo("news/a.txt");
    assertThat(node.get("headline").asText()).isEqualTo("Port ministers meet in Rotterdam");
  }
}
