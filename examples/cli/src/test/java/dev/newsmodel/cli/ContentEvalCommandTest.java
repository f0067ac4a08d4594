package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentEvalCommandTest {
  private static final String BODY =
      "The harbour reopened on Monday after the storm that closed it for a week."
          + " Fishing boats left port before dawn and the ferry ran on time again.";

  @TempDir Path dir;

  @Test
  void scoresThisLibraryTheFloorAndAPeerOnTheSameGold() throws IOException {
    Path set = dir.resolve("mini");
    Files.createDirectories(set.resolve("html"));
    String page =
        "<html><head><title>Harbour reopens</title></head><body><nav>Home | News | Sport</nav>"
            + "<article><h1>Harbour reopens</h1><p>"
            + BODY
            + "</p></article><footer>Contact us | Privacy policy | Terms of use</footer>"
            + "</body></html>";
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(set.resolve("html/p1.html.gz")))) {
      gz.write(page.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        set.resolve("gold.jsonl"),
        "{\"id\": \"p1\", \"html\": \"html/p1.html.gz\", \"url\": \"https://example.com/a\","
            + " \"title\": \"Harbour reopens\", \"body\": \""
            + BODY
            + "\"}\n");
    Path peer = dir.resolve("peer");
    Files.createDirectories(peer.resolve("mini"));
    Files.writeString(peer.resolve("mini/p1.txt"), "Home | News | Sport " + BODY);

    String output =
        runCapturingStdout("eval", "content", "--peer", "other=" + peer, set.toString());

    assertThat(output).contains("newsmodel").contains("jsoup-body").contains("other");
    String newsmodel = lineWith(output, "newsmodel");
    String other = lineWith(output, " other ");
    assertThat(f1(newsmodel)).isEqualTo(1.0);
    assertThat(f1(other)).isGreaterThan(0.5).isLessThan(1.0);
  }

  private static String runCapturingStdout(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run(args)).isZero();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static String lineWith(String output, String word) {
    for (String line : output.split("\n")) {
      if (line.contains(word)) {
        return line;
      }
    }
    throw new AssertionError("no line with " + word + " in " + output);
  }

  /** The F1 column (the sixth) of a result line. */
  private static double f1(String line) {
    String[] cells = line.trim().split("\\s+");
    int system = line.contains("newsmodel") ? 2 : 0;
    return Double.parseDouble(cells[system + 3]);
  }
}
