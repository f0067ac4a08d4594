package dev.newsmodel.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The gold pages of {@code ../shared/data/content/}, loaded into memory once. */
final class Corpus {
  private Corpus() {}

  /** The default location, relative to the repository root. */
  static final Path DEFAULT = Path.of("../shared/data/content");

  /** Every {@code html/*.html.gz} page below {@code root}, decompressed, in sorted order. */
  static List<byte[]> load(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    List<byte[]> pages = new ArrayList<>(files.size());
    for (Path file : files) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        pages.add(in.readAllBytes());
      }
    }
    return pages;
  }
}
