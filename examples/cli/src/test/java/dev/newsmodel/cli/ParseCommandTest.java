package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.warc.WarcFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE =
      "Harbour reopens after storm\nBy Ann Lee\n\nBoats left port on Monday morning.\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return Main.run(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

  /** Standard error without its last line, the summary. */
  private String messages() {
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    int last = text.lastIndexOf('\n', text.length() - 2);
    assertThat(text.substring(last + 1)).startsWith("newsmodel: ").contains(" skipped in ");
    return text.substring(0, last + 1);
  }

  /** The summary line, with its time replaced by T. */
  private String summary() {
    String text = err.toString(StandardCharsets.UTF_8).strip();
    return text.substring(text.lastIndexOf('\n') + 1).replaceAll("in [0-9.]+ s$", "in T s");
  }

  private List<JsonNode> lines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void walksAFolderOfMixedFilesInSortedOrderAndReportsTheBadOne() throws IOException {
    Files.writeString(dir.resolve("b.txt"), ARTICLE);
    Files.createDirectories(dir.resolve("a"));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a/x.txt.gz")))) {
      gz.write(ARTICLE.replace("Ann Lee", "Bo Chen").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("c.bin"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00});
    Files.writeString(dir.resolve("d.txt"), "Second article.\n\nIt has two paragraphs.");

    int status = run("", "parse", dir.toString());

    assertThat(status).isEqualTo(1);
    List<JsonNode> lines = lines();
    assertThat(lines)
        .extracting(n -> n.get("source").asText())
        .containsExactly(
            dir.resolve("a/x.txt.gz").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("d.txt").toString());
    assertThat(lines.get(0).get("authors").get(0).asText()).isEqualTo("Bo Chen");
    assertThat(lines.get(1).get("title").asText()).isEqualTo("Harbour reopens after storm");
    assertThat(messages())
        .isEqualTo("newsmodel: " + dir.resolve("c.bin") + ": not text (binary data)\n");
    assertThat(summary()).isEqualTo("newsmodel: 3 pages, 1 failed, 0 skipped in T s");
  }

  @Test
  void readsStandardInputAndPrintsEveryContractField() throws IOException {
    int status = run(ARTICLE, "parse", "-");

    assertThat(status).isZero();
    JsonNode article = lines().get(0);
    assertThat(article.fieldNames())
        .toIterable()
        .containsExactly(
            "source",
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
    assertThat(article.get("source").asText()).isEqualTo("-");
    assertThat(article.get("text").asText()).isEqualTo("Boats left port on Monday morning.");
    JsonNode paragraph = article.get("sections").get(0).get("paragraphs").get(0);
    assertThat(paragraph.get("start").asInt()).isZero();
    assertThat(paragraph.get("end").asInt()).isEqualTo(34);
    assertThat(messages()).isEmpty();
  }

  @Test
  void aMissingFileFailsAloneAndTheBatchGoesOn() throws IOException {
    Files.writeString(dir.resolve("ok.txt"), ARTICLE);

    int status =
        run("", "parse", dir.resolve("missing.txt").toString(), dir.resolve("ok.txt").toString());

    assertThat(status).isEqualTo(1);
    assertThat(lines()).hasSize(1);
    assertThat(messages())
        .isEqualTo("newsmodel: " + dir.resolve("missing.txt") + ": no such file\n");
    assertThat(summary()).isEqualTo("newsmodel: 1 page, 1 failed, 0 skipped in T s");
  }

  @Test
  void aFileOverTheSizeLimitFailsWithAClearMessage() throws IOException {
    Files.writeString(dir.resolve("big.txt"), "word ".repeat(100));

    int status = run("", "parse", "--max-size", "100", dir.resolve("big.txt").toString());

    assertThat(status).isEqualTo(1);
    assertThat(messages())
        .isEqualTo(
            "newsmodel: "
                + dir.resolve("big.txt")
                + ": larger than the size limit of 100 bytes (raise it with --max-size)\n");
  }

  @Test
  void prettyPrintsIndentedJson() {
    run(ARTICLE, "parse", "--pretty", "-");

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\n  \"source\" : \"-\",");
  }

  @Test
  void versionAndHelp() {
    assertThat(run("", "--version")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("newsmodel ");
    out.reset();
    assertThat(run("", "parse", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--format").contains("PATH");
  }

  @Test
  void misuseExitsWithTwo() {
    assertThat(run("", "parse")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("newsmodel: Missing required parameter")
        .contains("Try 'newsmodel parse --help'")
        .doesNotContain("\tat ");
  }

  @Test
  void parsesEveryHtmlResponseOfACompressedWarcFile() throws IOException {
    Path warc = WarcFixtures.writeCrawl(dir.resolve("crawl.warc.gz"), true);

    int status = run("", "parse", "--quiet", warc.toString());

    assertThat(status).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines)
        .extracting(n -> n.get("fetchUrl").asText())
        .containsExactly(
            "https://gazette.example/2026/03/pier-vote",
            "https://gazette.example/2026/03/ferry",
            "https://gazette.example/2026/03/market");
    JsonNode first = lines.get(0);
    assertThat(first.get("source").asText()).isEqualTo(warc.toString());
    assertThat(first.get("fetchedAt").asText()).isEqualTo("2026-03-14T09:30:00Z");
    assertThat(first.get("url").asText()).isEqualTo("https://gazette.example/2026/03/pier-vote");
    assertThat(first.get("title").asText()).isEqualTo("Pier vote delayed again");
    assertThat(first.get("authors").get(0).asText()).isEqualTo("Mara Quill");
    assertThat(first.get("quotes").get(0).get("speaker").get("text").asText())
        .endsWith("Elena Varga");
    assertThat(lines.get(2).get("title").asText()).isEqualTo("Fish market reopens");
    assertThat(messages())
        .isEqualTo("newsmodel: " + warc + ": 3 HTML pages, 4 other records skipped\n");
    assertThat(summary()).isEqualTo("newsmodel: 3 pages, 0 failed, 4 skipped in T s");
  }

  @Test
  void recognisesAWarcFileOnStandardInputByItsContent() throws IOException {
    Path warc = WarcFixtures.writeCrawl(dir.resolve("crawl.bin"), false);
    String content = Files.readString(warc, StandardCharsets.ISO_8859_1);
    int status =
        Main.run(
            new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            "parse",
            "--quiet",
            "-");

    assertThat(status).isZero();
    assertThat(lines()).hasSize(3);
    assertThat(lines().get(1).get("title").asText()).isEqualTo("Ferry fares to rise");
  }

  @Test
  void countsThePagesInALanguageItDoesNotReadInTheSummary() throws IOException {
    Files.writeString(
        dir.resolve("de.txt"),
        "Hafen öffnet nach dem Sturm wieder\n\nDie Boote verließen am Montagmorgen den Hafen,"
            + " nachdem der Sturm in der Nacht nachgelassen hatte. „Wir sind erleichtert“, sagte"
            + " die Hafenmeisterin.\n");
    Files.writeString(dir.resolve("en.txt"), ARTICLE);

    int status = run("", "parse", dir.toString());

    assertThat(status).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines.get(0).get("language").asText()).isEqualTo("de");
    assertThat(lines.get(0).get("notes").get(0).asText()).contains("German");
    assertThat(lines.get(0).get("quotes")).isEmpty();
    assertThat(lines.get(1).get("notes")).isEmpty();
    assertThat(summary())
        .isEqualTo(
            "newsmodel: 2 pages (1 in a language it does not read: content only), 0 failed,"
                + " 0 skipped in T s");
  }
}
