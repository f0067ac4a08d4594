package dev.newsmodel.parser;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.doc.Laps;
import dev.newsmodel.parser.html.HtmlReader;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.text.TextReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Parses news articles into {@link Article}s.
 *
 * <pre>{@code
 * NewsParser parser = NewsParser.create();
 * Article fromPage = parser.parse(html, "https://example.com/news/story");
 * Article article = parser.parseText(pastedText);
 * article.sections().forEach(s -> System.out.println(s.heading().orElse("(lead)")));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: create one and share it. Malformed input never throws;
 * only misuse does ({@code null} input, a {@link LimitExceededException} when input exceeds a limit
 * of its {@link ParserOptions}).
 */
public final class NewsParser {
  private static final String WINDOWS_1252 = "windows-1252";
  private final ParserOptions options;
  private final TextReader textReader;
  private final HtmlReader htmlReader;
  private final Pipeline pipeline;

  private NewsParser(ParserOptions options) {
    this.options = options;
    Language language = Language.english();
    this.textReader = new TextReader(language);
    this.htmlReader = new HtmlReader(language);
    this.pipeline = new Pipeline(language, Pipeline.defaultStages(language), options);
    language.freeze(); // every list is tagged once the stages are made
  }

  /** A parser with the default options. */
  public static NewsParser create() {
    return new NewsParser(ParserOptions.defaults());
  }

  /** A parser with the given options. */
  public static NewsParser create(ParserOptions options) {
    return new NewsParser(Objects.requireNonNull(options, "options"));
  }

  /** This parser's options. */
  public ParserOptions options() {
    return options;
  }

  /**
   * Parses an article pasted as plain text: headline, byline and date lines, section headings and
   * paragraphs, without page furniture; "Read also" lines become related links.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws LimitExceededException if {@code text} is longer than {@link
   *     ParserOptions#maxInputChars()}
   */
  public Article parseText(String text) {
    return parseText(text, Laps.NONE);
  }

  Article parseText(String text, Laps laps) {
    Objects.requireNonNull(text, "text");
    checkSize(text.length());
    Draft draft = textReader.read(text);
    laps.lap("text reader");
    return pipeline.run(draft, laps);
  }

  /**
   * Parses a web page: metadata (JSON-LD, OpenGraph, meta tags, the page itself) and the main
   * content without navigation, ads, share bars, comments and other boilerplate.
   *
   * @param html the page's markup; malformed markup is read leniently
   * @param baseUri the page's address, against which relative links resolve; may be empty
   * @throws NullPointerException if an argument is null
   * @throws LimitExceededException if {@code html} is longer than {@link
   *     ParserOptions#maxInputChars()}
   */
  public Article parse(String html, String baseUri) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(baseUri, "baseUri");
    checkSize(html.length());
    return parsePage(Jsoup.parse(html, baseUri, htmlParser()), Laps.NONE);
  }

  /**
   * Parses a web page given as bytes. The charset is taken from a byte-order mark, else from {@code
   * charset} when given (for example from an HTTP header), else from the page's {@code <meta
   * charset>}, else UTF-8 when the bytes are valid UTF-8 and windows-1252 when they are not; with a
   * declared charset, bytes that do not decode in it become U+FFFD.
   *
   * @param html the page's bytes
   * @param charset the declared charset, or null to detect it
   * @param baseUri the page's address, against which relative links resolve; may be empty
   * @throws NullPointerException if {@code html} or {@code baseUri} is null
   * @throws LimitExceededException if there are more bytes than {@link
   *     ParserOptions#maxInputChars()}
   */
  public Article parse(byte[] html, @Nullable Charset charset, String baseUri) {
    return parse(html, charset, baseUri, Laps.NONE);
  }

  Article parse(byte[] html, @Nullable Charset charset, String baseUri, Laps laps) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(baseUri, "baseUri");
    checkSize(html.length);
    boolean byteOrderMark = hasByteOrderMark(html);
    String declared =
        charset != null
            ? charset.name()
            : !byteOrderMark && Utf8Head.declaresUtf8(html) ? "UTF-8" : null;
    if (charset == null
        && declared != null
        && Utf8Head.declaresNothing(html)
        && hasNonAscii(html)
        && !isUtf8(html)) {
      // No charset declared and the bytes are not UTF-8: read them as windows-1252, as browsers
      // do and as plain text is read, rather than as UTF-8 with U+FFFD in place of each letter.
      declared = WINDOWS_1252;
    }
    // The text of scripts and style sheets cut (when every "<" byte is one in the charset), unless
    // jsoup reads the cut page otherwise than the whole one.
    InertText.Cut cut = declared != null && cutsSafely(declared) ? InertText.cut(html) : null;
    Document page = jsoup(html, cut, declared, baseUri);
    if (charset == null
        && !byteOrderMark
        && !page.charset().equals(StandardCharsets.UTF_8)
        && hasNonAscii(html)
        && isUtf8(html)) {
      // The page declares another charset, but its bytes are UTF-8: they are what it is written
      // in (pages often declare a charset they were saved out of). Checked only here, as decoding
      // a whole page up front costs a third of parsing it.
      page = jsoup(html, cut, "UTF-8", baseUri);
    }
    return parsePage(page, laps);
  }

  /** Parses the cut page, or the whole one when there is no cut or jsoup read the cut otherwise. */
  private Document jsoup(
      byte[] html, InertText.@Nullable Cut cut, @Nullable String charset, String baseUri) {
    if (cut != null) {
      Document page =
          jsoup(new ByteArrayInputStream(cut.bytes(), 0, cut.length()), charset, baseUri);
      if (InertTextCheck.holds(page, cut.count())) {
        return page;
      }
    }
    return jsoup(html, charset, baseUri);
  }

  /** Charsets in which a byte that reads "&lt;" is always the character "&lt;". */
  private static boolean cutsSafely(String charset) {
    String name = charset.toUpperCase(java.util.Locale.ROOT);
    return name.equals("UTF-8")
        || name.equals("US-ASCII")
        || name.startsWith("ISO-8859-")
        || name.startsWith("WINDOWS-125");
  }

  private Document jsoup(byte[] html, @Nullable String charset, String baseUri) {
    return jsoup(new ByteArrayInputStream(html), charset, baseUri);
  }

  private Document jsoup(ByteArrayInputStream html, @Nullable String charset, String baseUri) {
    try {
      return Jsoup.parse(html, charset, baseUri, htmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
    }
  }

  /** A jsoup parser of its own for each page: jsoup parsers are not concurrent. */
  private Parser htmlParser() {
    return Parser.htmlParser().setMaxDepth(options.maxDepth());
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff || (bytes[0] & 0xff) == 0xef);
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the bytes are well-formed UTF-8 (as a strict decoder reads it: no overlong forms, no
   * surrogates, nothing above U+10FFFF), checked in place: a decoder would build the whole text.
   */
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  static boolean isUtf8(byte[] bytes) {
    int n = bytes.length;
    for (int i = 0; i < n; ) {
      // Runs of ASCII (most of a page's markup) eight bytes at a time.
      while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int length;
      int low = 0x80; // the allowed range of the second byte
      int high = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
      } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        low = b == 0xe0 ? 0xa0 : 0x80; // overlong
        high = b == 0xed ? 0x9f : 0xbf; // surrogates
      } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        low = b == 0xf0 ? 0x90 : 0x80; // overlong
        high = b == 0xf4 ? 0x8f : 0xbf; // above U+10FFFF
      } else {
        return false;
      }
      if (i + length > n) {
        return false;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  private Article parsePage(Document page, Laps laps) {
    laps.lap("html parse");
    return pipeline.run(htmlReader.read(page, laps), laps);
  }

  private void checkSize(long size) {
    if (size > options.maxInputChars()) {
      throw new LimitExceededException("maxInputChars", options.maxInputChars(), size);
    }
  }
}
