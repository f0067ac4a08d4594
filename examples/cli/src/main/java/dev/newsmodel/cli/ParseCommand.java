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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmodel parse}: one JSON object (or text, or Markdown) per input document. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses articles and prints one JSON object per document (JSON Lines) on standard output,"
          + " or with --output text or markdown each article as readable text.",
      "A directory is walked recursively in sorted order; .gz files are decompressed;"
          + " with --format auto, a document that opens with markup is read as HTML and a WARC"
          + " file (.warc, .warc.gz, or content that opens with WARC/) gives one document per"
          + " HTML response record, with its fetch URL and date;"
          + " - reads standard input. A document that fails prints an error on standard error"
          + " and the batch goes on; the exit status is then 1. Empty files are skipped with a"
          + " warning. A summary line (pages, failed, skipped, time) ends the run on standard"
          + " error; a progress bar shows there while it runs when standard error is a terminal.",
      "Example: newsmodel parse --threads 4 -o articles.jsonl pages/"
    })
final class ParseCommand implements Callable<Integer> {

  /** What each document is printed as. */
  enum Output {
    json,
    text,
    markdown
  }

  @Option(
      names = "--format",
      defaultValue = "auto",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.auto;

  @Option(
      names = "--output",
      defaultValue = "json",
      paramLabel = "FORMAT",
      description =
          "Output: json (JSON Lines), text or markdown (title, byline, date, sections and"
              + " paragraphs) (default: ${DEFAULT-VALUE}).")
  Output output = Output.json;

  @Option(
      names = {"-o", "--output-file"},
      paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  @Nullable Path outputFile;

  @Option(
      names = "--base-uri",
      paramLabel = "URI",
      description =
          "The address of the HTML pages, against which their relative links resolve (default:"
              + " each page's canonical URL when it gives one; a WARC record's fetch URL).")
  @Nullable String baseUri;

  @Option(
      names = "--threads",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "Parse N documents at a time; the output keeps the order of the input (default:"
              + " ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
  boolean pretty;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on standard error (default: when standard error is a terminal and"
              + " the output does not go to it).")
  @Nullable Boolean progress;

  @Option(names = "--quiet", description = "Show no progress bar (same as --no-progress).")
  boolean quiet;

  @Option(
      names = "--follow-links",
      description = "Follow symbolic links that lead out of a directory (skipped by default).")
  boolean followLinks;

  @Option(
      names = "--max-size",
      defaultValue = "" + ParserOptions.DEFAULT_MAX_INPUT_CHARS,
      paramLabel = "BYTES",
      description = "Largest document accepted, in bytes (default: ${DEFAULT-VALUE}).")
  int maxSize;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or -.")
  List<String> paths;

  @Spec CommandLine.Model.CommandSpec spec;

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

  /** What became of one unit of work, in input order. */
  private enum Kind {
    /** A document parsed: {@code text} is its output. */
    PAGE,
    /** A document that failed: {@code text} says why. */
    FAILED,
    /** A document skipped: {@code text} says why. */
    SKIPPED,
    /** A message for standard error. */
    NOTE,
    /** The end of one input (file, directory entry or standard input). */
    INPUT_DONE
  }

  /**
   * {@code unread}: a page in a language the parser does not read (its persons, quotes and meetings
   * left out, as its notes say).
   */
  private record Result(Kind kind, String text, int count, boolean unread) {
    static Result of(Kind kind, String text) {
      return new Result(kind, text, 1, false);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    if (maxSize < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-size must be at least 1, not " + maxSize);
    }
    List<String> warnings = new ArrayList<>();
    List<String> skippedLinks = new ArrayList<>();
    List<Input> inputs = Inputs.expand(paths, stdin, followLinks, skippedLinks::add, warnings::add);
    if (outputFile != null) {
      Path target = outputFile.toAbsolutePath().normalize();
      inputs.removeIf(
          input ->
              !input.source().equals("-")
                  && Path.of(input.source()).toAbsolutePath().normalize().equals(target));
    }
    OutputStream sink;
    try {
      sink = outputFile == null ? stdout : Files.newOutputStream(outputFile);
    } catch (IOException e) {
      stderr.println("newsmodel: " + outputFile + ": " + Errors.reason(e));
      return 1;
    }
    boolean bar =
        !quiet
            && Progress.wanted(
                progress, Progress.isTerminal(2), outputFile == null && Progress.isTerminal(1));
    Progress progressBar = new Progress(stderr, inputs.size(), bar);
    skippedLinks.forEach(m -> progressBar.println("newsmodel: " + m));
    warnings.forEach(m -> progressBar.println("newsmodel: warning: " + m));
    Run run =
        new Run(
            NewsParser.create(ParserOptions.builder().maxInputChars(maxSize).build()),
            new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8)),
            progressBar);
    run.skipped = skippedLinks.size();
    ExecutorService pool =
        threads > 1
            ? Executors.newFixedThreadPool(
                threads,
                task -> {
                  Thread thread = new Thread(task, "newsmodel-parse");
                  thread.setDaemon(true);
                  return thread;
                })
            : null;
    try {
      run.all(inputs, pool);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      run.out.flush();
      if (outputFile != null) {
        run.out.close();
      }
    }
    progressBar.finish(run.pages, run.unread, run.failed, run.skipped);
    return run.failed == 0 ? 0 : 1;
  }

  /**
   * One run over the inputs: reads them in order, parses (perhaps in parallel), writes in order.
   */
  private final class Run {
    private final NewsParser parser;
    private final ObjectMapper mapper = ArticleJson.newMapper();
    private final ObjectWriter writer;
    private final Decoder decoder = new Decoder(maxSize);
    private final Writer out;
    private final Progress progress;
    private final Deque<Future<Result>> pending = new ArrayDeque<>();
    private @Nullable ExecutorService pool;
    private int pages;
    private int failed;
    private int skipped;
    private int unread;
    private int done;

    Run(NewsParser parser, Writer out, Progress progress) {
      this.parser = parser;
      this.writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
      this.out = out;
      this.progress = progress;
    }

    void all(List<Input> inputs, @Nullable ExecutorService pool) throws IOException {
      this.pool = pool;
      for (Input input : inputs) {
        read(input);
        add(Result.of(Kind.INPUT_DONE, ""));
      }
      while (!pending.isEmpty()) {
        writeNext();
      }
    }

    /** Reads one input and queues its documents. */
    private void read(Input input) throws IOException {
      String source = input.source();
      try {
        if (format != Format.text && format != Format.html && Format.isWarcName(source)) {
          try (InputStream in = input.opener().open()) {
            readWarc(in, source);
          }
          return;
        }
        byte[] bytes;
        try (InputStream in = input.opener().open()) {
          bytes = decoder.readBytes(in);
        }
        if (isBlank(bytes)) {
          add(Result.of(Kind.SKIPPED, source + ": empty file, skipped"));
          return;
        }
        Format actual = format == Format.auto ? Format.detect(bytes) : format;
        if (actual == Format.warc) {
          readWarc(new ByteArrayInputStream(bytes), source);
          return;
        }
        submit(
            () -> {
              Article article =
                  actual == Format.html
                      ? parseHtml(bytes, null, baseUri == null ? "" : baseUri)
                      : parser.parseText(Decoder.decode(bytes));
              ObjectNode head = output == Output.json ? mapper.createObjectNode() : null;
              if (head != null) {
                head.put("source", source);
              }
              return render(head, article);
            },
            source);
      } catch (IOException | UncheckedIOException | Decoder.InputException e) {
        add(Result.of(Kind.FAILED, source + ": " + Errors.reason(e)));
      }
    }

    /**
     * Queues every HTML page of a WARC file, each with its fetch address as base URI, and a note of
     * how many records were not HTML pages.
     */
    private void readWarc(InputStream in, String source) throws IOException {
      try (WarcPages warc = WarcPages.open(in, maxSize)) {
        while (warc.hasNext()) {
          HtmlPage page = warc.next();
          submit(
              () -> {
                Article article =
                    parseHtml(
                        page.body(),
                        page.charset().orElse(null),
                        baseUri == null ? page.url() : baseUri);
                ObjectNode head = null;
                if (output == Output.json) {
                  head = mapper.createObjectNode();
                  head.put("source", source);
                  head.put("warcOffset", page.offset());
                  head.put("fetchUrl", page.url());
                  head.put("fetchedAt", page.fetchedAt().toString());
                }
                return render(head, article);
              },
              source + " at " + page.offset());
        }
        add(
            Result.of(
                Kind.NOTE,
                source
                    + ": "
                    + warc.pages()
                    + " HTML pages, "
                    + warc.skipped()
                    + " other records skipped"));
        add(new Result(Kind.SKIPPED, "", (int) warc.skipped(), false));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /**
     * Parses a page; with no base URI given, a page whose canonical URL the parser found is parsed
     * again against it when some of its related links were relative and so came out without URL.
     */
    private Article parseHtml(byte[] bytes, @Nullable Charset charset, String base) {
      Article article = parser.parse(bytes, charset, base);
      if (base.isEmpty()
          && article.url().isPresent()
          && article.relatedLinks().stream().anyMatch(link -> link.url().isEmpty())) {
        article = parser.parse(bytes, charset, article.url().get());
      }
      return article;
    }

    private Result render(@Nullable ObjectNode head, Article article) throws IOException {
      String text =
          switch (output) {
            case json -> {
              head.setAll((ObjectNode) mapper.valueToTree(article));
              yield writer.writeValueAsString(head) + "\n";
            }
            case text -> ArticleText.text(article);
            case markdown -> ArticleText.markdown(article);
          };
      return new Result(Kind.PAGE, text, 1, !article.notes().isEmpty());
    }

    /** Queues a parse, run on the pool when there is one, here otherwise. */
    private void submit(Callable<Result> job, String where) throws IOException {
      Callable<Result> safe =
          () -> {
            try {
              return job.call();
            } catch (RuntimeException | IOException | Decoder.InputException e) {
              return Result.of(Kind.FAILED, where + ": " + Errors.reason(e));
            } catch (StackOverflowError | OutOfMemoryError e) {
              return Result.of(Kind.FAILED, where + ": " + Errors.reason(e));
            }
          };
      if (pool == null) {
        add(call(safe));
      } else {
        pending.add(pool.submit(safe));
        while (pending.size() > threads * 4) {
          writeNext();
        }
      }
    }

    private Result call(Callable<Result> job) {
      try {
        return job.call();
      } catch (Exception e) {
        throw new IllegalStateException(e); // the job catches what parsing throws
      }
    }

    /** Queues a result known now, behind those still being parsed. */
    private void add(Result result) throws IOException {
      pending.add(CompletableFuture.completedFuture(result));
      if (pool == null) {
        writeNext();
      }
    }

    private void writeNext() throws IOException {
      Result result;
      try {
        result = pending.remove().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      switch (result.kind()) {
        case PAGE -> {
          if (output != Output.json && pages > 0) {
            out.write(ArticleText.SEPARATOR);
          }
          out.write(result.text());
          pages++;
          unread += result.unread() ? 1 : 0;
        }
        case FAILED -> {
          out.flush();
          progress.println("newsmodel: " + result.text());
          failed++;
        }
        case SKIPPED -> {
          if (!result.text().isEmpty()) {
            out.flush();
            progress.println("newsmodel: warning: " + result.text());
          }
          skipped += result.count();
        }
        case NOTE -> {
          out.flush();
          progress.println("newsmodel: " + result.text());
        }
        case INPUT_DONE -> {
          done++;
          progress.update(done, failed);
        }
      }
    }
  }

  /** Whether the document holds nothing but white space. */
  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }
}
