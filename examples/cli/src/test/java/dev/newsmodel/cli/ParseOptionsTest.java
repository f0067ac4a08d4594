package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code newsmodel parse} beyond reading files: base URI, output, threads. */
class ParseOptionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Rail strike called off | Metro Wire</title>"
          + "<link rel=\"canonical\" href=\"https://metro.example/news/rail-strike\">"
          + "<meta property=\"og:title\" content=\"Rail strike called off\">"
          + "<meta name=\"author\" content=\"Priya Raman\">"
          + "<meta property=\"article:published_time\" content=\"2024-02-20T23:10:00+00:00\">"
          + "</head><body><div class=\"article-body\">"
          + "<p>A national rail strike planned for Wednesday has been called off after unions and"
          + " train operators reached a pay agreement shortly before midnight.</p>"
          + "<p>The deal gives staff a 5 percent rise this year and 4 percent next year, and ends a"
          + " dispute that has disrupted services on and off since the spring.</p>"
          + "<aside class=\"related-articles\"><h3>Related</h3><ul>"
          + "<li><a href=\"/news/rail-fares-rise\">Rail fares to rise by 4.9 percent in March</a>"
          + "</li></ul></aside>"
          + "<h2>What passengers should do</h2>"
          + "<p>Passengers were advised to check timetables before travelling, as some early"
          + " trains had already been cancelled.</p></div></body></html>";
  private static final String ARTICLE =
      "Harbour reopens after storm\nBy Ann Lee\n\nBoats left port on Monday morning.\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> lines(String jsonLines) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static String relatedUrl(JsonNode article) {
    return article.get("relatedLinks").get(0).path("url").asText("(none)");
  }

  @Test
  void relativeRelatedLinksResolveAgainstTheCanonicalUrlWithoutABaseUri() throws IOException {
    Files.writeString(dir.resolve("page.html"), PAGE);

    assertThat(run("parse", dir.resolve("page.html").toString())).isZero();

    JsonNode article = lines(stdout()).get(0);
    assertThat(article.get("url").asText()).isEqualTo("https://metro.example/news/rail-strike");
    assertThat(relatedUrl(article)).isEqualTo("https://metro.example/news/rail-fares-rise");
  }

  @Test
  void aGivenBaseUriWins() throws IOException {
    Files.writeString(dir.resolve("page.html"), PAGE.replace("<link rel=\"canonical\"", "<x"));

    assertThat(
            run(
                "parse",
                "--base-uri",
                "https://other.example/a/b",
                dir.resolve("page.html").toString()))
        .isZero();

    assertThat(relatedUrl(lines(stdout()).get(0)))
        .isEqualTo("https://other.example/news/rail-fares-rise");
  }

  @Test
  void writesToTheOutputFileAndNothingToStandardOutput() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Path target = dir.resolve("out.jsonl");

    assertThat(run("parse", "-o", target.toString(), dir.toString())).isZero();
    assertThat(stdout()).isEmpty();
    List<JsonNode> written = lines(Files.readString(target));
    assertThat(written).hasSize(1);
    assertThat(written.get(0).get("title").asText()).isEqualTo("Harbour reopens after storm");

    out.reset();
    err.reset();
    // run again: the output file, now inside the folder, is not read as an input
    assertThat(run("parse", "-o", target.toString(), dir.toString())).isZero();
    assertThat(lines(Files.readString(target))).hasSize(1);
    assertThat(stderr()).contains("newsmodel: 1 page, 0 failed, 0 skipped in ");
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsOneErrorLine() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);

    int status =
        run("parse", "-o", dir.resolve("no/such/dir/out.jsonl").toString(), dir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(stderr())
        .isEqualTo("newsmodel: " + dir.resolve("no/such/dir/out.jsonl") + ": no such file\n");
  }

  @Test
  void threadsKeepTheInputOrderAndTheOutputOfOneThread() throws IOException {
    for (int i = 0; i < 40; i++) {
      String text =
          i % 7 == 3
              ? "" // empty: skipped with a warning, in its place
              : i % 5 == 0
                  ? PAGE.replace("Rail strike called off", "Story " + i)
                  : ARTICLE.replace("Ann Lee", "Writer " + i)
                      + "The boats left the port again on Monday. ".repeat(i * 5);
      Files.writeString(
          dir.resolve(String.format("%02d.%s", i, i % 5 == 0 ? "html" : "txt")), text);
    }
    Files.write(dir.resolve("13.bin"), new byte[] {0, 1, 2, 3});

    int oneStatus = run("parse", dir.toString());
    String one = stdout();
    String oneErr = stderr().replaceAll("in [0-9.]+ s\n$", "");
    out.reset();
    err.reset();
    int fourStatus = run("parse", "--threads", "4", dir.toString());

    assertThat(fourStatus).isEqualTo(oneStatus).isEqualTo(1);
    assertThat(stdout()).isEqualTo(one);
    assertThat(stderr().replaceAll("in [0-9.]+ s\n$", "")).isEqualTo(oneErr);
    assertThat(lines(one)).hasSize(34);
    assertThat(oneErr).contains("newsmodel: 34 pages, 1 failed, 6 skipped ");
  }

  @Test
  void threadsMustBePositive() {
    assertThat(run("parse", "--threads", "0", "-")).isEqualTo(2);
    assertThat(stderr()).startsWith("newsmodel: --threads must be at least 1, not 0\n");
  }

  @Test
  void printsTextWithTitleBylineDateSectionsAndParagraphs() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.txt"), ARTICLE);

    assertThat(run("parse", "--output", "text", dir.toString())).isZero();

    assertThat(stdout())
        .isEqualTo(
            "Rail strike called off\n"
                + "By Priya Raman\n"
                + "2024-02-20T23:10:00Z\n\n"
                + "A national rail strike planned for Wednesday has been called off after unions"
                + " and train operators reached a pay agreement shortly before midnight.\n\n"
                + "The deal gives staff a 5 percent rise this year and 4 percent next year, and"
                + " ends a dispute that has disrupted services on and off since the spring.\n\n"
                + "What passengers should do\n"
                + "-------------------------\n\n"
                + "Passengers were advised to check timetables before travelling, as some early"
                + " trains had already been cancelled.\n"
                + "\n---\n\n"
                + "Harbour reopens after storm\n"
                + "By Ann Lee\n\n"
                + "Boats left port on Monday morning.\n");
  }

  @Test
  void printsMarkdownWithHeadings() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);

    assertThat(run("parse", "--output", "markdown", dir.resolve("a.html").toString())).isZero();

    assertThat(stdout())
        .startsWith("# Rail strike called off\n\n*By Priya Raman*  \n2024-02-20T23:10:00Z\n\n")
        .contains("\n\n## What passengers should do\n\nPassengers were advised")
        .endsWith("cancelled.\n");
  }

  @Test
  void anEmptyFileAndAnEmptyFolderAreSkippedWithAWarning() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("blank.txt"), "");
    Files.writeString(dir.resolve("ok.txt"), ARTICLE);

    int status =
        run(
            "parse",
            dir.resolve("empty").toString(),
            dir.resolve("blank.txt").toString(),
            dir.resolve("ok.txt").toString());

    assertThat(status).isZero();
    assertThat(lines(stdout())).hasSize(1);
    assertThat(stderr())
        .startsWith(
            "newsmodel: warning: "
                + dir.resolve("empty")
                + ": empty folder, nothing to parse\n"
                + "newsmodel: warning: "
                + dir.resolve("blank.txt")
                + ": empty file, skipped\n"
                + "newsmodel: 1 page, 0 failed, 1 skipped in ");
  }

  @Test
  void aSummaryLineEndsEveryRunAndNoProgressBarWhenNotATerminal() throws IOException {
    Files.writeString(dir.resolve("ok.txt"), ARTICLE);

    assertThat(run("parse", dir.resolve("ok.txt").toString())).isZero();

    assertThat(stderr()).matches("newsmodel: 1 page, 0 failed, 0 skipped in [0-9]+\\.[0-9] s\n");
  }

  @Test
  void windows1252PagesWithoutACharsetReadAsTheirTextDoes() throws IOException {
    String page =
        "<html><head><title>Caf\u00e9 owners fear the rules</title></head><body><article>"
            + "<p>Caf\u00e9 owners in the old town said the new rules \u2013 in force from May \u2013"
            + " would cost them customers this summer.</p></article></body></html>";
    Files.write(dir.resolve("page.html"), page.getBytes(Charset.forName("windows-1252")));

    assertThat(run("parse", dir.resolve("page.html").toString())).isZero();

    JsonNode article = lines(stdout()).get(0);
    assertThat(article.get("title").asText()).isEqualTo("Caf\u00e9 owners fear the rules");
    assertThat(article.get("text").asText())
        .startsWith("Caf\u00e9 owners in the old town")
        .doesNotContain("\ufffd");
  }
}
