package dev.newsmodel.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WhoMetWhomTest {
  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new WhoMetWhom());
    command.setOut(new PrintWriter(out));
    assertThat(command.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void countsHeldAndPlannedMeetingsBetweenTheSamePairAsOneEdge() throws IOException {
    String csv = run("--format", "csv", Fixtures.folder(dir).toString());

    assertThat(csv)
        .isEqualTo(
            "source,target,meetings,held,planned,cancelled,articles,sources\n"
                + "Anna Verbeek,Tomasz Nowak,2,1,1,0,2,"
                + dir.resolve("a.txt")
                + ";"
                + dir.resolve("b.html")
                + "\n");
  }

  @Test
  void drawsTheGraphInDot() throws IOException {
    String dot = run(Fixtures.folder(dir).toString());

    assertThat(dot)
        .startsWith("graph meetings {\n")
        .contains(
            "  \"Anna Verbeek\" -- \"Tomasz Nowak\" [weight=2, penwidth=2, label=\"2\","
                + " style=solid, tooltip=\""
                + dir.resolve("a.txt")
                + ";"
                + dir.resolve("b.html")
                + "\"];")
        .endsWith("}\n");
  }

  @Test
  void escapesNamesForDotAndCsv() {
    assertThat(WhoMetWhom.quoted("Ann \"the Ace\" Lee")).isEqualTo("\"Ann \\\"the Ace\\\" Lee\"");
    assertThat(WhoMetWhom.csvField("Lee, Ann")).isEqualTo("\"Lee, Ann\"");
    assertThat(WhoMetWhom.csvField("Ann Lee")).isEqualTo("Ann Lee");
  }
}
