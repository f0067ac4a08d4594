package dev.newsmodel.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes small WARC files for tests: a crawl of news pages mixed with the records a real crawl
 * holds besides them (requests, an image, a redirect, a not-found page). Shared with the modules
 * that read WARC files through this module's test jar.
 */
public final class WarcFixtures {
  /** When the fixture pages were fetched. */
  public static final Instant FETCHED = Instant.parse("2026-03-14T09:30:00Z");

  private WarcFixtures() {}

  /** A small news page with a headline, a byline and a quote. */
  public static String newsPage(String headline, String speaker, String words) {
    return "<!doctype html><html lang=en><head><meta charset=utf-8><title>"
        + headline
        + " | The Harbour Gazette</title></head><body><nav><a href=/>Home</a> <a href=/world>World"
        + "</a></nav><article><h1>"
        + headline
        + "</h1><p class=byline>By Mara Quill</p><p>The harbour board met on Tuesday to decide"
        + " the future of the old pier, which has been closed since the storm in January.</p><p>“"
        + words
        + ",” "
        + speaker
        + " told reporters after the meeting. The board will publish its decision next week.</p>"
        + "</article><footer>© The Harbour Gazette</footer></body></html>";
  }

  /**
   * Writes a WARC file with two HTML responses (the second as UTF-8 without a declared charset),
   * one HTML resource record, and four records that are not pages: a request, an image, a redirect
   * and a 404 page.
   */
  public static Path writeCrawl(Path file, boolean gzip) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      String first = "https://gazette.example/2026/03/pier-vote";
      writer.write(
          new WarcRequest.Builder(URI.create(first))
              .date(FETCHED)
              .body(new HttpRequest.Builder("GET", "/2026/03/pier-vote").build())
              .build());
      writer.write(
          response(
              first,
              "text/html; charset=utf-8",
              200,
              newsPage(
                  "Pier vote delayed again",
                  "Board chair Elena Varga",
                  "We need more time to count the costs")));
      writer.write(response("https://gazette.example/logo.png", "image/png", 200, "PNG"));
      writer.write(response("https://gazette.example/old", "text/html", 301, "<p>moved</p>"));
      writer.write(response("https://gazette.example/gone", "text/html", 404, "<p>gone</p>"));
      writer.write(
          response(
              "https://gazette.example/2026/03/ferry",
              "text/html",
              200,
              newsPage(
                  "Ferry fares to rise",
                  "Transport minister Tomás Ortega",
                  "Nobody likes higher fares, but the boats are thirty years old")));
      writer.write(
          new WarcResource.Builder(URI.create("https://gazette.example/2026/03/market"))
              .date(FETCHED)
              .body(
                  MediaType.HTML_UTF8,
                  newsPage(
                          "Fish market reopens",
                          "Trader Yusuf Demir",
                          "The whole street came back to life this morning")
                      .getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return file;
  }

  private static WarcResponse response(String url, String type, int status, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }
}
