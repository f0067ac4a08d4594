package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingsEvalCommandTest {
  @TempDir Path dir;

  @Test
  void reportsTheKeywordMatchBesideTheLibraryOnTheSameSentences() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        String.join(
                "\n",
                row(
                    "Prime Minister Ana Lind met President Jorge Silva in Lisbon on Monday.",
                    true,
                    "held"),
                row("The plan met with criticism from local residents.", false, ""),
                row("This laptop meets the requirements of most students.", false, ""),
                row(
                    "Governor Tom Reyes is due to meet Mayor Lena Holt on Friday.",
                    true,
                    "planned"),
                "{\"id\": \"x\", \"sentence\": \"The weather was fine.\", \"meeting\": null}")
            + "\n");

    String output = run("eval", "meetings", gold.toString());

    assertThat(output)
        .contains("sentences with a gold label 4 (null labels skipped: 1)")
        .contains("meeting sentences P 1.000 R 1.000 F1 1.000 (tp 2, fp 0, fn 0)")
        .contains("keyword match (baseline) P 0.500 R 1.000 F1 0.667 (tp 2, fp 2, fn 0)")
        .contains("margin over the keyword match: F1 +0.333")
        .contains("status on true positives with a gold status: 2 of 2 (1.000)");
  }

  private static String row(String sentence, boolean meeting, String status) {
    return "{\"id\": \"s\", \"sentence\": \""
        + sentence
        + "\", \"meeting\": "
        + meeting
        + ", \"participants\": [], \"status\": \""
        + status
        + "\"}";
  }

  private static String run(String... args) {
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
}
