package dev.newsmodel.recipes;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.parser.NewsParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The articles the programs work on: HTML files ({@code .html}, {@code .htm}, or any file that
 * opens with markup) and text files are parsed; {@code .jsonl} files are read as the output of
 * {@code newsmodel parse}, one article per line. Folders are walked in sorted order.
 */
final class Articles {
  private Articles() {}

  /** One article and the file it came from. */
  record Sourced(String source, Article article) {}

  static List<Sourced> read(List<Path> paths) throws IOException {
    NewsParser parser = NewsParser.create();
    List<Sourced> articles = new ArrayList<>();
    for (Path path : paths) {
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(path);
      }
      for (Path file : files) {
        read(file, parser, articles);
      }
    }
    return articles;
  }

  private static void read(Path file, NewsParser parser, List<Sourced> into) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String source = file.toString();
    if (name.endsWith(".jsonl")) {
      try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
        lines
            .filter(line -> !line.isBlank())
            .forEach(line -> into.add(new Sourced(source, ArticleJson.fromJson(line))));
      }
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).strip();
    Article article =
        name.endsWith(".html") || name.endsWith(".htm") || head.startsWith("<")
            ? parser.parse(bytes, null, "")
            : parser.parseText(new String(bytes, StandardCharsets.UTF_8));
    into.add(new Sourced(source, article));
  }
}
