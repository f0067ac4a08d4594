package dev.newsmodel.benchmarks;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.NewsParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: a bare jsoup parse against the full pipeline on the same pages (the first pages of the
 * corpus when {@code ../shared/data/content} is present, else a built-in page), and plain text.
 *
 * <pre>java -jar examples/benchmarks/target/benchmarks.jar ParseBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  private final NewsParser parser = NewsParser.create();
  private List<byte[]> pages;
  private String text;

  @Setup
  public void load() throws IOException {
    pages =
        Files.isDirectory(Corpus.DEFAULT)
            ? Corpus.load(Corpus.DEFAULT).subList(0, 50)
            : List.of(builtInPage().getBytes(StandardCharsets.UTF_8));
    StringBuilder paragraphs = new StringBuilder();
    for (byte[] page : pages) {
      paragraphs.append(parser.parse(page, null, "").text()).append("\n\n");
    }
    text = paragraphs.toString();
  }

  @Benchmark
  public int jsoupParse() throws IOException {
    int length = 0;
    for (byte[] page : pages) {
      Document document = Jsoup.parse(new ByteArrayInputStream(page), null, "");
      length += document.body().text().length();
    }
    return length;
  }

  @Benchmark
  public int htmlToArticle() {
    int length = 0;
    for (byte[] page : pages) {
      Article article = parser.parse(page, null, "");
      length += article.text().length();
    }
    return length;
  }

  @Benchmark
  public int textToArticle() {
    return parser.parseText(text).text().length();
  }

  private static String builtInPage() {
    return "<html><head><title>Port reopens | Harbour News</title></head><body><nav>Home</nav>"
        + "<article><h1>Port reopens</h1>"
        + "<p>Dock workers returned on Monday after a strike that lasted two weeks, the union"
        + " said. \u201cWe are glad to be back,\u201d said union leader Ana Silva.</p>".repeat(20)
        + "</article></body></html>";
  }
}
