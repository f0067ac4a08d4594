package dev.newsmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsmodel}: parse news articles into JSON. */
@Command(
    name = "newsmodel",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles (HTML or plain text) into a JSON document model.",
    subcommands = {
      ParseCommand.class,
      AnnotateCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  private Main() {}

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status: 0 on success, 1 if an input failed, 2 on misuse. */
  static int run(String... args) {
    return run(System.in, System.out, System.err, args);
  }

  /** Runs the tool on the given streams; for tests and embedding. */
  static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == ParseCommand.class) {
              return type.cast(new ParseCommand(in, out, err));
            }
            if (type == AnnotateCommand.class) {
              return type.cast(new AnnotateCommand(in, out, err));
            }
            return defaults.create(type);
          }
        };
    CommandLine commandLine = new CommandLine(new Main(), factory);
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setExecutionExceptionHandler(Main::failed);
    commandLine.setParameterExceptionHandler(Main::misused);
    return commandLine.execute(args);
  }

  /** An error while a command ran: one line, {@code newsmodel: PATH: reason}, and status 1. */
  static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    commandLine.getErr().println("newsmodel: " + Errors.describe(e));
    commandLine.getErr().flush();
    return 1;
  }

  /** A misuse of the command line: what was wrong, where to read more, and status 2. */
  static int misused(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("newsmodel: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Reads the version that the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"newsmodel " + properties.getProperty("version", "unknown")};
    }
  }
}
