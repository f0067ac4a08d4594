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

  static List<Input> expand(List<String> paths, InputStream stdin) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String given : paths) {
      if (given.equals("-")) {
        inputs.add(new Input("-", () -> stdin));
        continue;
      }
      Path path = Path.of(given);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
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
      } else {
        inputs.add(new Input(given, () -> Files.newInputStream(path)));
      }
    }
    return inputs;
  }
}
