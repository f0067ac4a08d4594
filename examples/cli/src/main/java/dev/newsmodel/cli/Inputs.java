package dev.newsmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into documents: a file is one document, a directory
 * every regular file below it in sorted order, {@code -} standard input.
 */
final class Inputs {
  private Inputs() {}

  /** Whether a file's real location is inside the directory the user named. */
  private static boolean staysInside(
      Path file, Path root, java.util.function.Consumer<String> skipped) {
    if (!Files.isSymbolicLink(file)) {
      return true;
    }
    try {
      if (file.toRealPath().startsWith(root)) {
        return true;
      }
    } catch (IOException e) {
      // a dangling link: not inside
    }
    skipped.accept(file + ": skipped, a symbolic link out of the directory (use --follow-links)");
    return false;
  }

  static List<Input> expand(List<String> paths, InputStream stdin) throws IOException {
    return expand(paths, stdin, false, message -> {});
  }

  /**
   * Expands the paths. Inside a directory, a symbolic link that leads out of it is skipped (and
   * reported to {@code skipped}) unless {@code followLinks} is set.
   */
  static List<Input> expand(
      List<String> paths,
      InputStream stdin,
      boolean followLinks,
      java.util.function.Consumer<String> skipped)
      throws IOException {
    return expand(paths, stdin, followLinks, skipped, message -> {});
  }

  /**
   * Expands the paths as {@link #expand(List, InputStream, boolean, java.util.function.Consumer)}
   * does, and reports to {@code warnings} each directory that holds no file.
   */
  static List<Input> expand(
      List<String> paths,
      InputStream stdin,
      boolean followLinks,
      java.util.function.Consumer<String> skipped,
      java.util.function.Consumer<String> warnings)
      throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String given : paths) {
      if (given.equals("-")) {
        inputs.add(new Input("-", () -> stdin));
        continue;
      }
      Path path = Path.of(given);
      if (Files.isDirectory(path)) {
        Path root = path.toRealPath();
        int before = inputs.size();
        java.nio.file.FileVisitOption[] options =
            followLinks
                ? new java.nio.file.FileVisitOption[] {java.nio.file.FileVisitOption.FOLLOW_LINKS}
                : new java.nio.file.FileVisitOption[0];
        try (Stream<Path> walk = Files.walk(path, options)) {
          walk.filter(Files::isRegularFile)
              .filter(file -> followLinks || staysInside(file, root, skipped))
              .map(file -> path.relativize(file))
              .sorted()
              .forEach(
                  relative -> {
                    Path file = path.resolve(relative);
                    inputs.add(new Input(file.toString(), () -> Files.newInputStream(file)));
                  });
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        if (inputs.size() == before) {
          warnings.accept(given + ": empty folder, nothing to parse");
        }
      } else {
        inputs.add(new Input(given, () -> Files.newInputStream(path)));
      }
    }
    return inputs;
  }
}
