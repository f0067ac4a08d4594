package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The quality figures of {@code quality-figures.json} (in this module's test resources), measured
 * again: each gold set of {@code ../shared/data} (the repository's sibling folder) goes through the
 * shaded {@code target/newsmodel.jar} in one JVM, and the shared scorers of {@code ../shared/score}
 * read the output. Plain-text sets run through {@code run_parse.py} and a scorer that prints JSON
 * ({@code --json}); HTML sets ({@code "html"} in the file) run through {@code newsmodel parse
 * --format html} and {@code content.py --json OUT}. Each figure's {@code "at"} is a JSON Pointer
 * into the scorer's JSON (for {@code content.py}, into the one prediction file's object).
 *
 * <p>Fails, listing them, when figures fall more than the file's tolerance (0.005) below their
 * recorded values; a figure that rose by more than that prints a note to update the file. Skipped,
 * with a message, when {@code ../shared} or {@code python3} is absent. Outputs stay in {@code
 * target/quality/} for a look after a failure.
 */
class QualityRegressionIT {
  private static final String FIGURES = "examples/cli/src/test/resources/quality-figures.json";
  private static final long TIMEOUT_SECONDS = 600;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A figure as recorded and as measured, rounded to four places as the file records them. */
  private record Row(String set, String figure, double recorded, double measured) {}

  @Test
  void everyRecordedFigureHoldsWithinTheTolerance() throws Exception {
    Path module = Path.of("").toAbsolutePath();
    Path shared = repositoryRoot(module).resolveSibling("shared");
    skipUnless(
        Files.isRegularFile(shared.resolve("score/run_parse.py"))
            && Files.isDirectory(shared.resolve("data")),
        "no gold data and scorers at "
            + shared
            + " (the repository's sibling folder shared/); quality regression test skipped");
    skipUnless(python3Runs(), "python3 not found on the PATH; quality regression test skipped");
    Path jar = module.resolve("target/newsmodel.jar");
    assertThat(jar).as("the shaded jar, built in the package phase").isRegularFile();

    JsonNode recorded;
    try (InputStream in = QualityRegressionIT.class.getResourceAsStream("/quality-figures.json")) {
      recorded = JSON.readTree(in);
    }
    double tolerance = recorded.path("tolerance").asDouble(0.005);
    Path out = module.resolve("target/quality");
    Files.createDirectories(out);

    List<Row> rows = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (JsonNode set : recorded.path("sets")) {
      String name = set.path("set").asText();
      long start = System.nanoTime();
      JsonNode scores = measure(set, shared, jar, out);
      System.out.printf(
          Locale.ROOT, "quality: %s measured in %.1f s%n", name, (System.nanoTime() - start) / 1e9);
      for (JsonNode figure : set.path("figures")) {
        JsonNode value = scores.at(figure.path("at").asText());
        if (!value.isNumber()) {
          missing.add(name + " / " + figure.path("name").asText() + ": no number at " + figure);
          continue;
        }
        rows.add(
            new Row(
                name,
                figure.path("name").asText(),
                figure.path("value").asDouble(),
                Math.round(value.asDouble() * 10_000) / 10_000.0));
      }
    }

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "quality figures, recorded in %s (tolerance %.3f)%n%-20s %-24s %9s %9s %8s%n",
            FIGURES,
            tolerance,
            "set",
            "figure",
            "recorded",
            "measured",
            "change"));
    List<String> fell = new ArrayList<>();
    List<String> rose = new ArrayList<>();
    for (Row row : rows) {
      double change = row.measured() - row.recorded();
      String line =
          String.format(
              Locale.ROOT,
              "%-20s %-24s %9.4f %9.4f %+8.4f",
              row.set(),
              row.figure(),
              row.recorded(),
              row.measured(),
              change);
      report.append(line).append(System.lineSeparator());
      if (change < -tolerance - 1e-9) {
        fell.add(line);
      } else if (change > tolerance + 1e-9) {
        rose.add(line);
      }
    }
    System.out.print(report);
    if (!rose.isEmpty()) {
      System.out.println(
          "quality: these figures rose by more than "
              + tolerance
              + "; update their values in "
              + FIGURES
              + ":");
      rose.forEach(line -> System.out.println("  " + line));
    }
    assertThat(missing).as("figures the scorers did not give").isEmpty();
    if (!fell.isEmpty()) {
      throw new AssertionError(
          fell.size()
              + " figure(s) fell more than "
              + tolerance
              + " below the values recorded in "
              + FIGURES
              + ":\n  "
              + String.join("\n  ", fell));
    }
  }

  /** Runs one set through the tool and its scorer; returns the scorer's JSON. */
  private static JsonNode measure(JsonNode set, Path shared, Path jar, Path out)
      throws IOException, InterruptedException {
    String slug = set.path("set").asText().replaceAll("[^A-Za-z0-9-]+", "-");
    Path gold = shared.resolve("data").resolve(set.path("gold").asText());
    Path scorer = shared.resolve("score").resolve(set.path("scorer").asText());
    Path pred = out.resolve(slug + ".jsonl");
    Path log = out.resolve(slug + ".log");
    Files.deleteIfExists(log);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    if (set.hasNonNull("html")) {
      Path html = shared.resolve("data").resolve(set.path("html").asText());
      run(
          List.of(java, "-jar", jar.toString(), "parse", "--format", "html", html.toString()),
          pred,
          log);
      Path scores = out.resolve(slug + ".scores.json");
      run(
          List.of(
              "python3",
              scorer.toString(),
              gold.toString(),
              pred.toString(),
              "--json",
              scores.toString()),
          null,
          log);
      JsonNode byFile = JSON.readTree(scores.toFile());
      assertThat(byFile.size()).as("prediction files scored in %s", scores).isEqualTo(1);
      return byFile.elements().next();
    }
    String command =
        String.join(" ", quoted(java), "-jar", quoted(jar.toString()), "parse", "--format", "text");
    run(
        List.of(
            "python3",
            shared.resolve("score/run_parse.py").toString(),
            gold.toString(),
            command,
            "-o",
            pred.toString()),
        null,
        log);
    Path scores = out.resolve(slug + ".scores.json");
    run(
        List.of("python3", scorer.toString(), gold.toString(), pred.toString(), "--json"),
        scores,
        log);
    return JSON.readTree(scores.toFile());
  }

  /**
   * Runs a command, its standard output to {@code stdout} (or the log), its standard error to the
   * log; fails with the log's end when it exits with an error or runs too long.
   */
  private static void run(List<String> command, Path stdout, Path log)
      throws IOException, InterruptedException {
    Files.writeString(
        log,
        "$ " + String.join(" ", command) + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.redirectOutput(
        stdout == null
            ? ProcessBuilder.Redirect.appendTo(log.toFile())
            : ProcessBuilder.Redirect.to(stdout.toFile()));
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "did not finish in " + TIMEOUT_SECONDS + " s: " + command + "\n" + tail(log));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "exit status " + process.exitValue() + ": " + command + "\n" + tail(log));
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  /** A word for the shell-like splitting of run_parse.py's command (Python's shlex). */
  private static String quoted(String word) {
    return "'" + word.replace("'", "'\"'\"'") + "'";
  }

  private static Path repositoryRoot(Path module) {
    for (Path dir = module; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn")) && Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    return module.getParent().getParent();
  }

  /** An assumption whose message also goes to the build's output, not only to the report. */
  private static void skipUnless(boolean condition, String message) {
    if (!condition) {
      System.out.println("quality: " + message);
    }
    Assumptions.assumeTrue(condition, message);
  }

  private static boolean python3Runs() {
    try {
      Process process =
          new ProcessBuilder("python3", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
