package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command fails the same way: {@code newsmodel: PATH: reason}, one line, no stack trace. */
class ErrorStyleTest {
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

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void evalOnAMissingGoldFileIsOneLine() {
    Path missing = dir.resolve("missing.jsonl");

    for (String kind : new String[] {"persons", "quotes", "meetings"}) {
      err.reset();
      assertThat(run("eval", kind, missing.toString())).as(kind).isEqualTo(1);
      assertThat(stderr()).as(kind).isEqualTo("newsmodel: " + missing + ": no such file\n");
    }
    err.reset();
    assertThat(run("eval", "content", dir.toString())).isEqualTo(1);
    assertThat(stderr()).isEqualTo("newsmodel: " + dir.resolve("gold.jsonl") + ": no such file\n");
  }

  @Test
  void parseOnAnUnreadableFolderIsOneLine() {
    assertThat(run("parse", dir.resolve("nope").toString())).isEqualTo(1);
    assertThat(stderr())
        .startsWith("newsmodel: " + dir.resolve("nope") + ": no such file\n")
        .doesNotContain("\tat ");
  }

  @Test
  void evalHelpPointsInsideTheRepository() {
    assertThat(run("eval", "--help")).isZero();
    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(help).contains("docs/quality.md").doesNotContain("../");
  }

  @Test
  void anUnknownOptionIsOneLineAndAHint() {
    assertThat(run("parse", "--nope", "-")).isEqualTo(2);
    assertThat(stderr())
        .startsWith("newsmodel: Unknown option: '--nope'\n")
        .endsWith("Try 'newsmodel parse --help' for more information.\n");
  }
}
