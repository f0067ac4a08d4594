package dev.newsmodel.warc;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTML page captured in a WARC file.
 *
 * @param url the address the page was fetched from ({@code WARC-Target-URI})
 * @param fetchedAt when it was fetched ({@code WARC-Date})
 * @param body the page's bytes, with any HTTP transfer and content encoding removed
 * @param charset the charset the HTTP {@code Content-Type} header declares, if any
 * @param offset where the record starts in the (possibly compressed) WARC file
 */
public record HtmlPage(
    String url, Instant fetchedAt, byte[] body, Optional<Charset> charset, long offset) {

  /** Checks that no component is null. */
  public HtmlPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(charset, "charset");
  }
}
