package dev.newsmodel.recipes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.Organization;
import dev.newsmodel.model.Person;
import dev.newsmodel.model.Quote;
import dev.newsmodel.model.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Converts articles to schema.org JSON-LD: a {@code NewsArticle} with its metadata and body, the
 * persons and organizations it names as {@code mentions} (persons with their roles as {@code
 * jobTitle}), each quote as a {@code Quotation} part attributed to its speaker, and each meeting as
 * an {@code Event} it is {@code about}. One JSON object per line, or one pretty-printed object per
 * article with {@code --pretty}; each object's {@code source} is the file the article came from.
 *
 * <pre>java -jar recipes.jar to-json-ld [--pretty] PATH...</pre>
 */
@Command(
    name = "to-json-ld",
    mixinStandardHelpOptions = true,
    description = "Converts articles to schema.org NewsArticle JSON-LD.")
public final class ToJsonLd implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Article files (HTML, text, .gz, or .jsonl from newsmodel parse), folders, or - for"
              + " standard input.")
  List<String> paths = List.of();

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Spec CommandLine.Model.CommandSpec spec;

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(Recipes.commandLine(new ToJsonLd()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    ObjectWriter writer = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
    PrintWriter out = spec.commandLine().getOut();
    Articles.Read read = Articles.read(paths, System.in, spec.commandLine().getErr()::println);
    for (Articles.Sourced sourced : read.articles()) {
      ObjectNode node = convert(sourced.article());
      node.put("source", sourced.source());
      out.println(writer.writeValueAsString(node));
    }
    out.flush();
    return read.failed() == 0 ? 0 : 1;
  }

  /** The article as a schema.org {@code NewsArticle}. */
  static ObjectNode convert(Article article) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("@context", "https://schema.org");
    node.put("@type", "NewsArticle");
    article.url().ifPresent(url -> node.put("@id", url).put("url", url));
    article.title().ifPresent(title -> node.put("headline", title));
    article.description().ifPresent(description -> node.put("description", description));
    article.publishedAt().ifPresent(date -> node.put("datePublished", date));
    article.language().ifPresent(language -> node.put("inLanguage", language));
    if (!article.authors().isEmpty()) {
      ArrayNode authors = node.putArray("author");
      article
          .authors()
          .forEach(name -> authors.addObject().put("@type", "Person").put("name", name));
    }
    article
        .siteName()
        .ifPresent(
            site -> node.putObject("publisher").put("@type", "Organization").put("name", site));
    node.put("articleBody", article.text());
    ArrayNode mentions = node.putArray("mentions");
    article.persons().forEach(person -> mentions.add(person(person)));
    article.organizations().forEach(org -> mentions.add(organization(org)));
    ArrayNode parts = node.putArray("hasPart");
    article.quotes().forEach(quote -> parts.add(quotation(article, quote)));
    ArrayNode about = node.putArray("about");
    article.meetings().forEach(meeting -> about.add(event(article, meeting)));
    return node;
  }

  private static String nodeId(Entity entity) {
    return "#" + entity.id();
  }

  private static ObjectNode person(Person person) {
    ObjectNode node = MAPPER.createObjectNode().put("@type", "Person").put("@id", nodeId(person));
    node.put("name", person.name());
    if (!person.aliases().isEmpty()) {
      person.aliases().forEach(node.putArray("alternateName")::add);
    }
    if (!person.roles().isEmpty()) {
      ArrayNode titles = node.putArray("jobTitle");
      person.roles().stream().map(Role::title).distinct().forEach(titles::add);
      List<String> affiliations =
          person.roles().stream().flatMap(r -> r.affiliation().stream()).distinct().toList();
      if (!affiliations.isEmpty()) {
        ArrayNode list = node.putArray("affiliation");
        affiliations.forEach(a -> list.addObject().put("@type", "Organization").put("name", a));
      }
    }
    return node;
  }

  private static ObjectNode organization(Organization organization) {
    ObjectNode node = MAPPER.createObjectNode().put("@type", "Organization");
    node.put("@id", nodeId(organization)).put("name", organization.name());
    if (!organization.aliases().isEmpty()) {
      organization.aliases().forEach(node.putArray("alternateName")::add);
    }
    return node;
  }

  private static ObjectNode quotation(Article article, Quote quote) {
    ObjectNode node = MAPPER.createObjectNode().put("@type", "Quotation").put("text", quote.text());
    quote
        .speaker()
        .flatMap(speaker -> speaker.entityId())
        .flatMap(article::entity)
        .ifPresent(entity -> node.putObject("spokenByCharacter").put("@id", nodeId(entity)));
    return node;
  }

  private static ObjectNode event(Article article, Meeting meeting) {
    ObjectNode node = MAPPER.createObjectNode().put("@type", "Event");
    List<String> names =
        meeting.participants().stream()
            .map(id -> article.entity(id).map(Entity::name).orElse(id))
            .toList();
    node.put("name", "Meeting of " + names.stream().collect(Collectors.joining(", ")));
    ArrayNode attendees = node.putArray("attendee");
    meeting.participants().forEach(id -> attendees.addObject().put("@id", "#" + id));
    meeting
        .place()
        .ifPresent(
            place ->
                node.putObject("location")
                    .put("@type", "Place")
                    .put("name", article.text().substring(place.start(), place.end())));
    meeting.date().ifPresent(date -> node.put("startDate", date.toString()));
    node.put(
        "eventStatus",
        switch (meeting.status()) {
          case HELD -> "https://schema.org/EventCompleted";
          case PLANNED -> "https://schema.org/EventScheduled";
          case CANCELLED -> "https://schema.org/EventCancelled";
        });
    return node;
  }
}
