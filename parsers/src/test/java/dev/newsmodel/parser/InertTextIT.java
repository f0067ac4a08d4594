package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On every page of the gold content sets ({@code ../shared/data/content}): jsoup reads the page
 * with its scripts' and style sheets' text cut as it reads the whole page, but for that text, and
 * the check tells so; few pages fall back to the whole page.
 */
class InertTextIT {
  private static final Path CONTENT = Path.of("../../shared/data/content");

  @Test
  void everyCutPageReadsAsTheWholePage() throws IOException {
    assumeTrue(Files.isDirectory(CONTENT), "no gold content: test skipped");
    List<Path> pages;
    try (Stream<Path> s = Files.walk(CONTENT)) {
      pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    int cut = 0;
    List<String> fellBack = new ArrayList<>();
    for (Path path : pages) {
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
        html = in.readAllBytes();
      }
      InertText.Cut c = InertText.cut(html);
      if (c == null) {
        continue;
      }
      cut++;
      Document whole = parse(html);
      Document part = parse(java.util.Arrays.copyOf(c.bytes(), c.length()));
      if (!InertTextCheck.holds(part, c.count())) {
        fellBack.add(path.getFileName().toString());
        continue;
      }
      assertThat(withoutData(part)).as(path.toString()).isEqualTo(withoutData(whole));
    }
    assertThat(cut).isGreaterThan(pages.size() / 2);
    assertThat(fellBack).as("pages read again whole").hasSizeLessThan(pages.size() / 50);
  }

  private static Document parse(byte[] html) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(html), "UTF-8", "https://example.com/");
  }

  /** The page's markup with the text of every script and style element taken out. */
  private static String withoutData(Document page) {
    page.select("script, style")
        .forEach(
            e ->
                e.childNodes().stream()
                    .filter(DataNode.class::isInstance)
                    .toList()
                    .forEach(n -> n.remove()));
    return page.outerHtml();
  }
}
