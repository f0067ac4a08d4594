package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  @Test
  void expandsDirectoriesRecursivelyInSortedOrderAndKeepsOtherPathsAsGiven() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.txt"), "z");
    Files.writeString(dir.resolve("b/a.txt"), "a");
    Files.writeString(dir.resolve("a.txt"), "a");
    InputStream stdin = new ByteArrayInputStream(new byte[0]);

    List<Input> inputs = Inputs.expand(List.of(dir.toString(), "-", "missing.txt"), stdin);

    assertThat(inputs)
        .extracting(Input::source)
        .containsExactly(
            dir.resolve("a.txt").toString(),
            dir.resolve("b/a.txt").toString(),
            dir.resolve("b/c/z.txt").toString(),
            "-",
            "missing.txt");
  }

  @Test
  void symbolicLinksOutOfTheDirectoryAreSkippedUnlessFollowed(@TempDir Path outside)
      throws IOException {
    Files.writeString(outside.resolve("secret.txt"), "not yours");
    Files.writeString(dir.resolve("inside.txt"), "yours");
    Files.createSymbolicLink(dir.resolve("link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(dir.resolve("alias.txt"), dir.resolve("inside.txt"));
    List<String> skipped = new java.util.ArrayList<>();
    InputStream stdin = new ByteArrayInputStream(new byte[0]);

    List<Input> safe = Inputs.expand(List.of(dir.toString()), stdin, false, skipped::add);
    List<Input> followed = Inputs.expand(List.of(dir.toString()), stdin, true, m -> {});

    assertThat(safe)
        .extracting(Input::source)
        .containsExactly(dir.resolve("alias.txt").toString(), dir.resolve("inside.txt").toString());
    assertThat(skipped).singleElement().asString().contains("link.txt").contains("--follow-links");
    assertThat(followed).extracting(Input::source).contains(dir.resolve("link.txt").toString());
  }
}
