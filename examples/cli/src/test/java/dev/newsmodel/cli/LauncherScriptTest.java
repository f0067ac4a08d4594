package dev.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./newsmodel} at the repository's root, run as a user runs it: in a
 * fresh process of {@code sh}. In a copy of the repository's layout whose {@code mvnw} is a
 * stand-in (the real build takes minutes and cannot run inside this one), it builds the jar when
 * absent with the documented command, then runs it with the arguments as given; with the real jar
 * built, it prints the tool's version.
 */
class LauncherScriptTest {
  private static final String SH = "/bin/sh";

  @TempDir Path copy;

  @BeforeAll
  static void needsSh() {
    assumeTrue(
        Files.isExecutable(Path.of(SH)),
        "skipped: no " + SH + " on this machine to run the launcher script with");
  }

  /** The repository's root: the folder above this module that holds the script and mvnw. */
  private static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("newsmodel")) && Files.exists(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw new AssertionError("no repository root above " + Path.of("").toAbsolutePath());
  }

  private record Ran(int status, String out, String err) {}

  private static Ran run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(SH, dir.resolve("newsmodel").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    builder.environment().merge("PATH", javaBin, (path, bin) -> bin + File.pathSeparator + path);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process process =
          builder
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the launcher did not finish within 120 s");
      }
      return new Ran(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** A runnable jar of {@link LauncherProbe}, which prints its arguments. */
  private static void writeProbeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      assertThat(in).isNotNull();
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }

  @Test
  void theScriptIsAnExecutablePosixShellScript() throws IOException {
    Path script = root().resolve("newsmodel");

    assertThat(Files.isExecutable(script)).as("executable").isTrue();
    assertThat(Files.readString(script)).startsWith("#!/bin/sh\n");
  }

  @Test
  void buildsTheJarWhenAbsentThenRunsItWithTheArguments() throws Exception {
    Files.copy(root().resolve("newsmodel"), copy.resolve("newsmodel"));
    Path probe = copy.resolve("probe.jar");
    writeProbeJar(probe);
    Files.writeString(
        copy.resolve("mvnw"),
        "#!/bin/sh\n"
            + "echo \"$@\" >> mvnw.log\n"
            + "mkdir -p examples/cli/target\n"
            + "cp probe.jar examples/cli/target/newsmodel.jar\n");
    assertThat(copy.resolve("mvnw").toFile().setExecutable(true)).isTrue();

    Ran first = run(copy, "parse", "two words", "--output", "text");
    Ran second = run(copy, "--version");

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo("[parse]\n[two words]\n[--output]\n[text]\n");
    assertThat(first.err()).contains("building");
    assertThat(second.out()).isEqualTo("[--version]\n");
    assertThat(second.err()).isEmpty();
    assertThat(Files.readString(copy.resolve("mvnw.log")))
        .as("built once, with the documented command")
        .isEqualTo("-B -q package -DskipTests -pl examples/cli -am\n");
  }

  @Test
  void aFailedBuildSaysSoAndExitsNonZero() throws Exception {
    Files.copy(root().resolve("newsmodel"), copy.resolve("newsmodel"));
    Files.writeString(copy.resolve("mvnw"), "#!/bin/sh\necho 'compilation failure' >&2\nexit 3\n");
    assertThat(copy.resolve("mvnw").toFile().setExecutable(true)).isTrue();

    Ran ran = run(copy, "--version");

    assertThat(ran.status()).isEqualTo(1);
    assertThat(ran.out()).isEmpty();
    assertThat(ran.err()).contains("compilation failure").contains("newsmodel: the build failed");
  }

  @Test
  void runsTheRealToolWhenItsJarIsBuilt() throws Exception {
    Path root = root();
    assumeTrue(
        Files.exists(root.resolve("examples/cli/target/newsmodel.jar")),
        "skipped: examples/cli/target/newsmodel.jar is not built yet (it is made at package)");

    Ran ran = run(root, "--version");

    assertThat(ran.status()).as(ran.err()).isZero();
    assertThat(ran.out()).startsWith("newsmodel ");
  }
}
