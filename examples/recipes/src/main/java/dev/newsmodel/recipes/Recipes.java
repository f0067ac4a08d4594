package dev.newsmodel.recipes;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code recipes.jar}: {@code java -jar recipes.jar RECIPE [OPTIONS] PATH...}
 * runs one of the example programs.
 *
 * <pre>
 * java -jar recipes.jar who-said-what [--json] [--unattributed] PATH...
 * java -jar recipes.jar who-met-whom [--format dot|csv] PATH...
 * java -jar recipes.jar to-json-ld [--pretty] PATH...
 * </pre>
 */
@Command(
    name = "recipes.jar",
    mixinStandardHelpOptions = true,
    description = {
      "Example programs built on newsmodel. Each reads HTML and text files, folders of them, .gz"
          + " files, the JSON Lines of newsmodel parse (.jsonl), or - for standard input.",
      "Usage: java -jar recipes.jar RECIPE [OPTIONS] PATH..."
    },
    subcommands = {
      WhoSaidWhat.class,
      WhoMetWhom.class,
      ToJsonLd.class,
      CommandLine.HelpCommand.class
    })
public final class Recipes implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Recipes() {}

  /** Runs the recipe the first argument names and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine(new Recipes()).execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing recipe");
  }

  /**
   * A command line for a recipe (or for all of them) whose errors print as one line, {@code
   * newsmodel: reason}, without a stack trace.
   */
  static CommandLine commandLine(Object command) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          cl.getErr().println("newsmodel: " + Articles.reason(e));
          cl.getErr().flush();
          return 1;
        });
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine cl = e.getCommandLine();
          PrintWriter err = cl.getErr();
          err.println("newsmodel: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
          err.flush();
          return cl.getCommandSpec().exitCodeOnInvalidInput();
        });
    return commandLine;
  }
}
