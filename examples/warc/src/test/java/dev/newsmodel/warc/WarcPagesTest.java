package dev.newsmodel.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcPagesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsTheHtmlPagesAndCountsTheRest(boolean gzip) throws IOException {
    Path file = WarcFixtures.writeCrawl(dir.resolve("crawl.warc" + (gzip ? ".gz" : "")), gzip);
    List<HtmlPage> pages = new ArrayList<>();
    long skipped;
    try (InputStream in = Files.newInputStream(file);
        WarcPages warc = WarcPages.open(in, 1 << 20)) {
      warc.forEachRemaining(pages::add);
      skipped = warc.skipped();
      assertThat(warc.pages()).isEqualTo(3);
    }
    assertThat(pages)
        .extracting(HtmlPage::url)
        .containsExactly(
            "https://gazette.example/2026/03/pier-vote",
            "https://gazette.example/2026/03/ferry",
            "https://gazette.example/2026/03/market");
    assertThat(skipped).isEqualTo(4); // request, image, redirect, 404
    HtmlPage first = pages.get(0);
    assertThat(first.fetchedAt()).isEqualTo(WarcFixtures.FETCHED);
    assertThat(first.charset()).contains(StandardCharsets.UTF_8);
    assertThat(pages.get(1).charset()).isEmpty();
    assertThat(new String(first.body(), StandardCharsets.UTF_8))
        .startsWith("<!doctype html>")
        .contains("Pier vote delayed again");
    assertThat(pages).extracting(HtmlPage::offset).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void skipsPagesOverTheSizeLimit() throws IOException {
    Path file = WarcFixtures.writeCrawl(dir.resolve("crawl.warc"), false);
    try (WarcPages warc = WarcPages.open(Files.newInputStream(file), 100)) {
      assertThat(warc.hasNext()).isFalse();
      assertThat(warc.skipped()).isEqualTo(7);
    }
  }

  @Test
  void anEmptyStreamHasNoPages() throws IOException {
    try (WarcPages warc = WarcPages.open(new ByteArrayInputStream(new byte[0]), 100)) {
      assertThat(warc.hasNext()).isFalse();
    }
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> WarcPages.open(new ByteArrayInputStream(new byte[0]), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
  }

  @Test
  void recognisesAWarcHeader() {
    assertThat(WarcPages.looksLikeWarc("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII)))
        .isTrue();
    assertThat(WarcPages.looksLikeWarc("<html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }
}
