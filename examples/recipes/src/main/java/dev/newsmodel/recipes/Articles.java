package dev.newsmodel.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.parser.NewsParser;
import dev.newsmodel.parser.ParserOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The articles the programs work on, read as {@code newsmodel parse} reads them: a folder is walked
 * in sorted order, {@code -} is standard input, gzip-compressed files are decompressed, a document
 * that opens with markup is parsed as HTML and any other text as plain text (UTF-8, or windows-1252
 * when it is not valid UTF-8); binary files are refused. {@code .jsonl} files (compressed or not)
 * are read as the output of {@code newsmodel parse}, one article per line, keeping each line's
 * {@code source}. A file that cannot be read is reported, in the tool's style ({@code newsmodel:
 * PATH: reason}), and the others are still read.
 */
final class Articles {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Articles() {}

  /** One article and where it came from. */
  record Sourced(String source, Article article) {}

  /** The articles read, and how many files failed. */
  record Read(List<Sourced> articles, int failed) {}

  /** A document that cannot be read as an article. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /** Reads the paths, reporting each file that fails to {@code errors}. */
  static Read read(List<String> paths, InputStream stdin, Consumer<String> errors) {
    NewsParser parser = NewsParser.create();
    List<Sourced> articles = new ArrayList<>();
    int failed = 0;
    for (String given : paths) {
      List<String> files = new ArrayList<>();
      try {
        files.addAll(expand(given));
      } catch (IOException | UncheckedIOException e) {
        errors.accept("newsmodel: " + given + ": " + reason(e));
        failed++;
        continue;
      }
      if (files.isEmpty()) {
        errors.accept("newsmodel: warning: " + given + ": empty folder, nothing to read");
      }
      for (String file : files) {
        try {
          byte[] bytes;
          try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
            bytes = readBytes(in);
          }
          if (bytes.length == 0) {
            errors.accept("newsmodel: warning: " + file + ": empty file, skipped");
            continue;
          }
          read(file, bytes, parser, articles);
        } catch (IOException | InputException | RuntimeException e) {
          errors.accept("newsmodel: " + file + ": " + reason(e));
          failed++;
        }
      }
    }
    return new Read(articles, failed);
  }

  private static List<String> expand(String given) throws IOException {
    if (given.equals("-")) {
      return List.of("-");
    }
    Path path = Path.of(given);
    if (!Files.isDirectory(path)) {
      return List.of(given);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .map(path::relativize)
          .sorted()
          .map(relative -> path.resolve(relative).toString())
          .toList();
    }
  }

  private static void read(String source, byte[] bytes, NewsParser parser, List<Sourced> into)
      throws InputException, IOException {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      for (String line : decode(bytes).split("\n")) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          into.add(new Sourced(node.path("source").asText(source), ArticleJson.fromJson(line)));
        }
      }
      return;
    }
    Article article =
        looksLikeHtml(bytes) ? parser.parse(bytes, null, "") : parser.parseText(decode(bytes));
    into.add(new Sourced(source, article));
  }

  /** The bytes, gunzipped when compressed, within the parser's default size limit. */
  static byte[] readBytes(InputStream raw) throws IOException, InputException {
    byte[] bytes = readAll(raw);
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = readAll(in);
      } catch (java.util.zip.ZipException | java.io.EOFException e) {
        throw new InputException("corrupt gzip data: " + e.getMessage());
      }
    }
    if (!looksLikeText(bytes)) {
      throw new InputException("not text (binary data)");
    }
    return bytes;
  }

  private static byte[] readAll(InputStream in) throws IOException, InputException {
    long max = ParserOptions.DEFAULT_MAX_INPUT_CHARS;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > max) {
        throw new InputException("larger than the size limit of " + max + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Text, in UTF-8 or UTF-16 with a byte-order mark, has no NUL and few control bytes. */
  private static boolean looksLikeText(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
            || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return true;
    }
    int end = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return false;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 <= end;
  }

  /** Whether the document opens with markup (after a byte-order mark and white space). */
  static boolean looksLikeHtml(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < head.length()
        && (Character.isWhitespace(head.charAt(start)) || head.charAt(start) > 0x7f)) {
      start++;
    }
    if (start >= head.length() || head.charAt(start) != '<') {
      return false;
    }
    for (String marker :
        new String[] {
          "<!doctype html",
          "<html",
          "<head",
          "<body",
          "<meta",
          "<title",
          "<div",
          "<p>",
          "<p ",
          "<article",
          "<!--"
        }) {
      if (head.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The bytes as text: UTF-16 or UTF-8 by byte-order mark, UTF-8, else windows-1252. */
  static String decode(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  /** Why a file failed, on one line. */
  static String reason(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return reason(e.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().replace('\n', ' ');
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.replace('\n', ' ');
  }
}
