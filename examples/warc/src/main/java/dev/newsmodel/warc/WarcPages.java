package dev.newsmodel.warc;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file, one at a time: {@code response} records with a successful HTTP
 * status and an HTML content type, and {@code resource} records of HTML. Every other record
 * (requests, metadata, revisits, redirects, images, pages larger than the limit) is skipped and
 * counted. The file may be plain or gzip-compressed per record, as WARC files usually are.
 *
 * <p>Not thread-safe: one reader per file.
 */
public final class WarcPages implements Iterator<HtmlPage>, Closeable {
  private final WarcReader reader;
  private final long maxBytes;
  private @Nullable HtmlPage next;
  private long skipped;
  private long pages;

  private WarcPages(WarcReader reader, long maxBytes) {
    this.reader = reader;
    this.maxBytes = maxBytes;
    reader.setLenient(true);
  }

  /**
   * Reads the pages of a WARC stream.
   *
   * @param in the WARC file's bytes, compressed or not; closed by {@link #close()}
   * @param maxBytes pages larger than this many bytes are skipped
   */
  public static WarcPages open(InputStream in, long maxBytes) throws IOException {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    return new WarcPages(new WarcReader(in), maxBytes);
  }

  /** Whether these (uncompressed) bytes open like a WARC file, with {@code WARC/}. */
  public static boolean looksLikeWarc(byte[] head) {
    return head.length >= 5
        && head[0] == 'W'
        && head[1] == 'A'
        && head[2] == 'R'
        && head[3] == 'C'
        && head[4] == '/';
  }

  /** How many records were skipped so far as not an HTML page. */
  public long skipped() {
    return skipped;
  }

  /** How many pages were returned so far. */
  public long pages() {
    return pages;
  }

  @Override
  public boolean hasNext() {
    try {
      while (next == null) {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          return false;
        }
        long offset = reader.position();
        next = page(record.get(), offset);
        if (next == null) {
          skipped++;
        }
      }
      return true;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public HtmlPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    HtmlPage page = next;
    next = null;
    pages++;
    return page;
  }

  private @Nullable HtmlPage page(WarcRecord record, long offset) throws IOException {
    if (record instanceof WarcResponse response) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException | RuntimeException e) {
        return null; // not HTTP (e.g. a gemini or dns capture) or a malformed header
      }
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      MediaType type = http.contentType();
      if (!isHtml(type)) {
        return null;
      }
      byte[] body = readAtMost(http.bodyDecoded().stream());
      return body == null
          ? null
          : new HtmlPage(response.target(), response.date(), body, charset(type), offset);
    }
    if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      byte[] body = readAtMost(resource.body().stream());
      return body == null
          ? null
          : new HtmlPage(
              resource.target(), resource.date(), body, charset(resource.contentType()), offset);
    }
    return null;
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static Optional<Charset> charset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // the page's own meta tags or detection decide
    }
  }

  private byte @Nullable [] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
