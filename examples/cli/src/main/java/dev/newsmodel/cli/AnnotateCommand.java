package dev.newsmodel.cli;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.NewsParser;
import dev.newsmodel.parser.ParserOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmodel annotate}: an article as a self-contained HTML page of what was extracted. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Parses one article and prints a self-contained HTML page on standard output: the text with"
          + " each quote highlighted in its speaker's colour, a panel of persons with their roles"
          + " and quotes, and a table of meetings.",
      "Example: newsmodel annotate article.html > annotated.html"
    })
final class AnnotateCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      defaultValue = "auto",
      description = "Input format: auto, html or text (default: ${DEFAULT-VALUE}).")
  Format format = Format.auto;

  @Option(
      names = "--base-uri",
      defaultValue = "",
      description = "The page's address, for its URL and links.")
  String baseUri = "";

  @Option(
      names = "--max-size",
      defaultValue = "" + ParserOptions.DEFAULT_MAX_INPUT_CHARS,
      paramLabel = "BYTES",
      description = "Largest document accepted, in bytes (default: ${DEFAULT-VALUE}).")
  int maxSize = ParserOptions.DEFAULT_MAX_INPUT_CHARS;

  @Parameters(paramLabel = "PATH", description = "An HTML or text file, or - for standard input.")
  String path = "-";

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  AnnotateCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws IOException {
    if (!path.equals("-") && Files.isDirectory(Path.of(path))) {
      return fail("a folder; annotate takes one article (use parse for folders)");
    }
    byte[] bytes;
    try (InputStream in = path.equals("-") ? stdin : Files.newInputStream(Path.of(path))) {
      bytes = new Decoder(maxSize).readBytes(in);
    } catch (IOException | java.io.UncheckedIOException e) {
      return fail(Errors.reason(e));
    } catch (Decoder.InputException e) {
      return fail(e.getMessage());
    }
    Format actual = format == Format.auto ? Format.detect(bytes) : format;
    if (actual == Format.warc) {
      return fail("annotate takes one article (HTML or text), not a WARC");
    }
    Article article;
    try {
      NewsParser parser = NewsParser.create(ParserOptions.builder().maxInputChars(maxSize).build());
      article =
          actual == Format.html
              ? parser.parse(bytes, null, baseUri)
              : parser.parseText(Decoder.decode(bytes));
    } catch (Decoder.InputException | RuntimeException e) {
      return fail(Errors.reason(e));
    }
    stdout.write(AnnotatedPage.render(article).outerHtml().getBytes(StandardCharsets.UTF_8));
    stdout.write('\n');
    stdout.flush();
    return 0;
  }

  private int fail(String reason) {
    stderr.println("newsmodel: " + path + ": " + reason);
    return 1;
  }
}
