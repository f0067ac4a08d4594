package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser shared by many threads gives the same articles as sequential runs. */
class ConcurrencyTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sharedParserIsThreadSafe() throws Exception {
    NewsParser parser = NewsParser.create();
    List<String> pages = new ArrayList<>();
    for (String page :
        new String[] {"jsonld-graph", "split-body", "opengraph-related", "byline-and-comments"}) {
      pages.add(resource("html/pages/" + page + ".html"));
    }
    String seed = resource("blinken-beijing.txt");
    List<String> expected = new ArrayList<>();
    for (String page : pages) {
      expected.add(ArticleJson.toJson(parser.parse(page, "https://news.example/a")));
    }
    String expectedSeed = ArticleJson.toJson(parser.parseText(seed));

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 64; task++) {
        int index = task % (pages.size() + 1);
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    Article article =
                        index == pages.size()
                            ? parser.parseText(seed)
                            : parser.parse(pages.get(index), "https://news.example/a");
                    String json = ArticleJson.toJson(article);
                    String want = index == pages.size() ? expectedSeed : expected.get(index);
                    if (!json.equals(want)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
