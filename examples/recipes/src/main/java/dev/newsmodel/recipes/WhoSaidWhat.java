package dev.newsmodel.recipes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Quote;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Who said what: every speaker across a folder of articles, most quoted first, with their quotes
 * and where each comes from. Speakers are grouped by name, so "Wang Yi" in two articles is one
 * speaker.
 *
 * <pre>java -jar recipes.jar who-said-what [--json] PATH...</pre>
 */
@Command(
    name = "who-said-what",
    mixinStandardHelpOptions = true,
    description = "Lists each speaker's quotes across articles (HTML, text or parse output).")
public final class WhoSaidWhat implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Article files (HTML, text, .gz, or .jsonl from newsmodel parse), folders, or - for"
              + " standard input.")
  List<String> paths = List.of();

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--unattributed", description = "Also list quotes without a speaker.")
  boolean unattributed;

  @Spec CommandLine.Model.CommandSpec spec;

  /** One quote as the listing shows it. */
  record Said(String source, String kind, String text, Optional<String> cue) {}

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(Recipes.commandLine(new WhoSaidWhat()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Articles.Read read = Articles.read(paths, System.in, spec.commandLine().getErr()::println);
    Map<String, List<Said>> bySpeaker = tally(read.articles(), unattributed);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ArrayNode speakers = mapper.createArrayNode();
      bySpeaker.forEach(
          (speaker, quotes) -> {
            ObjectNode node =
                speakers.addObject().put("speaker", speaker).put("count", quotes.size());
            ArrayNode list = node.putArray("quotes");
            for (Said said : quotes) {
              ObjectNode q = list.addObject().put("source", said.source()).put("kind", said.kind());
              q.put("text", said.text());
              said.cue().ifPresent(cue -> q.put("cue", cue));
            }
          });
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(speakers));
    } else {
      bySpeaker.forEach(
          (speaker, quotes) -> {
            out.printf(Locale.ROOT, "%s (%d)%n", speaker, quotes.size());
            for (Said said : quotes) {
              out.printf(
                  Locale.ROOT,
                  "  %s “%s”%s  [%s]%n",
                  said.kind(),
                  said.text(),
                  said.cue().map(cue -> " (" + cue + ")").orElse(""),
                  said.source());
            }
          });
    }
    out.flush();
    return read.failed() == 0 ? 0 : 1;
  }

  /** Speakers by name, most quoted first (ties by name); unattributed quotes last, if asked. */
  static Map<String, List<Said>> tally(List<Articles.Sourced> articles, boolean unattributed) {
    Map<String, List<Said>> bySpeaker = new LinkedHashMap<>();
    List<Said> nobody = new ArrayList<>();
    for (Articles.Sourced sourced : articles) {
      Article article = sourced.article();
      for (Quote quote : article.quotes()) {
        Said said =
            new Said(
                sourced.source(),
                quote.kind().name().toLowerCase(Locale.ROOT),
                quote.text(),
                quote.cue().map(cue -> article.text().substring(cue.start(), cue.end())));
        Optional<String> speaker =
            quote.speaker().flatMap(s -> s.entityId()).flatMap(article::entity).map(Entity::name);
        if (speaker.isPresent()) {
          bySpeaker.computeIfAbsent(speaker.get(), k -> new ArrayList<>()).add(said);
        } else {
          nobody.add(said);
        }
      }
    }
    Map<String, List<Said>> sorted = new LinkedHashMap<>();
    bySpeaker.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, List<Said>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    if (unattributed && !nobody.isEmpty()) {
      sorted.put("(no speaker)", nobody);
    }
    return sorted;
  }
}
