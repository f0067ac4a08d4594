package dev.newsmodel.cli;

import picocli.CommandLine.Command;

/** {@code newsmodel eval}: measures extraction quality against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures extraction quality against gold data (see ../shared/data/README.md).",
    subcommands = {
      ContentEvalCommand.class,
      PersonsEvalCommand.class,
      QuotesEvalCommand.class,
      MeetingsEvalCommand.class
    })
final class EvalCommand {}
