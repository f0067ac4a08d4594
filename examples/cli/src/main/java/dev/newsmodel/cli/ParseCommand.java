package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.parser.NewsParser;
import dev.newsmodel.parser.ParserOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmodel parse}: one JSON object per input document, on standard output. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses articles and prints one JSON object per document (JSON Lines) on standard output.",
      "A directory is walked recursively in sorted order; .gz files are decompressed;"
          + " with --format auto, a document that opens with markup is read as HTML;"
          + " - reads standard input. A document that fails prints an error on standard error"
          + " and the batch goes on; the exit status is then 1."
    })
final class ParseCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      defaultValue = "auto",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.auto;

  @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
  boolean pretty;

  @Option(names = "--quiet", description = "Show no progress on standard error.")
  boolean quiet;

  @Option(
      names = "--follow-links",
      description = "Follow symbolic links that lead out of a directory (skipped by default).")
  boolean followLinks;

  @Option(
      names = "--max-size",
      defaultValue = "" + ParserOptions.DEFAULT_MAX_INPUT_CHARS,
      description = "Largest document accepted, in bytes (default: ${DEFAULT-VALUE}).")
  int maxSize;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or -.")
  List<String> paths;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  ParseCommand() {
    this(System.in, System.out, System.err);
  }

  ParseCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws IOException {
    NewsParser parser = NewsParser.create(ParserOptions.builder().maxInputChars(maxSize).build());
    ObjectMapper mapper = ArticleJson.newMapper();
    ObjectWriter writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    Decoder decoder = new Decoder(maxSize);
    List<Input> inputs =
        Inputs.expand(
            paths, stdin, followLinks, message -> stderr.println("newsmodel: " + message));
    Progress progress = new Progress(stderr, inputs.size(), !quiet && System.console() != null);
    int failed = 0;
    Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      try {
        byte[] bytes;
        try (InputStream in = input.opener().open()) {
          bytes = decoder.readBytes(in);
        }
        Format actual = format == Format.auto ? Format.detect(bytes) : format;
        Article article =
            actual == Format.html
                ? parser.parse(bytes, null, "")
                : parser.parseText(Decoder.decode(bytes));
        out.write(writer.writeValueAsString(toJson(mapper, input.source(), article)));
        out.write('\n');
      } catch (IOException | Decoder.InputException | RuntimeException e) {
        failed++;
        out.flush();
        stderr.println("newsmodel: " + input.source() + ": " + describe(e));
      }
      if (!quiet) {
        progress.update(i + 1, failed);
      }
    }
    out.flush();
    progress.finish();
    return failed == 0 ? 0 : 1;
  }

  /** The article's JSON with {@code source} as its first field. */
  private static ObjectNode toJson(ObjectMapper mapper, String source, Article article) {
    ObjectNode node = mapper.createObjectNode();
    node.put("source", source);
    node.setAll((ObjectNode) mapper.valueToTree(article));
    return node;
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
  }
}
