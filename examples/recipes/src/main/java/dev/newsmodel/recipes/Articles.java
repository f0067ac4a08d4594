package dev.newsmodel.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmodel.cli.Decoder;
import dev.newsmodel.cli.Format;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.parser.NewsParser;
import dev.newsmodel.parser.ParserOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * {@code source} (the tool's own {@link Decoder} and {@link Format} decide). A file that cannot be
 * read is reported, in the tool's style ({@code newsmodel: PATH: reason}), and the others are still
 * read.
 */
final class Articles {
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
        } catch (IOException | InputException | Decoder.InputException | RuntimeException e) {
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
      throws Decoder.InputException, IOException {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      for (String line : Decoder.decode(bytes).split("\n")) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          into.add(new Sourced(node.path("source").asText(source), ArticleJson.fromJson(line)));
        }
      }
      return;
    }
    Article article =
        Format.detect(bytes) == Format.html
            ? parser.parse(bytes, null, "")
            : parser.parseText(Decoder.decode(bytes));
    into.add(new Sourced(source, article));
  }

  /** The bytes, gunzipped when compressed, within the parser's default size limit. */
  static byte[] readBytes(InputStream raw) throws IOException, InputException {
    byte[] bytes = readAll(raw);
    if (Decoder.isGzip(bytes)) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = readAll(in);
      } catch (java.util.zip.ZipException | java.io.EOFException e) {
        throw new InputException("corrupt gzip data: " + e.getMessage());
      }
    }
    if (!Decoder.isText(bytes)) {
      throw new InputException(Decoder.NOT_TEXT);
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
