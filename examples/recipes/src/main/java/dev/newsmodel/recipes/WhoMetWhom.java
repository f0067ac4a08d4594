package dev.newsmodel.recipes;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.MeetingStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Who met whom: a graph of the meetings reported across articles, one edge per pair of
 * participants, weighted by how many meetings join them, as Graphviz DOT (held meetings solid,
 * planned dashed, cancelled dotted; each edge's tooltip lists the articles that report it) or as a
 * CSV edge list whose last column lists those articles' sources, separated by semicolons.
 *
 * <pre>java -jar recipes.jar who-met-whom [--format dot|csv] PATH...</pre>
 */
@Command(
    name = "who-met-whom",
    mixinStandardHelpOptions = true,
    description = "Prints the graph of who met whom across articles, as DOT or CSV.")
public final class WhoMetWhom implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    dot,
    csv
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Article files (HTML, text, .gz, or .jsonl from newsmodel parse), folders, or - for"
              + " standard input.")
  List<String> paths = List.of();

  @Option(names = "--format", defaultValue = "dot", description = "dot or csv (default: dot).")
  Format format = Format.dot;

  @Spec CommandLine.Model.CommandSpec spec;

  /** The meetings between two participants, by status, and the articles that report them. */
  static final class Edge {
    final Map<MeetingStatus, Integer> byStatus = new EnumMap<>(MeetingStatus.class);
    final TreeSet<String> sources = new TreeSet<>();

    int meetings() {
      return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    int count(MeetingStatus status) {
      return byStatus.getOrDefault(status, 0);
    }
  }

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(Recipes.commandLine(new WhoMetWhom()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Articles.Read read = Articles.read(paths, System.in, spec.commandLine().getErr()::println);
    Map<List<String>, Edge> edges = edges(read.articles());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.dot ? dot(edges) : csv(edges));
    out.flush();
    return read.failed() == 0 ? 0 : 1;
  }

  /** Edges keyed by the two participants' names in alphabetical order. */
  static Map<List<String>, Edge> edges(List<Articles.Sourced> articles) {
    Map<List<String>, Edge> edges =
        new TreeMap<>((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
    for (Articles.Sourced sourced : articles) {
      Article article = sourced.article();
      for (Meeting meeting : article.meetings()) {
        List<String> names = new ArrayList<>(new TreeSet<>(names(article, meeting)));
        for (int i = 0; i < names.size(); i++) {
          for (int j = i + 1; j < names.size(); j++) {
            Edge edge = edges.computeIfAbsent(List.of(names.get(i), names.get(j)), k -> new Edge());
            edge.byStatus.merge(meeting.status(), 1, Integer::sum);
            edge.sources.add(sourced.source());
          }
        }
      }
    }
    return edges;
  }

  private static List<String> names(Article article, Meeting meeting) {
    return meeting.participants().stream()
        .map(id -> article.entity(id).map(Entity::name).orElse(id))
        .toList();
  }

  static String dot(Map<List<String>, Edge> edges) {
    StringBuilder dot = new StringBuilder("graph meetings {\n  node [shape=box, style=rounded];\n");
    edges.forEach(
        (pair, edge) -> {
          String style =
              edge.count(MeetingStatus.HELD) > 0
                  ? "solid"
                  : edge.count(MeetingStatus.PLANNED) > 0 ? "dashed" : "dotted";
          dot.append(
              String.format(
                  Locale.ROOT,
                  "  %s -- %s [weight=%d, penwidth=%d, label=\"%d\", style=%s, tooltip=%s];%n",
                  quoted(pair.get(0)),
                  quoted(pair.get(1)),
                  edge.meetings(),
                  Math.min(8, edge.meetings()),
                  edge.meetings(),
                  style,
                  quoted(String.join(";", edge.sources))));
        });
    return dot.append("}\n").toString();
  }

  static String csv(Map<List<String>, Edge> edges) {
    StringBuilder csv =
        new StringBuilder("source,target,meetings,held,planned,cancelled,articles,sources\n");
    edges.forEach(
        (pair, edge) ->
            csv.append(
                    String.join(
                        ",",
                        csvField(pair.get(0)),
                        csvField(pair.get(1)),
                        Integer.toString(edge.meetings()),
                        Integer.toString(edge.count(MeetingStatus.HELD)),
                        Integer.toString(edge.count(MeetingStatus.PLANNED)),
                        Integer.toString(edge.count(MeetingStatus.CANCELLED)),
                        Integer.toString(edge.sources.size()),
                        csvField(String.join(";", edge.sources))))
                .append('\n'));
    return csv.toString();
  }

  /** A DOT identifier in double quotes, with quotes and backslashes escaped. */
  static String quoted(String name) {
    return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
  static String csvField(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
