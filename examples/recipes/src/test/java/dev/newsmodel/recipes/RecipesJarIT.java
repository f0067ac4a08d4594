package dev.newsmodel.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar recipes.jar}, in a fresh process, once the jar is packaged. */
class RecipesJarIT {
  @TempDir Path dir;
  @TempDir Path logs;

  @Test
  void runsARecipeFromTheJarsManifest() throws Exception {
    Path jar = Path.of("target/recipes.jar");
    assumeTrue(Files.exists(jar), "skipped: target/recipes.jar is not packaged");
    Fixtures.folder(dir);
    Path out = logs.resolve("out.txt");
    Path err = logs.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Process process =
        new ProcessBuilder(java, "-jar", jar.toString(), "who-said-what", dir.toString())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(Files.readString(err)).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("Anna Verbeek (2)\n");
  }
}
