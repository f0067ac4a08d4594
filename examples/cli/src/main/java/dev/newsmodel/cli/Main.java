package dev.newsmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsmodel}: parse news articles into JSON. */
@Command(
    name = "newsmodel",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles (HTML or plain text) into a JSON document model.",
    subcommands = {ParseCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  private Main() {}

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status: 0 on success, 1 if an input failed, 2 on misuse. */
  static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
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
