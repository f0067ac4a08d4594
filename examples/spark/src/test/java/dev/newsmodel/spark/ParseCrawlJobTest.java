package dev.newsmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.warc.WarcFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the job in Spark local mode on a WARC file and a JSON Lines file that the test writes. */
class ParseCrawlJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .appName("newsmodel-test")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private ParseCrawlJob job(String... args) {
    ParseCrawlJob job = new ParseCrawlJob();
    new CommandLine(job).parseArgs(args);
    return job;
  }

  private static List<JsonNode> jsonLines(Path folder) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(file)) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  private static List<String> csvLines(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Path part =
          files
              .filter(f -> f.getFileName().toString().startsWith("part-"))
              .findFirst()
              .orElseThrow();
      return Files.readAllLines(part);
    }
  }

  @Test
  void parsesTheHtmlResponsesOfWarcFilesIntoJsonParquetAndASpeakerTally() throws IOException {
    WarcFixtures.writeCrawl(dir.resolve("a.warc.gz"), true);
    WarcFixtures.writeCrawl(dir.resolve("b.warc"), false);
    Path out = dir.resolve("out");

    ParseCrawlJob.Totals totals =
        job(dir.resolve("*.warc*").toString(), "--output", out.toString()).run(spark);

    assertThat(totals).isEqualTo(new ParseCrawlJob.Totals(6, 0, 8));
    List<JsonNode> articles = jsonLines(out.resolve("articles"));
    assertThat(articles).hasSize(6);
    assertThat(articles)
        .extracting(a -> a.get("title").asText())
        .containsOnly("Pier vote delayed again", "Ferry fares to rise", "Fish market reopens");
    assertThat(articles)
        .extracting(a -> a.get("fetchedAt").asText())
        .containsOnly("2026-03-14T09:30:00Z");
    assertThat(articles).allSatisfy(a -> assertThat(a.get("source").asText()).contains(".warc"));

    List<Row> parquet =
        spark
            .read()
            .parquet(out.resolve("parquet").toString())
            .select("title", "url")
            .collectAsList();
    assertThat(parquet).hasSize(6);
    assertThat(parquet)
        .extracting(row -> row.getString(1))
        .contains("https://gazette.example/2026/03/ferry");

    List<String> speakers = csvLines(out.resolve("speakers"));
    assertThat(speakers.get(0)).isEqualTo("speaker,quotes");
    assertThat(speakers.subList(1, speakers.size()))
        .containsExactly("Elena Varga,2", "Tomás Ortega,2", "Yusuf Demir,2");
  }

  @Test
  void readsJsonLinesOfHtmlAndSkipsLinesWithoutHtml() throws IOException {
    Path input = dir.resolve("pages.jsonl");
    Files.writeString(
        input,
        JSON.createObjectNode()
                .put("url", "https://gazette.example/a")
                .put("fetchedAt", "2026-03-15T08:00:00Z")
                .put(
                    "html",
                    WarcFixtures.newsPage(
                        "Tide tables revised",
                        "Harbour master Ines Kahl",
                        "The charts were wrong by an hour"))
                .toString()
            + "\n{\"url\": \"https://gazette.example/b\"}\nnot json\n");
    Path out = dir.resolve("out");

    ParseCrawlJob.Totals totals =
        job(input.toString(), "--output", out.toString(), "--no-parquet").run(spark);

    assertThat(totals).isEqualTo(new ParseCrawlJob.Totals(1, 0, 2));
    List<JsonNode> articles = jsonLines(out.resolve("articles"));
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).get("url").asText()).isEqualTo("https://gazette.example/a");
    assertThat(articles.get(0).get("fetchedAt").asText()).isEqualTo("2026-03-15T08:00:00Z");
    assertThat(Files.exists(out.resolve("parquet"))).isFalse();
    assertThat(csvLines(out.resolve("speakers"))).containsExactly("speaker,quotes", "Ines Kahl,1");
  }
}
