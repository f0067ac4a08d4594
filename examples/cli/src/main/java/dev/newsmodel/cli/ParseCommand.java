package dev.newsmodel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.ArticleJson;
import dev.newsmodel.parser.NewsParser;
import dev.newsmodel.parser.ParserOptions;
import dev.newsmodel.warc.HtmlPage;
import dev.newsmodel.warc.WarcPages;
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
          + " with --format auto, a document that opens with markup is read as HTML and a WARC"
          + " file (.warc, .warc.gz, or content that opens with WARC/) gives one document per"
          + " HTML response record, with its fetch URL and date;"
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
        if (format != Format.text && format != Format.html && Format.isWarcName(input.source())) {
          try (InputStream in = input.opener().open()) {
            failed += parseWarc(in, input.source(), parser, mapper, writer, out);
          }
        } else {
          byte[] bytes;
          try (InputStream in = input.opener().open()) {
            bytes = decoder.readBytes(in);
          }
          Format actual = format == Format.auto ? Format.detect(bytes) : format;
          if (actual == Format.warc) {
            failed +=
                parseWarc(
                    new java.io.ByteArrayInputStream(bytes),
                    input.source(),
                    parser,
                    mapper,
                    writer,
                    out);
          } else {
            Article article =
                actual == Format.html
                    ? parser.parse(bytes, null, "")
                    : parser.parseText(Decoder.decode(bytes));
            ObjectNode json = mapper.createObjectNode();
            json.put("source", input.source());
            write(json, article, mapper, writer, out);
          }
        }
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

  /**
   * Parses every HTML page of a WARC file, each with its fetch address as base URI, and returns how
   * many failed. Records that are not HTML pages are counted and reported on standard error.
   */
  private int parseWarc(
      InputStream in,
      String source,
      NewsParser parser,
      ObjectMapper mapper,
      ObjectWriter writer,
      Writer out)
      throws IOException {
    int failed = 0;
    try (WarcPages pages = WarcPages.open(in, maxSize)) {
      while (pages.hasNext()) {
        HtmlPage page = pages.next();
        try {
          Article article = parser.parse(page.body(), page.charset().orElse(null), page.url());
          ObjectNode json = mapper.createObjectNode();
          json.put("source", source);
          json.put("warcOffset", page.offset());
          json.put("fetchUrl", page.url());
          json.put("fetchedAt", page.fetchedAt().toString());
          write(json, article, mapper, writer, out);
        } catch (RuntimeException e) {
          failed++;
          out.flush();
          stderr.println("newsmodel: " + source + " at " + page.offset() + ": " + describe(e));
        }
      }
      out.flush();
      stderr.println(
          "newsmodel: "
              + source
              + ": "
              + pages.pages()
              + " HTML pages, "
              + pages.skipped()
              + " other records skipped");
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return failed;
  }

  /** Writes the article's JSON after the fields already in {@code head}, as one line. */
  private static void write(
      ObjectNode head, Article article, ObjectMapper mapper, ObjectWriter writer, Writer out)
      throws IOException {
    head.setAll((ObjectNode) mapper.valueToTree(article));
    out.write(writer.writeValueAsString(head));
    out.write('\n');
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
