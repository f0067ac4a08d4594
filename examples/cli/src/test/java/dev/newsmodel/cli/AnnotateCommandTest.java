package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {
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

  @Test
  void printsAnAnnotatedPageForAnHtmlFile() throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(
        page,
        "<html><head><title>Ferry fares to rise</title></head><body><article>"
            + "<h1>Ferry fares to rise</h1><p>“The boats are old,” said Tomás Ortega, the"
            + " transport minister.</p></article></body></html>");

    int status = run("", "annotate", page.toString());

    assertThat(status).isZero();
    Document html = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    assertThat(html.title()).isEqualTo("Ferry fares to rise · newsmodel");
    assertThat(html.select("mark.quote").text()).isEqualTo("The boats are old,");
    assertThat(html.select("aside .name").eachText()).containsExactly("Tomás Ortega");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void readsTextFromStandardInput() {
    int status = run("Quiet day\n\n“All calm,” said Ana Reyes.", "annotate", "-");

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("<!doctype html>")
        .contains("All calm,");
  }

  @Test
  void aMissingFileIsAnErrorNamingIt() {
    int status = run("", "annotate", dir.resolve("nope.html").toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.html: no such file");
  }

  @Test
  void aFolderIsOneErrorLineNotAStackTrace() {
    int status = run("", "annotate", dir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "newsmodel: "
                + dir
                + ": a folder; annotate takes one article (use parse for folders)\n");
  }

  @Test
  void aFileOverTheSizeLimitSaysHowToRaiseIt() throws IOException {
    Path page = dir.resolve("big.txt");
    Files.writeString(page, "word ".repeat(100));

    assertThat(run("", "annotate", "--max-size", "100", page.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "newsmodel: "
                + page
                + ": larger than the size limit of 100 bytes (raise it with --max-size)\n");
  }

  @Test
  void binaryBytesAreRefused() throws IOException {
    Path file = dir.resolve("x.bin");
    Files.write(file, new byte[] {0, 1, 2, 3, 0, 0});

    assertThat(run("", "annotate", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("newsmodel: " + file + ": not text (binary data)\n");
  }
}
