package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.parser.NewsParser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmodel eval content DIR...}: body and metadata quality on gold pages. */
@Command(
    name = "content",
    mixinStandardHelpOptions = true,
    description = {
      "Scores article extraction on gold pages: each DIR holds gold.jsonl and html/.",
      "Body: precision, recall and F1 of overlapping 4-word shingles averaged per page (the"
          + " article-extraction-benchmark measure) and bag-of-words F1; share of 'with' snippets"
          + " found and 'without' snippets absent; accuracy of title, date (same day) and language,"
          + " and author F1. A bare-Jsoup baseline (all body text) runs on the same pages."
    })
final class ContentEvalCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Gold set folders.")
  List<Path> dirs;

  @Option(names = "--worst", defaultValue = "10", description = "How many worst pages to list.")
  int worst;

  @Option(names = "--dump", description = "Write each predicted body to DIR/ID.txt.")
  @Nullable Path dump;

  @Option(
      names = "--peer",
      paramLabel = "NAME=DIR",
      description =
          "Also score the bodies another extractor wrote as DIR/SET/ID.txt (body columns only;"
              + " see the benchmarks' PeerExtract).")
  java.util.Map<String, Path> peers = new java.util.LinkedHashMap<>();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    NewsParser parser = NewsParser.create();
    out.println(
        String.format(
            "%-14s %6s %-13s %6s %6s %6s %7s %6s %7s %6s %7s %6s %6s",
            "set", "pages", "system", "P", "R", "F1", "wordF1", "with", "without", "title",
            "authors", "date", "lang"));
    for (Path dir : dirs) {
      String name = dir.getFileName().toString();
      List<JsonNode> gold = readGold(dir.resolve("gold.jsonl"));
      List<PageResult> ours = new ArrayList<>(gold.size());
      List<PageResult> baseline = new ArrayList<>(gold.size());
      PageResult[][] results = new PageResult[gold.size()][];
      IntStream.range(0, gold.size())
          .parallel()
          .forEach(i -> results[i] = evaluate(parser, dir, gold.get(i)));
      for (PageResult[] pair : results) {
        ours.add(pair[0]);
        baseline.add(pair[1]);
      }
      out.println(Summary.of(ours).line(name, "newsmodel"));
      out.println(Summary.of(baseline).line("", "jsoup-body"));
      for (java.util.Map.Entry<String, Path> peer : peers.entrySet()) {
        List<PageResult> theirs = new ArrayList<>(gold.size());
        for (JsonNode page : gold) {
          String id = page.get("id").asText();
          Path body = peer.getValue().resolve(name).resolve(id + ".txt");
          String text = Files.exists(body) ? Files.readString(body, StandardCharsets.UTF_8) : "";
          theirs.add(PageResult.of(id, page, Article.builder().text(text).build()));
        }
        out.println(Summary.of(theirs).line("", peer.getKey()));
      }
      if (dump != null) {
        Files.createDirectories(dump);
        for (PageResult result : ours) {
          Files.writeString(dump.resolve(result.id() + ".txt"), result.article().text());
          Files.writeString(
              dump.resolve(result.id() + ".json"), ArticleJson.toJson(result.article()));
        }
      }
      List<PageResult> ranked = new ArrayList<>(ours);
      ranked.removeIf(r -> r.shingles() == null);
      ranked.sort(Comparator.comparingDouble(r -> r.shingles().f1()));
      StringBuilder worstPages = new StringBuilder("  worst:");
      for (PageResult r : ranked.subList(0, Math.min(worst, ranked.size()))) {
        worstPages.append(
            String.format(
                Locale.ROOT,
                " %s (F1 %.2f P %.2f R %.2f)",
                r.id(),
                r.shingles().f1(),
                r.shingles().precision(),
                r.shingles().recall()));
      }
      out.println(worstPages);
    }
    return 0;
  }

  private List<JsonNode> readGold(Path file) throws IOException {
    List<JsonNode> pages = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          pages.add(json.readTree(line));
        }
      }
    }
    return pages;
  }

  private static PageResult[] evaluate(NewsParser parser, Path dir, JsonNode gold) {
    String id = gold.get("id").asText();
    byte[] html;
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(dir.resolve(gold.get("html").asText())))) {
      html = in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String baseUri = text(gold, "url");
    if (baseUri == null) {
      baseUri = gold.path("meta").path("base_url").asText("");
    }
    Article article;
    try {
      article = parser.parse(html, null, baseUri);
    } catch (RuntimeException e) {
      article = Article.builder().text("").build();
    }
    String baselineBody;
    try {
      baselineBody = Jsoup.parse(new ByteArrayInputStream(html), null, baseUri).body().text();
    } catch (IOException e) {
      baselineBody = "";
    }
    Article baseline = Article.builder().text(baselineBody).build();
    return new PageResult[] {PageResult.of(id, gold, article), PageResult.of(id, gold, baseline)};
  }

  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
