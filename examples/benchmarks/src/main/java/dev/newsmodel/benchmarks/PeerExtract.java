package dev.newsmodel.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes what each peer extracts from every gold page, as {@code OUT/PEER/SET/ID.txt}, so that
 * {@code newsmodel eval content --peer PEER=OUT/PEER SET...} scores it with the same measure as
 * this library:
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar dev.newsmodel.benchmarks.PeerExtract OUT [DIR]
 * </pre>
 */
public final class PeerExtract {
  private PeerExtract() {}

  /** Arguments: the output folder, then optionally the content folder. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: PeerExtract OUT [CONTENT_DIR]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Path root = args.length > 1 ? Path.of(args[1]) : Corpus.DEFAULT;
    if (!Files.isDirectory(root)) {
      System.out.println("skipped: no corpus at " + root.toAbsolutePath() + " (see README)");
      return;
    }
    List<Path> sets;
    try (Stream<Path> list = Files.list(root)) {
      sets = list.filter(d -> Files.isDirectory(d.resolve("html"))).sorted().toList();
    }
    for (Path set : sets) {
      extract(set, out.resolve("readability4j").resolve(set.getFileName()), Peers::readability);
      extract(set, out.resolve("boilerpipe").resolve(set.getFileName()), Peers::boilerpipe);
    }
  }

  private static void extract(Path set, Path target, Function<byte[], String> peer)
      throws IOException {
    Files.createDirectories(target);
    List<Path> pages;
    try (Stream<Path> list = Files.list(set.resolve("html"))) {
      pages = list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    pages.parallelStream()
        .forEach(
            page -> {
              String name = page.getFileName().toString();
              String id = name.substring(0, name.length() - ".html.gz".length());
              try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                String text;
                try {
                  text = peer.apply(in.readAllBytes());
                } catch (RuntimeException e) {
                  text = ""; // a peer that fails on a page extracts nothing from it
                }
                Files.writeString(target.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    System.out.println(target + ": " + pages.size() + " pages");
  }
}
