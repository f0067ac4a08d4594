package dev.newsmodel.cli;

import picocli.CommandLine.Command;

/** {@code newsmodel eval}: measures extraction quality against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures extraction quality against gold data: each subcommand's --help says which gold"
          + " format it reads. docs/quality.md in the repository tells how the figures are"
          + " measured."
    },
    subcommands = {
      ContentEvalCommand.class,
      PersonsEvalCommand.class,
      QuotesEvalCommand.class,
      MeetingsEvalCommand.class
    })
final class EvalCommand {}
